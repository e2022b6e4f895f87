package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --lang} on the commands, a profile's {@code language:}, and {@code library validate --lang}. */
class LanguageCommandTest {

    @TempDir
    Path tmp;

    @Test
    void anUnknownLanguageIsAUsageErrorNamingTheKnownOnes() {
        CliTest.Result r = CliTest.run(
                "handout",
                "seeds/physio-gluteal-tendinopathy.yaml",
                "--lang",
                "esp",
                "-o",
                tmp.resolve("x.pdf").toString());

        assertEquals(2, r.code(), r.err());
        assertTrue(
                r.err().contains("--lang esp: no language 'esp' (the languages are en, es; did you mean es?)"),
                r.err());
    }

    @Test
    void planTextPrintsInTheChosenLanguage() {
        CliTest.Result r = CliTest.run("plan", "seeds/physio-gluteal-tendinopathy.yaml", "--lang", "es");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("Semana 1 (lun 4 ene 2027 – dom 10 ene 2027)"), r.out());
        assertTrue(r.out().contains("Busca atención médica urgente si:"), r.out());
    }

    @Test
    void aProfilesLanguageIsUsedWithoutLangAndLangWins() throws IOException {
        Path profile = tmp.resolve("client.yaml");
        Files.writeString(
                profile,
                Files.readString(Path.of("seeds/physio-gluteal-tendinopathy.yaml"))
                        .replace("kind: client\n", "kind: client\nlanguage: es\n"));

        assertTrue(CliTest.run("plan", profile.toString()).out().contains("Etapa 1: "));
        assertTrue(CliTest.run("plan", profile.toString(), "--lang", "en").out().contains("Stage 1: "));
    }

    @Test
    void aProfileWithAnUnknownLanguageIsAnInputErrorWithItsPosition() throws IOException {
        Path profile = tmp.resolve("client.yaml");
        Files.writeString(
                profile,
                Files.readString(Path.of("seeds/physio-gluteal-tendinopathy.yaml"))
                        .replace("kind: client\n", "kind: client\nlanguage: fr\n"));

        CliTest.Result r = CliTest.run("plan", profile.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("client.yaml:4:11: "), r.err());
    }

    @Test
    void validateWithLangFindsTheShippedSpanishCompleteAndExitsZero() {
        CliTest.Result r = CliTest.run("library", "validate", "--lang", "es");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("es: "), r.out());
        assertTrue(
                r.out().lines().reduce((a, b) -> b).orElse("").matches("OK: .* es: 0 missing, 0 stale, 0 orphan .*"),
                "the Spanish shipped with the library is complete and up to date: " + r.out());
    }

    @Test
    void validateWithLangFailsOnAMalformedTranslation() throws IOException {
        Path clinic = tmp.resolve("clinic");
        Files.createDirectories(clinic.resolve("exercises"));
        Files.copy(
                Path.of("src/test/resources/clinic-library/exercises/glute-bridge.yaml"),
                clinic.resolve("exercises/glute-bridge.yaml"));
        Files.createDirectories(clinic.resolve("images"));
        try (var images = Files.list(Path.of("src/test/resources/clinic-library/images"))) {
            for (Path f : images.toList()) {
                Files.copy(f, clinic.resolve("images").resolve(f.getFileName()));
            }
        }
        Path t = clinic.resolve("translations/es/exercises/glute-bridge.yaml");
        Files.createDirectories(t.getParent());
        Files.writeString(t, "exercises.glute-bridge.name: [not, an, entry]\n");

        CliTest.Result r = CliTest.run("library", "validate", "--lang", "es", "--library", clinic.toString());

        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(
                r.err().contains("glute-bridge.yaml:1:30: the entry 'exercises.glute-bridge.name' must be a mapping"),
                r.err());
    }

    @Test
    void translationsUpdateWritesSkeletonsKeepingTranslations() throws IOException {
        Path clinic = tmp.resolve("clinic");
        Files.createDirectories(clinic.resolve("exercises"));
        Files.copy(
                Path.of("src/test/resources/clinic-library/exercises/glute-bridge.yaml"),
                clinic.resolve("exercises/glute-bridge.yaml"));
        Path t = clinic.resolve("translations/es/exercises/glute-bridge.yaml");
        Files.createDirectories(t.getParent());
        Files.writeString(
                t, "exercises.glute-bridge.name:\n  en: Glute bridge (clinic version)\n  es: Puente de glúteos\n");

        CliTest.Result r = CliTest.run("library", "translations", "--lang", "es", "--update", clinic.toString());

        assertEquals(0, r.code(), r.err());
        String written = Files.readString(t);
        assertTrue(
                written.contains(
                        "exercises.glute-bridge.name:\n  en: Glute bridge (clinic version)\n  es: Puente de glúteos\n"),
                written);
        assertTrue(
                written.contains("exercises.glute-bridge.levels.double-leg.steps:\n  en:\n  - Breathe out"), written);
        assertTrue(r.out().contains("texts, 1 translated"), r.out());
    }

    @Test
    void aSpanishTeamPrintsItsBookletAndCoachSheetInSpanish(@org.junit.jupiter.api.io.TempDir Path tmp)
            throws Exception {
        Path out = tmp.resolve("team");
        CliTest.Result r = CliTest.run(
                "team",
                "seeds/coach-team-preseason.yaml",
                "--lang",
                "es",
                "--format",
                "html",
                "--out-dir",
                out.toString());
        assertEquals(0, r.code(), r.err());
        String booklet = Files.readString(out.resolve("team-booklet.html"));
        String coach = Files.readString(out.resolve("coach-sheet.html"));
        java.util.Map<String, String> en = com.loadwise.i18n.Messages.bundle("en");
        for (String key : en.keySet()) {
            if (key.startsWith("t.team") || key.startsWith("team.")) {
                String words = en.get(key).replaceAll("\\{\\d\\}.*", "").strip();
                if (words.length() > 3) {
                    assertTrue(!booklet.contains(words) && !coach.contains(words), key + " left in English: " + words);
                }
            }
        }
        assertTrue(booklet.contains("lang=\"es\"") && booklet.contains("Plantilla"), booklet);
        assertTrue(coach.contains("hoja del entrenador"), coach);
    }
}
