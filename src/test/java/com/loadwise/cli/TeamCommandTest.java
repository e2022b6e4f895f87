package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadwise team}: one athlete's bad data stops no other. */
class TeamCommandTest {

    private static final Path SEED = Path.of("seeds/coach-team-preseason.yaml");
    private static final Path ROSTER = Path.of("seeds/coach-team-roster.csv");

    /** The seed team profile in {@code dir}, with the seed roster's header and the given rows (1-based). */
    private static Path team(Path dir, String... rows) throws IOException {
        List<String> seed = Files.readAllLines(ROSTER, StandardCharsets.UTF_8);
        StringBuilder csv = new StringBuilder(seed.get(0)).append('\n');
        for (String row : rows) {
            csv.append(row).append('\n');
        }
        Files.writeString(dir.resolve("roster.csv"), csv, StandardCharsets.UTF_8);
        Path profile = dir.resolve("team.yaml");
        Files.writeString(
                profile,
                Files.readString(SEED, StandardCharsets.UTF_8)
                        .replace("roster: coach-team-roster.csv", "roster: roster.csv"),
                StandardCharsets.UTF_8);
        return profile;
    }

    private static String seedRow(int n) throws IOException {
        return Files.readAllLines(ROSTER, StandardCharsets.UTF_8).get(n);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aBadRowIsReportedAndEveryOtherAthletesHandoutIsWritten(@TempDir Path tmp) throws IOException {
        // given: three athletes, the second with a squat 1RM that is not a number (line 3, column 8 of the CSV)
        String bad = seedRow(2).replaceFirst(",180,140,220$", ",abc,140,220");
        Path profile = team(tmp, seedRow(1), bad, seedRow(3));
        Path out = tmp.resolve("out");

        // when
        CliTest.Result r = CliTest.run("team", profile.toString(), "--out-dir", out.toString());

        // then: exit 1, the bad cell named by file, row and column, and the two good handouts, booklet and sheet
        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains("roster.csv:3:8: column '1rm:squat/back-squat': 'abc' is not a number"
                                + " (write the load only, e.g. 102.5)"),
                r.err());
        assertTrue(r.err().contains("Wrote 4 files"), r.err());
        // files keep their roster numbers: the row left out leaves a gap, so fixing it renumbers no one
        assertEquals(
                List.of("01-tomas-o-neill.pdf", "03-kwame-mensah-bonsu.pdf", "coach-sheet.pdf", "team-booklet.pdf"),
                names(out));
        try (PDDocument booklet = Loader.loadPDF(out.resolve("team-booklet.pdf").toFile())) {
            String text = new PDFTextStripper().getText(booklet);
            assertTrue(text.contains("Kwame Mensah-Bonsu"), "the good athletes are in the booklet");
            assertTrue(text.contains("03-kwame-mensah-bonsu.pdf"), "the booklet's roster names the file written");
            assertTrue(!text.contains("Sione Taufa"), "the athlete left out is not");
        }

        // and when the row is fixed, the run writes the missing number and the same names for the others
        team(tmp, seedRow(1), seedRow(2), seedRow(3));
        CliTest.Result fixed = CliTest.run("team", profile.toString(), "--out-dir", out.toString());
        assertEquals(0, fixed.code(), fixed.err());
        assertEquals(
                List.of(
                        "01-tomas-o-neill.pdf",
                        "02-sione-taufa.pdf",
                        "03-kwame-mensah-bonsu.pdf",
                        "coach-sheet.pdf",
                        "team-booklet.pdf"),
                names(out));
    }

    @Test
    void aRowWithTooManyCellsIsLeftOutAndTheOthersWritten(@TempDir Path tmp) throws IOException {
        // given: an unquoted comma in the second athlete's name gives that row one cell too many
        Path profile = team(tmp, seedRow(1), seedRow(2).replaceFirst("^Sione Taufa", "Taufa, Sione"), seedRow(3));
        Path out = tmp.resolve("out");

        // when
        CliTest.Result r = CliTest.run("team", profile.toString(), "--out-dir", out.toString(), "--format", "html");

        // then
        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains("roster.csv:3:11: row has 11 cells but the header names 10 columns"
                                + " (remove the extra cells or quote a value that contains a comma)"),
                r.err());
        assertEquals(
                List.of("01-tomas-o-neill.html", "03-kwame-mensah-bonsu.html", "coach-sheet.html", "team-booklet.html"),
                names(out));
    }

    @Test
    void aGoodRosterStillExitsZero(@TempDir Path tmp) throws IOException {
        Path profile = team(tmp, seedRow(1), seedRow(2));
        Path out = tmp.resolve("out");

        CliTest.Result r = CliTest.run("team", profile.toString(), "--out-dir", out.toString(), "--format", "html");

        assertEquals(0, r.code(), r.err());
        assertEquals(4, names(out).size(), names(out).toString());
    }
}
