package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the real command objects with in-memory writers and checks exit code, output and errors. */
class CliTest {

    record Result(int code, String out, String err) {}

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void theCommandLineOffersThePapersAndLayoutsAHandoutPrintsOn() {
        assertEquals(
                com.loadwise.render.HandoutBuilder.PAPERS,
                java.util.Arrays.stream(HandoutOptions.Paper.values())
                        .map(Enum::name)
                        .toList());
        assertEquals(
                com.loadwise.render.HandoutBuilder.LAYOUTS,
                java.util.Arrays.stream(HandoutOptions.Layout.values())
                        .map(Enum::name)
                        .toList());
    }

    @Test
    void listShowsEveryFamilyAsATable() {
        Result r = run("library", "list");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("ID "), r.out());
        assertTrue(r.out().contains("glute-bridge "));
        assertTrue(r.out().matches("(?s).*\\n\\d+ exercise families, \\d+ levels\\.\\n"), r.out());
        assertEquals("", r.err());
    }

    @Test
    void listAsJsonHasIdNamePatternAndLevelCount() throws IOException {
        Result r = run("library", "list", "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertTrue(rows.size() >= 35, "only " + rows.size());
        JsonNode bridge = null;
        for (JsonNode row : rows) {
            if (row.get("id").asText().equals("glute-bridge")) {
                bridge = row;
            }
        }
        assertEquals("hip-extension", bridge.get("pattern").asText());
        assertEquals(5, bridge.get("levels").asInt());
        assertFalse(bridge.get("replaced").asBoolean());
    }

    @Test
    void listFiltersByPattern() throws IOException {
        Result r = run("library", "list", "--pattern", "calf", "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode rows = new ObjectMapper().readTree(r.out());
        assertEquals(2, rows.size());
        rows.forEach(row -> assertEquals("calf", row.get("pattern").asText()));
    }

    @Test
    void unknownPatternIsAUsageErrorWithTheNearestName() {
        Result r = run("library", "list", "--pattern", "calves");

        assertEquals(2, r.code());
        assertTrue(r.err().contains("unknown pattern 'calves'"), r.err());
        assertTrue(r.err().contains("did you mean 'calf'?"), r.err());
    }

    @Test
    void showPrintsTheWholeLadderWithDosesAndCriteria() {
        Result r = run("library", "show", "glute-bridge");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("Glute bridge to hip thrust  [glute-bridge]\n"), r.out());
        assertTrue(r.out().contains("Level 1 of 5: Double-leg glute bridge  [double-leg]"));
        assertTrue(r.out().contains("Level 5 of 5: Loaded single-leg hip thrust"));
        assertTrue(r.out().contains("endurance    3 \u00d7 15, tempo 2-1-2-0, rest 60 s, 3 in reserve"), r.out());
        assertTrue(
                r.out()
                        .contains(
                                "Move up when: 3 \u00d7 15 reps each side, pain in the green zone of your pain guide, "
                                        + "no flare the next day, "
                                        + "2 sessions in a row"),
                r.out());
        assertTrue(
                r.out().contains("Move down after: pain in the red zone of your pain guide, or a flare the next day"));
    }

    @Test
    void showAsJsonKeepsTheFileFieldNames() throws IOException {
        Result r = run("library", "show", "glute-bridge", "--format", "json");

        assertEquals(0, r.code(), r.err());
        JsonNode e = new ObjectMapper().readTree(r.out());
        assertEquals("glute-bridge", e.get("id").asText());
        assertEquals(5, e.get("levels").size());
        JsonNode first = e.get("levels").get(0);
        assertEquals("3", first.get("doses").get("endurance").get("sets").asText());
        assertEquals("within-model", first.get("progress-when").get("pain").asText());
        assertEquals(
                "70-75",
                e.get("levels")
                        .get(3)
                        .get("doses")
                        .get("hypertrophy")
                        .get("percent-1rm")
                        .asText());
        assertFalse(e.has("origin"));
    }

    @Test
    void showUnknownIdSuggestsTheNearest() {
        Result r = run("library", "show", "glute-brige");

        assertEquals(2, r.code());
        assertEquals("loadwise: no exercise 'glute-brige' in the library (did you mean 'glute-bridge'?)\n", r.err());
    }

    @Test
    void validatePassesOnTheBundledLibrary() {
        Result r = run("library", "validate");

        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().matches("OK: \\d+ files, \\d+ exercise families, \\d+ levels, no problems\\.\\n"), r.out());
    }

    @Test
    void validateReportsEveryProblemAsOneLineAndExits1() {
        Result r = run(
                "library",
                "validate",
                "src/test/resources/invalid/unknown-pattern.yaml",
                "src/test/resources/invalid/too-few-cues.yaml");

        assertEquals(1, r.code());
        String[] lines = r.err().split("\n");
        assertEquals(3, lines.length, r.err());
        assertTrue(lines[0].startsWith("src/test/resources/invalid/unknown-pattern.yaml:5:14: unknown pattern"));
        assertTrue(lines[1].startsWith("src/test/resources/invalid/too-few-cues.yaml:15:15: 'cues' has 1 item"));
        assertEquals("2 problems found.", lines[2]);
        assertFalse(r.err().contains("Exception"), "no stack trace without --stacktrace");
    }

    @Test
    void aMissingLibraryFolderIsAUsageErrorNamingTheOption(@TempDir Path tmp) {
        Path missing = tmp.resolve("clinic");

        Result r = run("library", "list", "--library", missing.toString());

        assertEquals(2, r.code());
        assertEquals(
                "loadwise: --library " + missing + ": no such folder (check the name; a relative name starts from the"
                        + " folder you run loadwise in)\n",
                r.err());
    }

    @Test
    void clinicLibraryReplacesABundledExerciseAndListMarksIt(@TempDir Path tmp) throws IOException {
        // given a clinic folder with its own glute-bridge (one level)
        Path exercises = Files.createDirectories(tmp.resolve("exercises"));
        String own = Files.readString(Path.of("src/test/resources/invalid/../valid-exercise.yaml"))
                .replace("id: test-bridge", "id: glute-bridge");
        Files.writeString(exercises.resolve("bridge.yaml"), own);

        // when listing with --library
        Result table = run("library", "list", "--library", tmp.toString());
        Result json = run("library", "list", "--library", tmp.toString(), "--format", "json");

        // then the clinic's version replaces the bundled one and is marked
        assertEquals(0, table.code(), table.err());
        assertTrue(table.out().contains("glute-bridge*"), table.out());
        assertTrue(table.out().contains("* replaced by your --library folder"));
        assertTrue(json.out().contains("\"replaced\" : true"));
        Result show = run("library", "show", "glute-bridge", "--library", tmp.toString());
        assertTrue(show.out().startsWith("Test bridge  [glute-bridge]"), show.out());
    }

    @Test
    void unknownOptionIsUsageErrorWithHelpPointer() {
        Result r = run("library", "list", "--colour");

        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("loadwise: there is no option --colour here\n"), r.err());
        assertTrue(r.err().contains("Run 'loadwise library list --help' for usage."), r.err());
    }

    @Test
    void noCommandPrintsUsageAndExits2() {
        Result r = run();

        assertEquals(2, r.code());
        assertTrue(r.err().contains("Usage: loadwise"), r.err());
    }

    @Test
    void helpDocumentsTheExitCodes() {
        for (String[] args : new String[][] {{"--help"}, {"library", "validate", "--help"}}) {
            Result r = run(args);
            assertEquals(0, r.code());
            assertTrue(r.out().contains("Exit codes:"), r.out());
            assertTrue(r.out().contains("0   success"), r.out());
            assertTrue(r.out().contains("1   invalid input data"), r.out());
            assertTrue(r.out().contains("2   wrong usage"), r.out());
            assertTrue(r.out().contains("3   internal error"), r.out());
        }
    }

    @Test
    void internalErrorIsOneLineExit3AndStackTraceOnlyOnRequest() {
        StringWriter quiet = new StringWriter();
        StringWriter loud = new StringWriter();

        int code = Main.handle(new IllegalStateException("boom"), new PrintWriter(quiet), false);
        int codeLoud = Main.handle(new IllegalStateException("boom"), new PrintWriter(loud), true);

        assertEquals(3, code);
        assertEquals(3, codeLoud);
        assertEquals(
                "loadwise: internal error: something went wrong inside loadwise, not in your input "
                        + "(rerun with --stacktrace and report it)\n",
                quiet.toString());
        assertTrue(loud.toString().contains("\tat com.loadwise.cli.CliTest"), loud.toString());
    }

    @Test
    void stacktraceOptionAddsTheTraceToAnInputError() {
        Result r = run("library", "validate", "src/test/resources/invalid/empty.yaml", "--stacktrace");

        assertEquals(1, r.code());
        assertTrue(r.err().startsWith("src/test/resources/invalid/empty.yaml: file is empty"), r.err());
        assertTrue(r.err().contains("com.loadwise.yaml.InputException"), r.err());
    }

    @Test
    void aStartAtTheEndOfTimeIsAUsageErrorNotACrash() {
        // found by MutationTest: the engine's date arithmetic overflowed near LocalDate.MAX
        Result r = run("plan", "seeds/physio-gluteal-tendinopathy.yaml", "--start", "+999999999-12-31");

        assertEquals(2, r.code(), r.err());
        assertEquals(
                "loadwise: --start +999999999-12-31: out of range (use a date from 1900-01-01 to 2999-12-31)\n",
                r.err());
    }
}
