package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.export.ProgramText;
import com.loadwise.i18n.Messages;
import com.loadwise.library.Translations;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.testing.Golden;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;

/**
 * A Spanish handout of the gluteal seed, with the test fixture's few translations of library texts
 * ({@code src/test/resources/i18n/bundled/es}, not the shipped ones, so the golden does not move when they change):
 * the XHTML golden, the printed text (accents and ñ, no English fixed words), the document language, and PDF/UA
 * and PDF/A. The texts the fixture leaves out print in English.
 */
class SpanishHandoutTest {

    static final Path SEED = Path.of("seeds/physio-gluteal-tendinopathy.yaml");
    static final Path FIXTURE = Path.of("src/test/resources/i18n/bundled");
    static Planner spanish;
    static Planner english;
    static Handouts handouts;
    static Program program;

    @BeforeAll
    static void load() {
        VeraGreenfieldFoundryProvider.initialise();
        spanish = new Planner(List.of(), Translations.of("es", List.of()).withBundledTranslations(FIXTURE));
        english = new Planner(List.of());
        handouts = new Handouts(spanish.library(), null, Messages.of("es"));
        program = spanish.plan(SEED, null).programs().get(0);
    }

    static HandoutBuilder.Options options(String layout) {
        return new HandoutBuilder.Options("a4", false, Branding.none(), layout);
    }

    @Test
    void xhtmlMatchesItsGolden() {
        Golden.assertMatches(
                Path.of("src/test/resources/golden/physio-gluteal-tendinopathy/handout.es.xhtml"),
                handouts.xhtml(program, options("full")));
        Golden.assertMatches(
                Path.of("src/test/resources/golden/physio-gluteal-tendinopathy/plan.es.txt"),
                ProgramText.render(List.of(program), false, Messages.of("es")));
    }

    @Test
    void translatedTextsPrintAndTheRestFallsBackToEnglish() {
        String xhtml = handouts.xhtml(program, options("full"));
        assertTrue(xhtml.contains("Puente de glúteos a dos piernas"), "a translated level name");
        assertTrue(xhtml.contains("Guía del dolor del tendón"), "a translated pain model");
        assertTrue(xhtml.contains("avisa a tu fisioterapeuta"), "{contact} replaced in a translated text");
        String untranslated = english.library()
                .exercise("hip-abduction-standing")
                .orElseThrow()
                .name();
        assertTrue(xhtml.contains(untranslated), "an exercise the fixture leaves out prints in English");
        assertTrue(xhtml.contains("lang=\"es\""), "the document says it is Spanish");
    }

    @Test
    void aStaleTranslationIsNotUsed() {
        // the fixture translates glute-bridge's summary from an older English text
        assertEquals(
                english.library().exercise("glute-bridge").orElseThrow().summary(),
                spanish.library().exercise("glute-bridge").orElseThrow().summary());
    }

    @Test
    void pdfPrintsSpanishWithItsAccentsAndNoEnglishFixedWords() throws Exception {
        for (String layout : HandoutBuilder.LAYOUTS) {
            try (PDDocument doc = Loader.loadPDF(handouts.pdf(program, options(layout)))) {
                String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
                assertEquals("es", doc.getDocumentCatalog().getLanguage(), layout);
                for (String word : List.of("Cuándo", "Ámbar", "mañana", "Tu plan de un vistazo")) {
                    assertTrue(text.contains(word), layout + ": prints " + word);
                }
                assertEquals(List.of(), englishPhrases(text), layout + ": English fixed words in the Spanish handout");
            }
        }
    }

    /** The English bundle's template and handout phrases (two words or more) that the text contains. */
    static List<String> englishPhrases(String text) {
        Map<String, String> en = Messages.bundle("en");
        Map<String, String> es = Messages.bundle("es");
        List<String> found = new ArrayList<>();
        en.forEach((k, v) -> {
            String phrase = v.replaceAll("\\{\\d+}.*", "").strip();
            if ((k.startsWith("t.") || k.startsWith("handout.") || k.startsWith("since."))
                    && phrase.split(" ").length >= 2
                    && !v.equals(es.get(k))
                    && text.contains(phrase)) {
                found.add(k + ": " + phrase);
            }
        });
        return found;
    }

    @ParameterizedTest(name = "{1} as {0}")
    @CsvSource({"PDFA_3_U, full", "PDFUA_1, full", "PDFA_3_U, compact", "PDFUA_1, compact"})
    void spanishHandoutConforms(String flavour, String layout) throws Exception {
        PdfConformanceTest.assertConforms(handouts.pdf(program, options(layout)), flavour);
    }

    @Test
    void englishStaysTheDefault() {
        assertFalse(new Handouts(english.library(), null)
                .xhtml(english.plan(SEED, null).programs().get(0), options("full"))
                .contains("lang=\"es\""));
    }
}
