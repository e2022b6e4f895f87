package com.loadwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.io.Bundled;
import com.loadwise.plan.RulesReader;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.Problems;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Translation files over a clinic's layer (a copy of {@code src/test/resources/clinic-library}): what is laid over
 * the English, and what {@code library validate --lang} reports, each with its position.
 */
class TranslationsTest {

    @TempDir
    Path tmp;

    Path clinic;
    Path noBundled;

    @BeforeEach
    void copyTheClinic() throws IOException {
        clinic = tmp.resolve("clinic");
        Path from = Path.of("src/test/resources/clinic-library");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = clinic.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
        noBundled = Files.createDirectories(tmp.resolve("no-bundled-translations"));
    }

    Path translation(String text) throws IOException {
        Path f = clinic.resolve("translations/es/exercises/glute-bridge.yaml");
        Files.createDirectories(f.getParent());
        Files.writeString(f, text);
        return f;
    }

    Translations spanish() {
        return Translations.of("es", List.of(clinic)).withBundledTranslations(noBundled);
    }

    /** The findings about the clinic's files (the bundled files have no translations here). */
    List<String> findings(Translations t, Problems errors) {
        return t.check(errors).stream()
                .filter(f -> f.problem().file().contains("clinic"))
                .map(f -> f.kind() + " " + f.problem().format().replace(tmp.toString(), "TMP"))
                .toList();
    }

    static final String GOOD = """
            # es
            exercises.glute-bridge.name:
              en: Glute bridge (clinic version)
              es: Puente de glúteos (versión de la clínica)
            exercises.glute-bridge.summary:
              en: An older English summary.
              es: Un resumen antiguo.
            exercises.glute-bridge.levels.gone.name:
              en: A level that is no longer there
              es: Un nivel que ya no está
            exercises.glute-bridge.levels.double-leg.steps:
              en:
              - Breathe out and gently brace your tummy.
              - Press through your heels and lift your hips until knees, hips and shoulders line up.
              - Hold the top for a moment, then lower slowly.
              es:
              - Suelta el aire y activa suavemente el abdomen.
              - Empuja con los talones y eleva la cadera hasta alinear rodillas, cadera y hombros.
              - Mantén arriba un momento y baja despacio.
            """;

    @Test
    void aCurrentTranslationIsLaidOverAndAStaleOneFallsBackToEnglish() throws IOException {
        translation(GOOD);

        ExerciseLibrary lib = new LibraryLoader(spanish()).load(List.of(clinic));

        Exercise e = lib.exercise("glute-bridge").orElseThrow();
        assertEquals("Puente de glúteos (versión de la clínica)", e.name());
        assertEquals(
                "Mantén arriba un momento y baja despacio.",
                e.level("double-leg").orElseThrow().steps().get(2));
        assertTrue(e.summary().startsWith("Lying hip lift"), "stale: the English prints, not " + e.summary());
        assertEquals(
                "Double-leg glute bridge", e.level("double-leg").orElseThrow().name(), "missing: English");
    }

    @Test
    void validateListsMissingStaleAndOrphanEntriesWithTheirPositions() throws IOException {
        translation(GOOD);
        Problems errors = new Problems();

        List<String> found = findings(spanish(), errors);

        assertEquals(List.of(), errors.list());
        assertTrue(
                found.contains("STALE TMP/clinic/translations/es/exercises/glute-bridge.yaml:5:1: "
                        + "'exercises.glute-bridge.summary' translates an older English text (copy the current English"
                        + " into 'en' and update 'es'; the English prints until then)"),
                String.join("\n", found));
        assertTrue(
                found.contains("ORPHAN TMP/clinic/translations/es/exercises/glute-bridge.yaml:8:1: "
                                + "'exercises.glute-bridge.levels.gone.name' is not a text of exercises/glute-bridge.yaml"
                                + " (did you mean 'exercises.glute-bridge.levels.marching.name'?)")
                        || found.stream()
                                .anyMatch(
                                        f -> f.startsWith(
                                                "ORPHAN TMP/clinic/translations/es/exercises/"
                                                        + "glute-bridge.yaml:8:1: 'exercises.glute-bridge.levels.gone.name' is not a text")),
                String.join("\n", found));
        assertTrue(
                found.contains("MISSING TMP/clinic/exercises/glute-bridge.yaml:17:15: no es translation of "
                        + "'exercises.glute-bridge.levels.double-leg.name' (add it to "
                        + "translations/es/exercises/glute-bridge.yaml)"),
                String.join("\n", found));
        assertEquals(1, found.stream().filter(f -> f.startsWith("STALE")).count());
    }

