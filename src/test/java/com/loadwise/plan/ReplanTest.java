package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.export.Json;
import com.loadwise.library.Exercise;
import com.loadwise.library.PainLimits;
import com.loadwise.yaml.InputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Re-planning from a check-in log, over generated logs of three seed programs: the next block starts the week after
 * the last logged one; its first week's running keeps the weekly cap and the two-week ceiling over the minutes
 * actually run; an exercise that did not move up in the review is not planned above its logged level, and one that
 * moved up is not planned above the review's level; a perfect log never steps anything back; under a pain model that
 * allows no pain, a painful run stops the running from rising; the same profile and log give the same bytes.
 */
class ReplanTest {

    static Planner planner;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
    }

    /** {@link CheckInLogTest#log} and, now and then, a week's running as it was run. */
    static String log(Program p, int weeks, Random r, int painMax, double missed) {
        StringBuilder sb = new StringBuilder(CheckInLogTest.log(p, weeks, r, painMax, missed));
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                if (w.number() <= weeks && w.runMinutes() > 0 && r.nextInt(3) == 0) {
                    int run = (int) Math.round(w.runMinutes() * (0.3 + r.nextDouble() * 0.9));
                    sb.append("  - {week-of: ")
                            .append(w.start())
                            .append(", run-minutes: ")
                            .append(run)
                            .append(", longest-run: ")
                            .append(Math.max(1, run / 3))
                            .append("}\n");
                }
            }
        }
        return sb.toString();
    }

    record Replanned(Program planned, CheckInLog log, Review review, Continuation next, Program block) {}

    static Replanned replan(Planner.Plan plan, String text, String name) {
        return replan(plan, text, name, planner.rules());
    }

    static Replanned replan(Planner.Plan plan, String text, String name, Rules rules) {
        Program p = plan.programs().get(0);
        CheckInLog l = new CheckInLogReader(planner.library()).parse(text.getBytes(StandardCharsets.UTF_8), name, p);
        Review review = Review.of(p, l, planner.library());
        Continuation next = Continuation.of(p, l, review);
        Program block = new Engine(planner.library(), rules)
                .plan(
                        plan.blueprint(),
                        plan.profile(),
                        plan.profile().athletes().get(0),
                        next);
        return new Replanned(p, l, review, next, block);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "seeds/physio-gluteal-tendinopathy.yaml",
                "seeds/physio-bone-stress-return-to-run.yaml",
                "seeds/runner-10k-self-guided.yaml"
            })
    void overGeneratedLogsTheNextBlockKeepsTheRules(String seed) {
        Planner.Plan plan = planner.plan(Path.of(seed), null);
        Program p = plan.programs().get(0);
        Settings settings = Settings.of(planner.rules(), plan.blueprint(), plan.profile());
        int weeklyCap = settings.running().weeklyCap();
        int twoWeekCap = settings.running().twoWeekCap();
        PainLimits pain = p.painModel().limits();
        int total = p.stages().get(p.stages().size() - 1).lastWeek();
        Map<Integer, Integer> plannedMinutes = new TreeMap<>();
        p.stages().forEach(s -> s.weeks().forEach(w -> plannedMinutes.put(w.number(), w.runMinutes())));
        Random r = new Random(seed.hashCode() * 31L);
        int ups = 0;
        int downs = 0;
        int checked = 0;
        int logs = Integer.getInteger("loadwise.replan-logs", 90);
        for (int i = 0; i < logs; i++) {
            int weeks = 1 + r.nextInt(Math.min(8, total - 1));
            int kind = i % 3; // 0: perfect, 1: anything, 2: painful
            String text = kind == 0
                    ? log(p, weeks, r, pain.moveUpMax(), 0)
                    : kind == 1 ? log(p, weeks, r, 10, 0.2) : log(p, weeks, r, 10, 0);
            String name = "log-" + i + ".yaml";
            Replanned x = replan(plan, text, name);
            String at = seed + " " + name + " (" + weeks + " weeks)";
            Program b = x.block();
            Continuation c = x.next();

            // the next block starts the week after the last logged one, and nothing before it is planned again
            assertEquals(weeks + 1, c.fromWeek(), at);
            assertEquals(c.fromWeek(), b.stages().get(0).firstWeek(), at);
            assertEquals(c.from(), b.start(), at);
            b.stages().forEach(s -> s.weeks().forEach(w -> assertFalse(w.start().isBefore(c.from()), at)));
            assertEquals(p.end(), b.end(), at);

            // the caps from the minutes actually run
            Program.Week first = b.stages().get(0).weeks().get(0);
            int a1 = c.weekMinutes().getOrDefault(weeks, plannedMinutes.getOrDefault(weeks, 0));
            int a2 = c.weekMinutes().getOrDefault(weeks - 1, plannedMinutes.getOrDefault(weeks - 1, 0));
            if (a1 > 0) {
                assertTrue(
                        first.runMinutes() <= Math.floor(a1 * (100 + weeklyCap) / 100.0),
                        at + ": " + first.runMinutes() + " min after " + a1 + " run (weekly cap " + weeklyCap + "%)");
            }
            if (a2 > 0 && weeks >= 2) {
                assertTrue(
                        first.runMinutes() <= Math.floor(a2 * (100 + twoWeekCap) / 100.0),
                        at + ": " + first.runMinutes() + " min two weeks after " + a2 + " run");
            }

            // a week with no running at all: the running starts again below the last week that had any
            if (a1 == 0 && weeks >= 1) {
                int before = 0;
                for (int w = weeks - 1; w >= 1 && before == 0; w--) {
                    before = c.weekMinutes().getOrDefault(w, plannedMinutes.getOrDefault(w, 0));
                }
                if (before > 0) {
                    assertTrue(
                            first.runMinutes() <= before,
                            at + ": " + first.runMinutes() + " min after a week without running (last run " + before
                                    + ")");
                }
            }

            // levels: never above the review's level, never above the logged one without a move up
            Map<String, Review.Adjustment> byId = new TreeMap<>();
            for (Review.Adjustment a : b.adjustments()) {
                if (a.subject().equals("exercise")) {
                    byId.put(a.id(), a);
                    ups += a.change().equals("up") ? 1 : 0;
                    downs += a.change().equals("down") ? 1 : 0;
                }
                if (kind == 0) {
                    assertNotEquals("down", a.change(), "a perfect log never steps back: " + at + " " + a);
                }
            }
            for (Program.Day d : first.days()) {
                for (Program.Session s : d.sessions()) {
                    for (Program.Prescription rx : s.items()) {
                        Review.Adjustment a = byId.get(rx.exercise());
                        if (a == null || !rx.section().equals("main")) {
                            continue;
                        }
                        Exercise ex = planner.library().exercise(a.id()).orElseThrow();
                        int now = ex.indexOf(rx.level());
                        if (a.change().equals("up")) {
                            assertTrue(
                                    now <= ex.indexOf(a.toLevel()),
                                    at + ": " + rx.exercise() + " at " + rx.level() + " on " + d.date()
                                            + ", above the review " + a);
                        }
                        if (!a.change().equals("up")) {
                            assertTrue(
                                    now <= ex.indexOf(a.fromLevel()),
                                    at + ": " + rx.exercise() + " moved up without meeting its criteria");
                        }
                        if (kind == 0) {
                            assertTrue(
                                    now >= ex.indexOf(a.fromLevel()),
                                    at + ": " + rx.exercise() + " stepped down after a perfect log");
                        }
                    }
                }
            }

            // a pain model with no pain allowed: a painful run stops the running from rising
            Review.Adjustment running = b.adjustments().stream()
                    .filter(a -> a.subject().equals("running"))
                    .findFirst()
                    .orElse(null);
            if (running != null && !running.change().equals("up") && a1 > 0) {
                assertTrue(first.runMinutes() <= a1, at + ": running rose after " + running.reason());
            }

            // the next block keeps every rule a fresh program keeps (lighter weeks, impact, run gaps, long runs,
            // duration before speed, taper, what stages list, the walk/jog ladder, run steps), checked on the weeks
            // planned before the block and then the block, so the rules that look back see the seam; not when the
            // log ran more than planned: a block that holds at what was run then looks higher than the planned week
            // before it, which is all these rules can see (the caps above cover that case)
            boolean ranMore = c.weekMinutes().entrySet().stream()
                    .anyMatch(e -> e.getValue() > plannedMinutes.getOrDefault(e.getKey(), 0));
            if (!ranMore) {
                checked++;
                try {
                    ClinicalInvariants.check(
                            new ProfileGenerator.Case(i, plan.profile(), plan.blueprint()),
                            joined(p, b),
                            at,
                            planner.rules(),
                            planner.library());
                } catch (AssertionError e) {
                    if (System.getProperty("replan.debug") != null) {
                        System.out.println(com.loadwise.export.ProgramText.render(List.of(joined(p, b)), true));
                        System.out.println(text);
                    }
                    throw e;
                }
            }

            // the same profile and log, the same bytes
            assertEquals(Json.write(b), Json.write(replan(plan, text, name).block()), at);
        }
        assertTrue(ups > 0 && downs > 0, seed + ": the generated logs move up (" + ups + ") and down (" + downs + ")");
        assertTrue(checked >= logs / 2, seed + ": only " + checked + " blocks checked against the clinical rules");
    }

    /** The weeks of {@code planned} before {@code block}, then the block's, as one program. */
    static Program joined(Program planned, Program block) {
        int from = block.stages().get(0).firstWeek();
        List<Program.StageBlock> stages = new java.util.ArrayList<>();
        for (Program.StageBlock s : planned.stages()) {
            List<Program.Week> before =
                    s.weeks().stream().filter(w -> w.number() < from).toList();
            if (!before.isEmpty()) {
                stages.add(withWeeks(s, before));
            }
        }
        // a stage the block carries on is one stage
        List<Program.StageBlock> rest = new java.util.ArrayList<>(block.stages());
        if (!stages.isEmpty()
                && stages.get(stages.size() - 1).id().equals(rest.get(0).id())) {
            List<Program.Week> weeks =
                    new java.util.ArrayList<>(stages.remove(stages.size() - 1).weeks());
            weeks.addAll(rest.remove(0).weeks());
            stages.add(withWeeks(block.stages().get(0), weeks));
        }
        stages.addAll(rest);
        Program b = block;
        return new Program(
                b.format(),
                b.kind(),
                b.athlete(),
                b.group(),
                b.title(),
                b.clinician(),
                b.clinic(),
                b.goal(),
                b.notes(),
                b.blueprint(),
                planned.start(),
                b.end(),
                b.race(),
                b.units(),
                b.painModel(),
                b.contact(),
                b.redFlags(),
                b.urgentFlags(),
                b.education(),
                stages,
                b.runningAfter(),
                b.adjustments(),
                b.explanations());
    }

    /** {@code s} with {@code weeks} (its first and last week numbers from them). */
    static Program.StageBlock withWeeks(Program.StageBlock s, List<Program.Week> weeks) {
        return new Program.StageBlock(
                s.number(),
                s.id(),
                s.name(),
                s.purpose(),
                s.subtitle(),
                s.intent(),
                weeks.get(0).number(),
                weeks.get(weeks.size() - 1).number(),
                s.entry(),
                s.exit(),
                s.afterFlare(),
                weeks);
    }

    static Program.StageBlock stage(Program p, String id) {
        return p.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void aLogThatReachesTheLastWeekLeavesNothingToReplan() {
        Planner.Plan plan = planner.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null);
        Program p = plan.programs().get(0);
        int total = p.stages().get(p.stages().size() - 1).lastWeek();
        InputException e = org.junit.jupiter.api.Assertions.assertThrows(
                InputException.class, () -> replan(plan, log(p, total, new Random(1), 2, 0), "all.yaml"));
        assertTrue(e.getMessage().contains("no weeks are left to re-plan"), e.getMessage());
    }

    @Test
    void aStageWhoseExitIsMetEndsEarlyAndOneNotMetIsExtended() {
        Planner.Plan plan = planner.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null);
        Program p = plan.programs().get(0);
        Program.StageBlock load = stage(p, "load");
        Blueprint.Stage stage = plan.blueprint().stage("load");
        // perfect: the stage ends once it has had its minimum weeks
        int min = load.firstWeek() + stage.weeks().min() - 1;
        Replanned good = replan(plan, log(p, min, new Random(2), 0, 0), "good.yaml");
        Review.Adjustment s = stageOf(good.block());
        assertEquals("ends-early", s.change(), s.toString());
        assertNotEquals(
                "load",
                good.block().stages().get(0).id(),
                "the stage of the last logged week is over, the next one starts: " + s);
        // painful as the stage ends: one more week of it
        Replanned sore = replan(plan, log(p, load.lastWeek(), new Random(3), 10, 0), "sore.yaml");
        Review.Adjustment t = stageOf(sore.block());
        assertEquals("extended", t.change(), t.toString());
        assertEquals("load", sore.block().stages().get(0).id(), "one more week of the stage: " + t);
        assertEquals(1, sore.block().stages().get(0).weeks().size(), t.toString());
    }

    @Test
    void aStageIsExtendedByTheWeeksPoliciesSayUpToItsMaximum() {
        assertEquals(1, planner.rules().replan().extendWeeks(), "the bundled policies.yaml");
        // the first stage of a seed client with room for two more weeks, a later stage to give them
        Planner.Plan plan = null;
        Program p = null;
        Program.StageBlock load = null;
        int room = 0;
        for (String seed : List.of(
                "seeds/physio-gluteal-tendinopathy.yaml",
                "seeds/physio-bone-stress-return-to-run.yaml",
                "seeds/physio-hamstring-strain.yaml",
                "seeds/physio-hip-impingement.yaml",
                "seeds/physio-hip-osteoarthritis-runner.yaml",
                "seeds/physio-itb-syndrome.yaml",
                "seeds/physio-lateral-hip-pain-older-adult.yaml",
                "seeds/runner-10k-self-guided.yaml",
                "seeds/coach-team-preseason.yaml")) {
            Planner.Plan candidate = planner.plan(Path.of(seed), null);
            Program cp = candidate.programs().get(0);
            for (Program.StageBlock s : cp.stages().subList(0, cp.stages().size() - 1)) {
                Blueprint.Stage st = candidate.blueprint().stage(s.id());
                int r = st.weeks().max() - s.weeks().size();
                if (load == null && r >= 2 && !st.taper()) {
                    plan = candidate;
                    p = cp;
                    load = s;
                    room = r;
                }
            }
        }
        assertNotNull(load, "a seed's stage with room for two more weeks");
        String sore = log(p, load.lastWeek(), new Random(3), 10, 0);
        for (int extend : new int[] {2, room + 3}) {
            Rules r = planner.rules();
            Rules more = new Rules(
                    r.running(),
                    r.deload(),
                    r.taper(),
                    r.strength(),
                    r.plyometricContacts(),
                    r.plyometricGapHours(),
                    r.loads(),
                    r.deloadEveryByExperience(),
                    r.pastInjuries(),
                    r.runTypes(),
                    r.returnToRun(),
                    r.races(),
                    r.painModels(),
                    r.redFlags(),
                    r.education(),
                    r.translations(),
                    new Rules.Replan(extend));
            Replanned b = replan(plan, sore, "sore.yaml", more);
            Review.Adjustment a = stageOf(b.block());
            int weeks = Math.min(extend, room);
            assertEquals("extended", a.change(), a.toString());
            assertEquals((load.weeks().size() + weeks) + " weeks", a.to(), a.toString());
            assertEquals(load.id(), b.block().stages().get(0).id(), a.toString());
            assertEquals(weeks, b.block().stages().get(0).weeks().size(), "the extra weeks of the stage: " + a);
            assertTrue(a.reason().startsWith("extended by " + weeks + " weeks"), a.reason());
        }
    }

    @Test
    void anExitTestedInTheClinicDecidesTheStage() {
        Planner.Plan plan = planner.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null);
        Program p = plan.programs().get(0);
        Program.StageBlock load = stage(p, "load");
        int min = load.firstWeek() + plan.blueprint().stage("load").weeks().min() - 1;
        java.time.LocalDate end = p.start().plusDays(7L * min - 1);
        // a sore log, but both criteria tested as met: the test decides, and the stage ends
        String sore = log(p, min, new Random(4), 10, 0);
        Replanned met =
                replan(plan, sore + "  - {date: " + end + ", stage: load, exit-met: [1, 2], pain: 2}\n", "m.yaml");
        Review.Adjustment a = stageOf(met.block());
        assertEquals("ends-early", a.change(), a.toString());
        assertTrue(a.rule().contains("every exit criterion tested as met"), a.toString());
        assertTrue(a.entries().get(0).startsWith("m.yaml:"), a.toString());
        // a perfect log, but criterion 2 not met as the stage ends: one more week
        java.time.LocalDate last = p.start().plusDays(7L * load.lastWeek() - 1);
        String good = log(p, load.lastWeek(), new Random(5), 0, 0);
        Replanned notMet = replan(plan, good + "  - {date: " + last + ", stage: load, exit-met: [1]}\n", "n.yaml");
        Review.Adjustment b = stageOf(notMet.block());
        assertEquals("extended", b.change(), b.toString());
        assertTrue(b.rule().contains("2 (") && b.rule().contains("not met"), b.toString());
        // met, but done with more pain than the criterion allows: not met
        Replanned painful =
                replan(plan, good + "  - {date: " + last + ", stage: load, exit-met: [1, 2], pain: 6}\n", "p.yaml");
        assertEquals(
                "extended",
                stageOf(painful.block()).change(),
                stageOf(painful.block()).toString());
    }

    private static Review.Adjustment stageOf(Program b) {
        return b.adjustments().stream()
                .filter(a -> a.subject().equals("stage"))
                .findFirst()
                .orElseThrow();
    }
}
