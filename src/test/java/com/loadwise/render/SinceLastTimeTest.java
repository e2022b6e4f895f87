package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.cli.Main;
import com.loadwise.plan.CheckInLogReader;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The handout's "Since last time" page: printed only with a check-in log, as the second page (after the cover,
 * or the compact overview), with the sessions done, a bar for every week up to the last logged one (coloured by the
 * pain guide's zones) and each change of the review in the client's words.
 */
class SinceLastTimeTest {

    static final Path SEED = Path.of("seeds/physio-gluteal-tendinopathy.yaml");
    static final Path FLARE = Path.of("seeds/logs/physio-gluteal-tendinopathy-flare-week-3.yaml");
    static final Path MISSED = Path.of("seeds/logs/physio-gluteal-tendinopathy-missed-week.yaml");
    static Planner planner;
    static Program program;
    static Handouts handouts;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
        program = planner.plan(SEED, null).programs().get(0);
        handouts = new Handouts(planner.library(), null);
    }

    static Review review(Path log) {
        return Review.of(
                program, new CheckInLogReader(planner.library()).read(log, log.toString(), program), planner.library());
    }

    static String page(byte[] pdf, int n) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper();
            s.setStartPage(n);
            s.setEndPage(n);
            return s.getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theReviewIsTheSecondPageInBothLayouts() throws IOException {
        Review r = review(FLARE);
        for (String layout : HandoutBuilder.LAYOUTS) {
            HandoutBuilder.Options o = new HandoutBuilder.Options("a4", false, Branding.none(), layout);
            byte[] with = handouts.pdf(program, o.since(r));
            String page = page(with, 2);
            assertTrue(page.contains("Since last time"), layout + ": " + page);
            assertTrue(page.contains("20 of 20 planned sessions done"), page);
            assertTrue(page.contains("Week 3 6/10"), page);
            for (Review.Adjustment a : r.adjustments()) {
                assertTrue(page.contains(a.name()), a.name() + " in " + page);
            }
            assertTrue(
                    page.contains("Straight-knee calf raise steps back to Double-leg calf raise on the floor: pain was"
                            + " above 5/10 during the session on Fri 22 Jan."),
                    page);
            String without = handouts.xhtml(program, o);
            assertFalse(without.contains("Since last time"), layout);
        }
    }

    @Test
    void aMissedWeekShowsAsAWeekWithoutAScore() {
        HandoutView.Since s = HandoutBuilder.since(program, review(MISSED));
        assertEquals(
                List.of(1, 2, 3),
                s.pain().stream().map(HandoutView.PainWeek::number).toList());
        assertEquals("no score", s.pain().get(1).score());
        assertEquals("none", s.pain().get(1).zone());
        assertEquals("green", s.pain().get(0).zone());
        assertTrue(s.sessions().contains("(7 missed)"), s.sessions());
        HandoutView.Since flare = HandoutBuilder.since(program, review(FLARE));
        assertEquals("red", flare.pain().get(2).zone());
    }

    @Test
    void theHandoutCommandTakesTheLogAndABadOneWritesNothing(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("h.pdf");
        StringWriter err = new StringWriter();
        int code = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err),
                "handout",
                SEED.toString(),
                "--log",
                FLARE.toString(),
                "--format",
                "html",
                "-o",
                out.toString());
        assertEquals(0, code, err.toString());
        assertTrue(Files.readString(out).contains("Since last time"));

        Path bad = Files.writeString(
                tmp.resolve("bad.yaml"),
                "client: \"Zoë Ångström\"\nentries:\n" + "  - {date: 2027-01-04, done: true, pain-during: 11}\n");
        Path out2 = tmp.resolve("h2.pdf");
        StringWriter err2 = new StringWriter();
        int code2 = Main.run(
                new PrintWriter(new StringWriter()),
                new PrintWriter(err2),
                "handout",
                SEED.toString(),
                "--log",
                bad.toString(),
                "-o",
                out2.toString());
        assertEquals(1, code2, err2.toString());
        assertTrue(err2.toString().contains(bad + ":3:"), err2.toString());
        assertFalse(Files.exists(out2));
    }
}
