package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.export.ProgramText;
import com.loadwise.library.Exercise;
import com.loadwise.library.Level;
import com.loadwise.plan.Planner;
import com.loadwise.plan.ProfileGenerator;
import com.loadwise.plan.Program;
import com.loadwise.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Handouts: XHTML goldens, PDF structure, determinism, escaping, and every exercise as a card. */
class HandoutTest {

    static final Path GOLDEN = Path.of("src/test/resources/golden");
    static Planner planner;
    static Handouts handouts;
    static HandoutBuilder.Options a4 = new HandoutBuilder.Options("a4", false, Branding.none());

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
        handouts = new Handouts(planner.library(), null);
    }

    static Program program(String seed) {
        return planner.plan(Path.of(seed), null).programs().get(0);
    }

    /** Every client and runner seed in seeds/ (a new seed gets a handout golden, or fails). */
    static List<String> handoutSeeds() throws IOException {
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.list(Path.of("seeds"))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") && !n.startsWith("coach-"))
                    .map(n -> n.replace(".yaml", ""))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void clientAndRunnerXhtmlMatchTheirGoldens() throws IOException {
        List<String> seeds = handoutSeeds();
        assertTrue(seeds.size() >= 8, "seeds: " + seeds);
        for (String seed : seeds) {
            String xhtml = handouts.xhtml(program("seeds/" + seed + ".yaml"), a4);
            Golden.assertMatches(GOLDEN.resolve(seed).resolve("handout.xhtml"), xhtml);
        }
    }

    @Test
    void clientPdfHasItsTextFontsAndMetadata() throws IOException {
        byte[] pdf = handouts.pdf(program("seeds/physio-gluteal-tendinopathy.yaml"), a4);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 8, "only " + pages + " pages");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Zoë Ångström"), "name with accents extracts");
            assertTrue(text.contains("Stage 1: Settle the tendon"));
            assertTrue(text.contains("Page 2 of " + pages), "footer with page X of Y");
            assertTrue(text.contains("pain ≤ 3/10"), "≤ prints");
            assertTrue(text.contains("½ hour"), "½ prints");
            assertTrue(text.contains("☐\u00a0Strength"), "tick boxes print, each joined to its label");
            assertTrue(text.contains("Stop and contact your clinician if"));
            assertFalse(text.contains("Page 1 of"), "no footer on the cover");
            for (PDPage page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertTrue(font.isEmbedded(), font.getName() + " is not embedded");
                }
            }
            assertEquals(
                    "Your exercise program — Zoë Ångström",
                    doc.getDocumentInformation().getTitle());
            assertEquals(
                    "Dr Aoife Byrne (physiotherapist)",
                    doc.getDocumentInformation().getAuthor());
            assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
            assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "tagged PDF");
            assertEquals(595, Math.round(doc.getPage(0).getMediaBox().getWidth()), "A4");
        }
    }

    @Test
    void noExerciseCardSplitsAcrossPages() throws IOException {
        byte[] pdf = handouts.pdf(program("seeds/runner-10k-self-guided.yaml"), a4);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(doc);
                int starts = count(text, "Set up:");
                int ends = count(text, "You need:");
                assertEquals(starts, ends, "page " + page + " holds part of a card");
            }
        }
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int i = text.indexOf(needle); i >= 0; i = text.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void aStageWithALighterWeekPrintsItsWorkingDoseAndTheLighterWeekApart() {
        Program p = program("seeds/physio-gluteal-tendinopathy.yaml");
        HandoutView v = new HandoutBuilder(planner.library()).build(p, a4);
        // stage 4 (Return to speed) ends with a lighter week: its cards print the working week's dose large
        Program.StageBlock stage = p.stages().get(3);
        Program.Week working = stage.weeks().get(0);
        Program.Week lighter = stage.weeks().get(stage.weeks().size() - 1);
        assertTrue(!working.deload() && lighter.deload(), "the seed's last stage no longer ends with a lighter week");
        HandoutView.Card bridge = v.stages().get(3).cards().stream()
                .filter(c -> c.exercise().startsWith("Glute bridge"))
                .findFirst()
                .orElseThrow();
        Program.Prescription first = working.days().stream()
                .flatMap(d -> d.sessions().stream())
                .flatMap(s -> s.items().stream())
                .filter(x -> x.exercise().equals("glute-bridge"))
                .findFirst()
                .orElseThrow();
        assertTrue(bridge.dose().startsWith(first.sets() + " \u00d7 "), bridge.dose() + " vs " + first.sets());
        assertTrue(
                bridge.doseNotes().stream()
                        .anyMatch(n -> n.startsWith("Week " + lighter.number() + " is a lighter week:")),
                bridge.doseNotes().toString());
    }

    /** For every card of generated programs: the dose printed large is that of a week that is not a lighter week. */
    @Test
    void everyCardsWorkingDoseIsTheDoseOfAWeekThatIsNotLighter() {
        HandoutBuilder builder = new HandoutBuilder(planner.library());
        List<String> failures = new ArrayList<>();
        for (long seed = 1; seed <= 150; seed++) {
            for (Program p : ProfileGenerator.programs(planner.library(), seed)) {
                HandoutView v = builder.build(p, a4);
                for (int i = 0; i < p.stages().size(); i++) {
                    List<Program.Week> weeks = p.stages().get(i).weeks();
                    for (HandoutView.Card card : v.stages().get(i).cards()) {
                        check(failures, "seed " + seed + " stage " + (i + 1), card, weeks, true);
                    }
                }
                List<Program.Week> all = new ArrayList<>();
                p.stages().forEach(s -> all.addAll(s.weeks()));
                for (HandoutView.Card card : v.warmUp()) {
                    check(failures, "seed " + seed + " warm-up", card, all, false);
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    private static void check(
            List<String> failures, String where, HandoutView.Card card, List<Program.Week> weeks, boolean main) {
        List<String> usual = new ArrayList<>();
        List<String> lighter = new ArrayList<>();
        for (Program.Week w : weeks) {
            for (Program.Day d : w.days()) {
                for (Program.Session s : d.sessions()) {
                    for (Program.Prescription x : s.items()) {
                        if (x.section().equals("main") == main
                                && x.exerciseName().equals(card.exercise())
                                && x.levelName().equals(card.level())) {
                            (w.deload() ? lighter : usual).add(ProgramText.dose(x));
                        }
                    }
                }
            }
        }
        if (usual.isEmpty() && lighter.isEmpty()) {
            failures.add(where + ": " + card.level() + " is not in the program");
        } else if (!usual.isEmpty() && !usual.contains(card.dose())) {
            failures.add(where + ": " + card.level() + " prints " + card.dose() + ", not a usual week's dose " + usual);
        } else if (usual.isEmpty() && !lighter.contains(card.dose())) {
            failures.add(where + ": " + card.level() + " prints " + card.dose() + ", not its dose " + lighter);
        }
    }

    /**
     * Every page of the seed handouts and of generated programs' handouts, except the last, holds at least a few
     * lines of text: no page carries just a key or the last row of a table.
     */
    @Test
    void noPageButTheLastHoldsOnlyAFewLines() throws IOException {
        List<Program> programs = new ArrayList<>();
        for (String seed :
                List.of("physio-gluteal-tendinopathy", "physio-bone-stress-return-to-run", "runner-10k-self-guided")) {
            programs.add(program("seeds/" + seed + ".yaml"));
        }
        for (long seed : new long[] {3, 7, 11, 19}) {
            programs.add(ProfileGenerator.programs(planner.library(), seed).get(0));
        }
        List<String> failures = new ArrayList<>();
        for (Program p : programs) {
            try (PDDocument doc = Loader.loadPDF(handouts.pdf(p, a4))) {
                PDFTextStripper stripper = new PDFTextStripper();
                for (int page = 1; page < doc.getNumberOfPages(); page++) {
                    stripper.setStartPage(page);
                    stripper.setEndPage(page);
                    long lines = stripper.getText(doc)
                            .lines()
                            .filter(l -> !l.isBlank())
                            .count();
                    // the running header and the page footer are two of them
                    if (lines < MIN_LINES) {
                        failures.add(p.athlete() + " page " + page + ": " + lines + " lines");
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    static final int MIN_LINES = 10;

    /** In the extracted text of each log, every tick box sits on the same line as its label. */
    @Test
    void everyTickBoxStaysWithItsLabel() throws IOException {
        for (String seed :
                List.of("physio-gluteal-tendinopathy", "physio-bone-stress-return-to-run", "runner-10k-self-guided")) {
            try (PDDocument doc = Loader.loadPDF(handouts.pdf(program("seeds/" + seed + ".yaml"), a4))) {
                String text = new PDFTextStripper().getText(doc);
                int boxes = 0;
                for (String line : text.lines().toList()) {
                    for (int i = line.indexOf('\u2610'); i >= 0; i = line.indexOf('\u2610', i + 1)) {
                        boxes++;
                        String after =
                                line.substring(i + 1).replace('\u00a0', ' ').strip();
                        assertTrue(
                                after.matches("^(Strength|Hops|Run|Cross|Race)\\b.*") || line.contains("☐ → ☑"),
                                seed + ": a tick box without its label on the line: '" + line + "'");
                    }
                }
                assertTrue(boxes > 10, seed + ": only " + boxes + " tick boxes");
            }
        }
    }

    @Test
    void sameInputGivesByteIdenticalPdf() {
        Program p = program("seeds/runner-10k-self-guided.yaml");

        assertArrayEquals(handouts.pdf(p, a4), handouts.pdf(p, a4));
    }

    @Test
    void letterPaperAndLargePrint() throws IOException {
        Program p = program("seeds/physio-gluteal-tendinopathy.yaml");
        HandoutBuilder.Options letterLarge = new HandoutBuilder.Options("letter", true, Branding.none());

        String xhtml = handouts.xhtml(p, letterLarge);
        try (PDDocument doc = Loader.loadPDF(handouts.pdf(p, letterLarge))) {
            assertEquals(612, Math.round(doc.getPage(0).getMediaBox().getWidth()), "US Letter");
        }
        assertTrue(xhtml.contains("font-size: 14.5pt;"), "large print body is at least 14 pt");
        assertTrue(xhtml.contains("size: letter;"));
    }

    @Test
    void userTextIsEscapedEverywhere() throws IOException {
        Program p = planner.plan(Path.of("src/test/resources/hostile/client.yaml"), null)
                .programs()
                .get(0);

        String xhtml = handouts.xhtml(p, a4);
        assertFalse(xhtml.contains("<script"), "no markup from input reaches the XHTML");
        assertFalse(xhtml.contains("<b>Bold"));
        assertFalse(xhtml.contains("<img src='http"));
        assertTrue(xhtml.contains("&lt;script&gt;"));
        try (PDDocument doc = Loader.loadPDF(handouts.pdf(p, a4))) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("<script>alert('x')</script> Ana & {{name}}"), "names print as typed");
            assertTrue(text.contains("{{#stages}}boom{{/stages}}"), "template syntax in notes is text");
            assertTrue(text.contains("Dr <b>Bold</b> &amp; Co"));
        }
    }

    @Test
    void everyBundledExerciseLevelRendersACardWithItsPicture() {
        Templates templates = new Templates(null);
        HandoutBuilder builder = new HandoutBuilder(planner.library());
        List<String> failures = new ArrayList<>();
        for (Exercise e : planner.library().all()) {
            for (Level l : e.levels()) {
                String html = templates.render(
                        "partials/card",
                        List.of(
                                java.util.Map.of(
                                        "t",
                                        com.loadwise.i18n.Messages.english().template()),
                                builder.card(e, l)));
                if (!html.contains(escape(e.name()))
                        || !html.contains(escape(l.steps().get(0)))
                        || !(html.contains("<svg xmlns=\"http://www.w3.org/2000/svg\"")
                                || html.contains("<img src=\"data:image/"))) {
                    failures.add(e.id() + "/" + l.id());
                }
            }
        }
        assertEquals(List.of(), failures);
    }

    @Test
    void aTemplateAskingForAMissingValueFails(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("handout.mustache"), "<p>{{nosuchthing}}</p>");
        Handouts custom = new Handouts(planner.library(), dir);

        IllegalStateException e = assertThrows(
                IllegalStateException.class, () -> custom.xhtml(program("seeds/physio-gluteal-tendinopathy.yaml"), a4));
        assertTrue(e.getMessage().contains("nosuchthing"), e.getMessage());
    }

    @Test
    void aUserTemplateOverridesTheBundledOneByName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("partials"));
        Files.writeString(dir.resolve("partials/cover.mustache"), "<h1>Harbour Physio special cover</h1>");

        String xhtml =
                new Handouts(planner.library(), dir).xhtml(program("seeds/physio-gluteal-tendinopathy.yaml"), a4);

        assertTrue(xhtml.contains("Harbour Physio special cover"));
        assertTrue(xhtml.contains("Stage 1: Settle the tendon"), "the other templates are still the bundled ones");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