    @Test
    void aMalformedTranslationFileIsAnErrorWithItsPosition() throws IOException {
        translation("""
                exercises.glute-bridge.name:
                  en: Glute bridge (clinic version)
                  es: [Puente, de glúteos]
                exercises.glute-bridge.summary: just a text
                exercises.glute-bridge.levels.double-leg.name:
                  en: Double-leg glute bridge
                  fr: Pont fessier
                exercises.glute-bridge.levels.double-leg.setup:
                  es: Túmbate boca arriba.
                """);
        Problems errors = new Problems();

        findings(spanish(), errors);

        List<String> messages = errors.list().stream()
                .map(p -> p.format().replace(tmp.toString(), "TMP"))
                .toList();
        String f = "TMP/clinic/translations/es/exercises/glute-bridge.yaml";
        assertEquals(
                List.of(
                        f + ":3:7: 'es' is a list but 'en' is a text (write one text, as in 'en')",
                        f + ":4:33: the entry 'exercises.glute-bridge.summary' must be a mapping of 'name: value'"
                                + " lines (found the text 'just a text')",
                        f + ":7:3: unknown field 'fr' in a translation entry (it holds en and es) (did you mean 'en'?)",
                        f + ":9:3: the entry 'exercises.glute-bridge.levels.double-leg.setup' has no 'en' (copy the"
                                + " English it translates)"),
                messages);
        InputException e = assertThrows(InputException.class, () -> new LibraryLoader(spanish()).load(List.of(clinic)));
        assertEquals(4, e.problems().size(), e.getMessage());
    }

    @Test
    void aTranslationMustKeepTheContactPlaceholder() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bundled/es"));
        String red = englishZone("red");
        Files.writeString(
                dir.resolve("pain-models.yaml"),
                "models.tendon.zones.red:\n  en: '" + red.replace("'", "''")
                        + "'\n  es: ', o peor dos mañanas seguidas: baja un nivel.'\n");
        Translations t = Translations.of("es", List.of()).withBundledTranslations(tmp.resolve("bundled"));

        InputException e = assertThrows(InputException.class, () -> new RulesReader(t).read(Bundled.libraryRoot()));

        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("bundled/es/pain-models.yaml"), p.format());
        assertEquals(3, p.line(), p.format());
        assertTrue(p.message().contains("{contact} 0 times but the English 1 times"), p.format());
    }

    @Test
    void aSpanishPainNumberIsRefusedByTheRulesReadersOwnCheck() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("bundled/es"));
        String red = englishZone("red");
        Files.writeString(
                dir.resolve("pain-models.yaml"),
                "models.tendon.zones.red:\n  en: '" + red.replace("'", "''")
                        + "'\n  es: ', o dolor de 6 de 10 dos mañanas seguidas: baja un nivel y avisa a {contact}.'\n");
        Translations t = Translations.of("es", List.of()).withBundledTranslations(tmp.resolve("bundled"));

        InputException e = assertThrows(InputException.class, () -> new RulesReader(t).read(Bundled.libraryRoot()));

        Problem p = e.problems().get(0);
        assertTrue(p.file().endsWith("bundled/es/pain-models.yaml"), "points at the translation: " + p.format());
        assertEquals(3, p.line(), p.format());
    }

    /** The English of one zone of the tendon model, as written in pain-models.yaml. */
    static String englishZone(String zone) {
        var texts = TranslatableFields.texts(
                new com.loadwise.yaml.YamlReader()
                        .read(Bundled.libraryRoot().resolve("pain-models.yaml"), "pain-models.yaml")
                        .root(),
                TranslatableFields.of("pain-models.yaml"));
        return (String) texts.get("models.tendon.zones." + zone).english();
    }
}
