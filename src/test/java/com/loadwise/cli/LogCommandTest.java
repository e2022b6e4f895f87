package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.testing.Golden;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code loadwise log}: entries are added atomically and only when the whole log with them is valid (a refused
 * entry leaves the file byte for byte as it was); {@code --show} of each example log in {@code seeds/logs/} equals
 * its golden text in {@code src/test/resources/golden/logs/}.
 */
class LogCommandTest {

    static final String SEED = "seeds/physio-gluteal-tendinopathy.yaml";

    static CliTest.Result run(String... args) {
        return CliTest.run(args);
    }

    @Test
    void entriesAreAddedInOrderAndARefusedOneChangesNothing(@TempDir Path tmp) throws IOException {
        Path log = tmp.resolve("zoe.yaml");
        CliTest.Result first = run(
                "log",
                SEED,
                "--log",
                log.toString(),
                "--date",
                "2027-01-04",
                "--done",
                "--pain-during",
                "2",
                "--pain-next-morning",
                "1");
        assertEquals(0, first.code(), first.err());
        assertEquals("Added to " + log + " (1 entry).\n", first.err());
        CliTest.Result second = run(
                "log",
                SEED,
                "--log",
                log.toString(),
                "--date",
                "2027-01-06",
                "--missed",
                "--note",
                "a \"busy\" day: ½ a session # not a comment",
                "--lang",
                "es");
        assertEquals(0, second.code(), second.err());
        assertEquals("Añadido a " + log + " (2 entradas).\n", second.err(), "said in the client's language");
        CliTest.Result week = run(
                "log",
                SEED,
                "--log",
                log.toString(),
                "--week-of",
                "2027-01-04",
                "--run-minutes",
                "80",
                "--longest-run",
                "28");
        assertEquals(0, week.code(), week.err());
        byte[] before = Files.readAllBytes(log);
        String text = new String(before, java.nio.charset.StandardCharsets.UTF_8);
        assertTrue(text.contains("client: \"Zoë Ångström\"\n"), text);
        assertTrue(text.contains("note: \"a \\\"busy\\\" day: ½ a session # not a comment\""), text);

        // each mistake is refused with its reason, exit 1, and the file stays as it was
        List<List<String>> bad = List.of(
                List.of("--date", "2027-01-05", "--done"),
                List.of("--date", "2027-01-04", "--done"),
                List.of("--date", "2027-01-08", "--done", "--level", "isometric-bridge-hold=one-arm"),
                List.of("--date", "2027-09-01", "--done"),
                List.of("--week-of", "2027-01-05", "--run-minutes", "10"));
        for (List<String> b : bad) {
            String[] args = Stream.concat(Stream.of("log", SEED, "--log", log.toString()), b.stream())
                    .toArray(String[]::new);
            CliTest.Result r = run(args);
            assertEquals(1, r.code(), b + ": " + r.err());
            assertTrue(r.err().startsWith("the new entry: "), b + ": " + r.err());
            assertFalse(r.err().contains("Exception") || r.err().contains("java."), r.err());
            assertArrayEquals(before, Files.readAllBytes(log), b.toString());
        }
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(log), files.toList(), "no temporary file is left behind");
        }

        CliTest.Result show = run("log", SEED, "--log", log.toString(), "--show");
        assertEquals(0, show.code(), show.err());
        assertTrue(show.out().contains("2027-01-06  1       missed"), show.out());
        assertTrue(
                show.out()
                        .contains("Isometric bridge hold: hold - Double-leg bridge hold. A missed session holds"
                                + " the level (log line 6)"),
                show.out());
    }

    @Test
    void usageMistakesAreExit2InPeoplesWords(@TempDir Path tmp) {
        String log = tmp.resolve("l.yaml").toString();
        CliTest.Result noDone = run("log", SEED, "--log", log, "--date", "2027-01-04");
        assertEquals(2, noDone.code());
        assertTrue(noDone.err().startsWith("loadwise: --date needs --done or --missed (one of the two)"), noDone.err());
        CliTest.Result pain = run("log", SEED, "--log", log, "--date", "2027-01-04", "--done", "--pain-during", "11");
        assertEquals(2, pain.code());
        assertTrue(pain.err().startsWith("loadwise: --pain-during 11: not a pain score (use 0 to 10)"), pain.err());
        CliTest.Result noLog = run("log", SEED, "--show");
        assertEquals(2, noLog.code());
        assertTrue(
                noLog.err().contains("the profile names no check-in log: give --log FILE, or add log: FILE"),
                noLog.err());
        CliTest.Result team = run("log", "seeds/coach-team-preseason.yaml", "--log", log, "--show");
        assertEquals(2, team.code());
        assertTrue(team.err().contains("is a team profile: give --athlete NAME"), team.err());
        CliTest.Result nobody =
                run("log", "seeds/coach-team-preseason.yaml", "--athlete", "Nobody", "--log", log, "--show");
        assertEquals(2, nobody.code());
        assertTrue(
                nobody.err()
                        .contains("no athlete 'Nobody' on the roster of seeds/coach-team-preseason.yaml (it has"
                                + " Tomás O'Neill, "),
                nobody.err());
        CliTest.Result noFolder = run("log", "seeds/coach-team-preseason.yaml", "--athlete", "Sione Taufa", "--show");
        assertEquals(2, noFolder.code());
        assertTrue(noFolder.err().contains("--logs DIR (the athlete's log is DIR/sione-taufa.yaml)"), noFolder.err());
        CliTest.Result client = run("log", SEED, "--athlete", "Sione Taufa", "--log", log, "--show");
        assertEquals(2, client.code());
        assertTrue(client.err().contains("is a client profile: leave them out"), client.err());
        assertFalse(Files.exists(Path.of(log)));
    }

    @Test
    void aCoachLogsEachAthleteIntoTheTeamsFolderThatPlanLogsReads(@TempDir Path tmp) throws IOException {
        String team = "seeds/coach-team-preseason.yaml";
        Path logs = tmp.resolve("logs");
        // checked against the athlete's own program; a refused first entry makes no folder
        CliTest.Result refused = run(
                "log", team, "--athlete", "Tomás O'Neill", "--logs", logs.toString(), "--date", "2027-01-05", "--done");
        assertEquals(1, refused.code(), refused.err());
        assertTrue(refused.err().contains("the program has no session on Tue 5 Jan 2027"), refused.err());
        assertFalse(Files.exists(logs), "nothing is made for a refused entry");
        for (String[] entry :
                List.of(new String[] {"Tomás O'Neill", "1"}, new String[] {"tomas-o-neill", "2"}, new String[] {
                    "Sione Taufa", "1"
                })) {
            CliTest.Result r = run(
                    "log",
                    team,
                    "--athlete",
                    entry[0],
                    "--logs",
                    logs.toString(),
                    "--date",
                    "2027-01-04",
                    "--session",
                    entry[1],
                    "--done",
                    "--pain-during",
                    "1",
                    "--pain-next-morning",
                    "0");
            assertEquals(0, r.code(), r.err());
        }
        String tomas = Files.readString(logs.resolve("tomas-o-neill.yaml"));
        assertTrue(tomas.contains("client: \"Tomás O'Neill\"\n"), tomas);
        assertEquals(
                2,
                tomas.lines().filter(l -> l.startsWith("  - {date: 2027-01-04")).count(),
                tomas);
        assertTrue(Files.isRegularFile(logs.resolve("sione-taufa.yaml")));

        CliTest.Result show = run("log", team, "--athlete", "Sione Taufa", "--logs", logs.toString(), "--show");
        assertEquals(0, show.code(), show.err());
        assertTrue(
                show.out().startsWith("Check-in log of Sione Taufa (" + logs.resolve("sione-taufa.yaml")), show.out());

        // the team's next block starts after the logged week, for every athlete, and Tomás's review names his log
        CliTest.Result plan = run("plan", team, "--logs", logs.toString(), "--format", "json");
        assertEquals(0, plan.code(), plan.err());
        com.fasterxml.jackson.databind.JsonNode programs = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(plan.out())
                .get("programs");
        assertEquals(24, programs.size());
        for (com.fasterxml.jackson.databind.JsonNode p : programs) {
            assertEquals(
                    2,
                    p.get("stages").get(0).get("first-week").asInt(),
                    p.get("athlete").asText());
        }
        assertEquals("Tomás O'Neill", programs.get(0).get("athlete").asText());
        assertTrue(
                programs.get(0).get("adjustments").toString().contains("tomas-o-neill.yaml:"),
                programs.get(0).get("adjustments").toString());
    }

    @Test
    void aProfileNamesItsLogRelativeToItself(@TempDir Path tmp) throws IOException {
        String profile = Files.readString(Path.of(SEED)) + "log: logs/zoe.yaml\n";
        Path p = Files.writeString(tmp.resolve("zoe.yaml"), profile.replace("../exercise-library", "x"));
        Files.createDirectories(tmp.resolve("logs"));
        CliTest.Result r = run("log", p.toString(), "--date", "2027-01-04", "--done");
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.exists(tmp.resolve("logs/zoe.yaml")));
    }

    static Stream<Path> exampleLogs() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("seeds/logs"))) {
            return files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("exampleLogs")
    void theExampleLogsShowAsTheirGoldenText(Path log) {
        String name = log.getFileName().toString().replace(".yaml", "");
        CliTest.Result r =
                run("log", com.loadwise.testing.ExampleLogs.seedOf(log).toString(), "--log", log.toString(), "--show");
        assertEquals(0, r.code(), r.err());
        Golden.assertMatches(Path.of("src/test/resources/golden/logs/" + name + ".txt"), r.out());
    }

    @Test
    void aStageCheckIsAddedAndShown(@TempDir Path tmp) throws IOException {
        Path log = tmp.resolve("zoe.yaml");
        assertEquals(
                0,
                run("log", SEED, "--log", log.toString(), "--date", "2027-01-04", "--done")
                        .code());
        CliTest.Result r = run(
                "log",
                SEED,
                "--log",
                log.toString(),
                "--date",
                "2027-01-08",
                "--stage",
                "settle",
                "--exit-met",
                "1,2",
                "--pain",
                "1",
                "--note",
                "stood 30 s");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                Files.readString(log)
                        .contains(
                                "  - {date: 2027-01-08, stage: \"settle\", exit-met: [1, 2], pain: 1, note: \"stood 30 s\"}\n"),
                Files.readString(log));
        CliTest.Result show = run("log", SEED, "--log", log.toString(), "--show");
        assertTrue(show.out().contains("2027-01-08  settle         2 of 2     1/10  stood 30 s"), show.out());
        // a stage the program does not have: refused, the file as it was
        String before = Files.readString(log);
        CliTest.Result bad = run(
                "log", SEED, "--log", log.toString(), "--date", "2027-01-08", "--stage", "setle", "--exit-met", "1");
        assertEquals(1, bad.code(), bad.err());
        assertTrue(bad.err().contains("did you mean 'settle'?"), bad.err());
        assertEquals(before, Files.readString(log));
        // a stage check is not a session
        assertEquals(
                2,
                run("log", SEED, "--log", log.toString(), "--date", "2027-01-08", "--stage", "settle", "--done")
                        .code());
    }

    @Test
    void theShowPrintsInTheChosenLanguage() {
        CliTest.Result r = run(
                "log",
                "seeds/runner-10k-self-guided.yaml",
                "--log",
                "seeds/logs/runner-10k-self-guided-flare-week-3.yaml",
                "--show",
                "--lang",
                "es");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("FECHA       SESIÓN  HECHA  DOLOR  MAÑANA"), r.out());
        assertTrue(
                r.out().contains("Desde el inicio: 15 de 15 sesiones previstas hechas (hasta el 2027-01-24)."),
                r.out());
        assertTrue(
                r.out().contains("Carrera: bajar. Dolor por encima de 5/10 durante o después de la carrera del"),
                r.out());
        for (String english : List.of("Since the start", "What the rules", "planned minutes", "move up", "log line")) {
            assertTrue(!r.out().contains(english), english + " left in English: " + r.out());
        }
    }
}
