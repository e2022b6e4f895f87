package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.loadwise.library.PainLimits;
import com.loadwise.testing.Golden;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Check-in logs: each bad log in {@code src/test/resources/invalid-logs/} fails with exactly its {@code .expected}
 * lines (checked against the gluteal seed's program); the example logs follow the schema; and, over generated logs,
 * the review keeps the rules: no exercise moves up after pain above its limit, a perfect log never steps one back,
 * a missed last session holds it, and the same log always gives the same review.
 */
class CheckInLogTest {

    static final Path DIR = Path.of("src/test/resources/invalid-logs");
    static final Path SEED = Path.of("seeds/physio-gluteal-tendinopathy.yaml");
    static Planner planner;
    static Program program;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
        program = planner.plan(SEED, null).programs().get(0);
    }

    static Stream<Path> fixtures() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> yaml =
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
            assertTrue(yaml.size() >= 10, "fixtures: " + yaml.size());
            return yaml.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void aBadLogFailsWithItsExpectedMessage(Path fixture) {
        InputException e = assertThrows(
                InputException.class,
                () -> new CheckInLogReader(planner.library()).read(fixture, fixture.toString(), program));
        String actual = e.problems().stream().map(Problem::format).collect(Collectors.joining("\n")) + "\n";
        for (Problem p : e.problems()) {
            assertTrue(p.line() > 0, "every problem has its line: " + p.format());
        }
        Golden.assertMatches(DIR.resolve(fixture.getFileName().toString().replace(".yaml", ".expected")), actual);
    }

    static JsonNode read(String path) throws IOException {
        return new ObjectMapper().readTree(Path.of(path).toFile());
    }

    static List<String> fields(JsonNode objectSchema) {
        List<String> out = new ArrayList<>();
        objectSchema.get("properties").fieldNames().forEachRemaining(out::add);
        return out;
    }

    @Test
    void theSchemaKnowsTheReadersFieldsAndTheExampleLogsFollowIt() throws IOException {
        JsonNode s = read("exercise-library/schema/checkin-log.schema.json");
        assertEquals(CheckInLogReader.TOP, fields(s));
        JsonNode kinds = s.get("properties").get("entries").get("items").get("oneOf");
        assertEquals(CheckInLogReader.SESSION, fields(kinds.get(0)));
        assertEquals(CheckInLogReader.WEEK, fields(kinds.get(1)));
        assertEquals(CheckInLogReader.CHECK, fields(kinds.get(2)));

        JsonSchema schema =
                JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(s);
        List<Path> logs;
        try (Stream<Path> files = Files.list(Path.of("seeds/logs"))) {
            logs = files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
        assertTrue(logs.size() >= 9, "example logs, three per seed client: " + logs);
        for (Path log : logs) {
            assertEquals(Set.of(), schema.validate(new YAMLMapper().readTree(log.toFile())), log.toString());
            // and the Java reader, the authority, takes it against its seed's program
            Program p = planner.plan(com.loadwise.testing.ExampleLogs.seedOf(log), null)
                    .programs()
                    .get(0);
            CheckInLog l = new CheckInLogReader(planner.library()).read(log, log.toString(), p);
            assertTrue(l.sessions().size() >= 10, log.toString());
        }
    }

    /** A log of the first {@code weeks} weeks of the program, every session logged, pain drawn by {@code pain}. */
    static String log(Program p, int weeks, Random r, int painMax, double missed) {
        StringBuilder sb = new StringBuilder("client: \"" + p.athlete() + "\"\nentries:\n");
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                if (w.number() > weeks) {
                    continue;
                }
                for (Program.Day d : w.days()) {
                    for (int i = 0; i < d.sessions().size(); i++) {
                        if (d.sessions().get(i).type().equals("race")) {
                            continue;
                        }
                        boolean done = r.nextDouble() >= missed;
                        sb.append("  - {date: ")
                                .append(d.date())
                                .append(", session: ")
                                .append(i + 1)
                                .append(", done: ")
                                .append(done);
                        if (done) {
                            sb.append(", pain-during: ")
                                    .append(r.nextInt(painMax + 1))
                                    .append(", pain-next-morning: ")
                                    .append(r.nextInt(painMax + 1));
                        }
                        sb.append("}\n");
                    }
                }
            }
        }
        return sb.toString();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "seeds/physio-gluteal-tendinopathy.yaml",
                "seeds/physio-bone-stress-return-to-run.yaml",
                "seeds/runner-10k-self-guided.yaml"
            })
    void overGeneratedLogsTheReviewKeepsTheRules(String seed) {
        Program p = planner.plan(Path.of(seed), null).programs().get(0);
        PainLimits pain = p.painModel().limits();
        CheckInLogReader reader = new CheckInLogReader(planner.library());
        Random r = new Random(seed.hashCode());
        int ups = 0;
        int downs = 0;
        for (int i = 0; i < 150; i++) {
            int weeks = 1 + r.nextInt(4);
            int kind = i % 3; // 0: perfect, 1: anything, 2: painful
            String text = kind == 0
                    ? log(p, weeks, r, pain.moveUpMax(), 0)
                    : kind == 1 ? log(p, weeks, r, 10, 0.2) : log(p, weeks, r, 10, 0);
            CheckInLog l = reader.parse(text.getBytes(StandardCharsets.UTF_8), "log-" + i + ".yaml", p);
            Review review = Review.of(p, l, planner.library());
            Map<Integer, CheckInLog.SessionEntry> byLine = new HashMap<>();
            l.sessions().forEach(e -> byLine.put(e.position().line(), e));
            for (Review.Adjustment a : review.adjustments()) {
                String at = seed + " log " + i + " " + a;
                List<CheckInLog.SessionEntry> entries = a.entries().stream()
                        .map(e -> byLine.get(Integer.parseInt(e.substring(e.lastIndexOf(':') + 1))))
                        .toList();
                if (kind == 0) {
                    assertNotEquals("down", a.change(), "a perfect log never steps back: " + at);
                }
                if (a.change().equals("up")) {
                    ups++;
                    for (CheckInLog.SessionEntry e : entries) {
                        assertTrue(e.done(), at);
                        assertTrue(e.painDuring() <= pain.moveUpMax(), "moved up after pain above the limit: " + at);
                    }
                }
                if (a.change().equals("down")) {
                    downs++;
                    CheckInLog.SessionEntry e = entries.get(0);
                    assertTrue(e.painDuring() > pain.stepBackAbove() || e.painNextMorning() > pain.stepBackAbove(), at);
                }
                if (a.subject().equals("exercise")) {
                    // the exercise's last logged session decides: above the step-back limit, never up
                    CheckInLog.SessionEntry last = lastOf(l, p, a.id());
                    if (last.done()
                            && (last.painDuring() > pain.stepBackAbove()
                                    || last.painNextMorning() > pain.stepBackAbove())) {
                        assertNotEquals("up", a.change(), at);
                    }
                    if (!last.done()) {
                        assertEquals("hold", a.change(), "a missed session holds: " + at);
                    }
                }
                if (a.subject().equals("running") && !a.change().equals("up") && pain.moveUpMax() == 0) {
                    assertTrue(a.rule().startsWith("any pain"), at);
                }
            }
            // same log, same review
            assertEquals(
                    review,
                    Review.of(
                            p,
                            reader.parse(text.getBytes(StandardCharsets.UTF_8), "log-" + i + ".yaml", p),
                            planner.library()));
        }
        assertTrue(ups > 0 && downs > 0, seed + ": generated logs move up (" + ups + ") and step back (" + downs + ")");
    }

    @Test
    void theMorningAfterAStrengthSessionHoldsOrStepsBackTheRunningLikeTheRunsOwnPain() throws IOException {
        String good = Files.readString(Path.of("seeds/logs/physio-gluteal-tendinopathy-all-good.yaml"));
        PainLimits pain = program.painModel().limits();
        CheckInLogReader reader = new CheckInLogReader(planner.library());
        // the last strength session logged: its line, and the line with its next-morning pain raised
        Map<java.time.LocalDate, Program.Day> days = new HashMap<>();
        program.stages().forEach(s -> s.weeks().forEach(w -> w.days().forEach(d -> days.put(d.date(), d))));
        CheckInLog parsed = reader.parse(good.getBytes(StandardCharsets.UTF_8), "good.yaml", program);
        CheckInLog.SessionEntry strength = null;
        for (CheckInLog.SessionEntry e : parsed.sessions()) {
            if (days.get(e.date()).sessions().get(e.session() - 1).run() == null) {
                strength = e;
            }
        }
        assertTrue(strength != null, "the example log has strength sessions");
        String line = good.lines().toList().get(strength.position().line() - 1);
        assertTrue(line.contains("pain-next-morning: 1}"), line);
        assertEquals("up", running(reader, good).change(), "the all-good log lets the running build");

        Review.Adjustment amber = running(
                reader,
                good.replace(
                        line,
                        line.replace("pain-next-morning: 1}", "pain-next-morning: " + (pain.moveUpMax() + 1) + "}")));
        assertEquals("hold", amber.change(), amber.toString());
        assertEquals(Review.Reason.of("run.painMorningAbove", pain.moveUpMax(), strength.date()), amber.why());
        assertEquals(List.of("log.yaml:" + strength.position().line()), amber.entries(), "the strength session's line");

        Review.Adjustment red = running(
                reader,
                good.replace(
                        line,
                        line.replace(
                                "pain-next-morning: 1}", "pain-next-morning: " + (pain.stepBackAbove() + 1) + "}")));
        assertEquals("down", red.change(), red.toString());
        assertEquals(Review.Reason.of("run.painMorningAbove", pain.stepBackAbove(), strength.date()), red.why());

        // pain during a strength session is the exercise's business, not the running's
        Review.Adjustment during = running(
                reader,
                good.replace(line, line.replace("pain-during: 2", "pain-during: " + (pain.stepBackAbove() + 1))));
        assertEquals("up", during.change(), during.toString());
    }

    @Test
    void aMissingPainScoreIsNamedAsTheReasonTheLevelHoldsNotPainAboveTheLimit() {
        CheckInLogReader reader = new CheckInLogReader(planner.library());
        String head = "client: \"Zo\u00eb \u00c5ngstr\u00f6m\"\nentries:\n";
        java.time.LocalDate day = java.time.LocalDate.of(2027, 1, 4);
        int limit = program.painModel().limits().moveUpMax();
        // the first session's holds need pain during and the next morning within the guide (progress-when)
        Map<String, Review.Reason> noMorning =
                reasons(reader, head + "  - {date: 2027-01-04, session: 1, done: true, pain-during: 2}\n");
        Map<String, Review.Reason> noScore =
                reasons(reader, head + "  - {date: 2027-01-04, session: 1, done: true, pain-next-morning: 1}\n");
        Map<String, Review.Reason> above = reasons(
                reader,
                head + "  - {date: 2027-01-04, session: 1, done: true, pain-during: 2, pain-next-morning: "
                        + (limit + 1) + "}\n");
        assertFalse(noMorning.isEmpty());
        for (String id : noMorning.keySet()) {
            assertEquals(Review.Reason.of("notYet.noMorning", day), noMorning.get(id), id);
            assertEquals(Review.Reason.of("notYet.noScore", day), noScore.get(id), id);
            assertEquals(Review.Reason.of("notYet.within", day, limit), above.get(id), id);
        }
        assertEquals(
                "the last session, on Mon 4 Jan, has no next-morning pain score yet",
                noMorning.values().iterator().next().words(com.loadwise.i18n.Messages.english()));
        assertEquals(
                "la \u00faltima sesi\u00f3n, el lun 4 ene, a\u00fan no tiene puntuaci\u00f3n del dolor de la ma\u00f1ana"
                        + " siguiente",
                noMorning.values().iterator().next().words(com.loadwise.i18n.Messages.of("es")));
    }

    /** The reason each exercise of the log's holds, by exercise id. */
    private static Map<String, Review.Reason> reasons(CheckInLogReader reader, String log) {
        CheckInLog l = reader.parse(log.getBytes(StandardCharsets.UTF_8), "log.yaml", program);
        Map<String, Review.Reason> out = new java.util.TreeMap<>();
        for (Review.Adjustment a : Review.of(program, l, planner.library()).adjustments()) {
            if (a.subject().equals("exercise") && a.change().equals("hold")) {
                out.put(a.id(), a.why());
            }
        }
        return out;
    }

    private static Review.Adjustment running(CheckInLogReader reader, String log) {
        CheckInLog l = reader.parse(log.getBytes(StandardCharsets.UTF_8), "log.yaml", program);
        return Review.of(program, l, planner.library()).adjustments().stream()
                .filter(a -> a.subject().equals("running"))
                .findFirst()
                .orElseThrow();
    }

    private static CheckInLog.SessionEntry lastOf(CheckInLog l, Program p, String exercise) {
        CheckInLog.SessionEntry last = null;
        for (CheckInLog.SessionEntry e : l.sessions()) {
            for (Program.StageBlock s : p.stages()) {
                for (Program.Week w : s.weeks()) {
                    for (Program.Day d : w.days()) {
                        if (d.date().equals(e.date())
                                && d.sessions().get(e.session() - 1).items().stream()
                                        .anyMatch(x -> x.section().equals("main")
                                                && x.exercise().equals(exercise))) {
                            last = e;
                        }
                    }
                }
            }
        }
        assertFalse(last == null, exercise);
        return last;
    }
}
