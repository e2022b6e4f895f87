package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loadwise.testing.ExampleLogs;
import com.loadwise.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code plan PROFILE --log FILE} and {@code handout PROFILE --log FILE}: the next block after each example log of
 * {@code seeds/logs/} equals its golden text (with explanations) in {@code src/test/resources/golden/replan/}; the
 * JSON lists the decisions as adjustments; a bad log changes nothing and exits 1.
 */
class ReplanCommandTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("com.loadwise.cli.LogCommandTest#exampleLogs")
    void theNextBlockAfterEachExampleLogMatchesItsGolden(Path log) {
        String name = log.getFileName().toString().replace(".yaml", "");
        CliTest.Result r =
                CliTest.run("plan", ExampleLogs.seedOf(log).toString(), "--log", log.toString(), "--explain");
        assertEquals(0, r.code(), r.err());
        Golden.assertMatches(Path.of("src/test/resources/golden/replan/" + name + ".txt"), r.out());
    }

    @Test
    void theJsonListsTheAdjustmentsWithTheLogLinesThatMadeThem() throws IOException {
        String log = "seeds/logs/physio-bone-stress-return-to-run-flare-week-3.yaml";
        CliTest.Result r =
                CliTest.run("plan", "seeds/physio-bone-stress-return-to-run.yaml", "--log", log, "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode p = new ObjectMapper().readTree(r.out());
        JsonNode schema = new ObjectMapper()
                .readTree(Path.of("docs/schema/program.schema.json").toFile());
        assertEquals(
                java.util.Set.of(),
                com.networknt.schema.JsonSchemaFactory.getInstance(com.networknt.schema.SpecVersion.VersionFlag.V202012)
                        .getSchema(schema)
                        .validate(p),
                "a re-plan's JSON follows docs/schema/program.schema.json");
        JsonNode running = null;
        for (JsonNode a : p.get("adjustments")) {
            assertTrue(a.hasNonNull("rule") && a.hasNonNull("change"), a.toString());
            if (a.get("subject").asText().equals("running")) {
                running = a;
            }
        }
        // the bone-stress model: pain on a run stops the running progression, and says so
        assertTrue(running != null, r.out());
        assertTrue(!running.get("change").asText().equals("up"), running.toString());
        assertTrue(running.get("rule").asText().startsWith("any pain"), running.toString());
        assertTrue(running.get("entries").get(0).asText().startsWith(log + ":"), running.toString());
        assertEquals(4, p.get("stages").get(0).get("first-week").asInt(), "the week after the last logged one");
    }

    @Test
    void theHandoutPrintsTheNextBlock(@TempDir Path tmp) throws IOException {
        Path pdf = tmp.resolve("next.pdf");
        CliTest.Result r = CliTest.run(
                "handout",
                "seeds/physio-gluteal-tendinopathy.yaml",
                "--log",
                "seeds/logs/physio-gluteal-tendinopathy-all-good.yaml",
                "--layout",
                "compact",
                "-o",
                pdf.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("Since last time"), text);
            assertTrue(text.contains("Week 4"), "the block starts at week 4: " + text);
            // the first logged week ran 4-10 January: not printed again
            assertTrue(!text.contains("4 Jan–10 Jan"), "no week of the logged ones is printed again: " + text);
            assertTrue(text.contains("25 Jan–31 Jan"), text);
        }
    }

    @Test
    void aLogOfAnotherClientIsRefusedAndNothingIsWritten(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("plan.txt");
        Files.writeString(out, "before");
        CliTest.Result r = CliTest.run(
                "plan",
                "seeds/physio-gluteal-tendinopathy.yaml",
                "--log",
                "seeds/logs/runner-10k-self-guided-all-good.yaml",
                "-o",
                out.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("runner-10k-self-guided-all-good.yaml:"), r.err());
        assertEquals("before", Files.readString(out));
    }

    static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void aTeamWithLogsPrintsTheNextBlockForEveryAthleteFromTheSameWeek(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("team");
        CliTest.Result r = CliTest.run(
                "team", "seeds/coach-team-preseason.yaml", "--logs", "seeds/logs/team", "--out-dir", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("Wrote 26 files"), r.err());
        // Sione logged a sore week 3: his page says what steps back; the block starts at week 4 for everyone
        String sione = text(out.resolve("02-sione-taufa.pdf"));
        assertTrue(sione.contains("Since last time"), sione);
        assertTrue(sione.contains("Pogo hops steps back"), sione);
        // Kwame logged two weeks only: his block starts with the team's, and his week 3 counts as not run
        String kwame = text(out.resolve("03-kwame-mensah-bonsu.pdf"));
        assertTrue(kwame.contains("Since last time"), kwame);
        // Henrik kept no log: the team's block, as planned, and no review page
        String henrik = text(out.resolve("04-henrik-ostergaard.pdf"));
        assertTrue(!henrik.contains("Since last time"), henrik);
        for (String t : new String[] {sione, kwame, henrik}) {
            assertTrue(t.contains("25 January 2027 to 28 February 2027"), t);
            assertTrue(t.contains("5 weeks in"), "the block's weeks, not the program's: " + t);
        }
    }

    @Test
    void aFolderWithNoAthletesLogIsRefused(@TempDir Path tmp) throws IOException {
        Path logs = Files.createDirectories(tmp.resolve("logs"));
        Files.copy(Path.of("seeds/logs/team/sione-taufa.yaml"), logs.resolve("someone-else.yaml"));
        CliTest.Result r = CliTest.run(
                "team",
                "seeds/coach-team-preseason.yaml",
                "--logs",
                logs.toString(),
                "--out-dir",
                tmp.resolve("out").toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("no athlete of the roster has a log in this folder"), r.err());
        assertTrue(r.err().contains("tomas-o-neill.yaml"), "the hint names a file it would read: " + r.err());
        assertTrue(!Files.exists(tmp.resolve("out")), "nothing is written");
    }

    @Test
    void aClientsLogGivenForATeamPointsToTheFolderOption() {
        CliTest.Result r =
                CliTest.run("plan", "seeds/coach-team-preseason.yaml", "--log", "seeds/logs/team/sione-taufa.yaml");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("--logs DIR"), r.err());
    }
}
