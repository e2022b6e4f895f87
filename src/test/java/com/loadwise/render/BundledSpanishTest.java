package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.i18n.Messages;
import com.loadwise.library.Translations;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The Spanish shipped in {@code exercise-library/translations/es/}: every client's and runner's seed prints a Spanish
 * handout in which no exercise, level, stage, red flag or education text of the program is left in English, and
 * the compact one keeps PDF/UA-1 and PDF/A-3u. (That no text is missing or stale at all is checked by
 * {@code library validate --lang es} in LanguageCommandTest.)
 */
class BundledSpanishTest {

    static Planner english;
    static Planner spanish;

    @BeforeAll
    static void load() {
        english = new Planner(List.of());
        spanish = new Planner(List.of(), Translations.of("es", List.of()));
        org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            return files
                    .filter(f -> f.toString().endsWith(".yaml")
                            && !f.getFileName().toString().startsWith("coach"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    /** The library's texts this program prints, in English (longer than a word or two, so they cannot recur). */
    static Set<String> englishTexts(Program p) {
        Set<String> out = new LinkedHashSet<>();
        for (Program.StageBlock s : p.stages()) {
            out.add(s.purpose());
            s.weeks()
                    .forEach(w -> w.days()
                            .forEach(d -> d.sessions()
                                    .forEach(x -> x.items().forEach(rx -> {
                                        english.library()
                                                .exercise(rx.exercise())
                                                .ifPresent(e -> {
                                                    out.add(e.name());
                                                    e.levels().stream()
                                                            .filter(l -> l.id().equals(rx.level()))
                                                            .forEach(l -> {
                                                                out.add(l.name());
                                                                out.add(l.setup());
                                                            });
                                                });
                                    }))));
        }
        out.addAll(p.redFlags());
        p.education().forEach(e -> out.add(e.title()));
        out.removeIf(t -> t == null || t.split(" ").length < 3);
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("seeds")
    void aSeedsSpanishHandoutLeavesNoLibraryTextInEnglish(Path seed) throws Exception {
        Program en = english.plan(seed, null).programs().get(0);
        Program es = spanish.plan(seed, null).programs().get(0);
        Handouts handouts = new Handouts(spanish.library(), null, Messages.of("es"));
        byte[] pdf = handouts.pdf(es, new HandoutBuilder.Options("a4", false, Branding.none(), "full"));
        String text = text(pdf);
        Set<String> left = new LinkedHashSet<>();
        for (String t : englishTexts(en)) {
            if (text.contains(t.replaceAll("\\s+", " "))) {
                left.add(t);
            }
        }
        assertEquals(Set.of(), left, seed + ": English left in the Spanish handout");
        assertTrue(text.matches(".*[áéíóúñ].*"), "accents print");
        assertFalse(en.redFlags().equals(es.redFlags()), "the red flags are Spanish");
        if (seed.getFileName().toString().equals("physio-gluteal-tendinopathy.yaml")) {
            byte[] compact = handouts.pdf(es, new HandoutBuilder.Options("a4", false, Branding.none(), "compact"));
            PdfConformanceTest.assertConforms(compact, "PDFUA_1");
            PdfConformanceTest.assertConforms(compact, "PDFA_3_U");
        }
    }
}
