package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.loadwise.export.Json;
import com.loadwise.io.Bundled;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Intent;
import com.loadwise.library.Level;
import com.loadwise.library.LibraryLoader;
import com.loadwise.library.PainLimits;
import com.loadwise.library.PainRule;
import com.loadwise.testing.PainNumbers;
import com.loadwise.yaml.InputException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine's safety invariants, checked on 1,200 generated profiles. Each case is named by its seed; rerun one
 * with {@code ProfileGenerator.generate(seed)}. The checks recompute every rule from the inputs, not from the
 * engine's own notes.
 */
class EngineInvariantsTest {

    static ExerciseLibrary library;
    static Rules rules;
    static Map<String, Blueprint> blueprints;
    static ProfileGenerator generator;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().load(List.of());
        rules = new RulesReader().read(Bundled.libraryRoot());
        blueprints = new LinkedHashMap<>();
        Path dir = Bundled.libraryRoot().resolve("blueprints");
        for (String id : Planner.ids(dir)) {
            blueprints.put(id, new BlueprintReader(library, rules).read(dir.resolve(id + ".yaml"), id));
        }
        generator = new ProfileGenerator(library, rules, blueprints);
    }

    static LongStream seeds() {
        // -Dloadwise.invariant-seeds=N runs a deeper sweep outside the suite (the suite runs 1,200)
        return LongStream.rangeClosed(1, Long.getLong("loadwise.invariant-seeds", 1200));
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void everyGeneratedProfileGivesASafeProgram(long seed) {
        ProfileGenerator.Case c = generator.generate(seed);
        Engine engine = new Engine(library, rules);
        for (Profile.Athlete athlete : c.profile().athletes()) {
            Program p;
            try {
                p = engine.plan(c.blueprint(), c.profile(), athlete);
            } catch (InputException e) {
                fail("seed " + seed + ": a valid profile was refused: " + e.problems());
                return;
            }
            String where = "seed " + seed + " (" + c.blueprint().id() + ", "
                    + c.profile().kind() + ")";
            runningCaps(c, p, where);
            boneStressGate(c, p, where);
            deloadsAndTaper(c, p, where);
            equipmentAndTags(c, p, where);
            heavySpacingAndDays(c, p, where);
            ClinicalInvariants.check(c, p, where, rules, library);
            painNumbersFollowThePainModel(c, p, where);
            stageCriteriaAgreeWithTheRedFlags(p, where);
            redFlagsFitThePainModelAndTheReader(c, p, where);
            Program again = engine.plan(c.blueprint(), c.profile(), athlete);
            assertEquals(p, again, where + ": the same inputs gave a different program");
            assertEquals(Json.write(p), Json.write(again), where + ": JSON differs between runs");
        }
    }

    /** Effective weekly cap: blueprint or policy, tightened by past injuries. */
    private static int weeklyCap(ProfileGenerator.Case c) {
        int cap = c.blueprint().running() != null && c.blueprint().running().weeklyCap() != null
                ? c.blueprint().running().weeklyCap()
                : rules.running().weeklyCap();
        for (String i : c.profile().pastInjuries()) {
            Integer injuryCap = rules.pastInjuries().get(i).weeklyCap();
            if (injuryCap != null) {
                cap = Math.min(cap, injuryCap);
            }
        }
        return cap;
    }

    private static void runningCaps(ProfileGenerator.Case c, Program p, String where) {
        int cap = weeklyCap(c);
        int singleCap =
                c.blueprint().running() != null && c.blueprint().running().singleRunCap() != null
                        ? c.blueprint().running().singleRunCap()
                        : rules.running().singleRunCap();
        int before = c.profile().running() == null ? 0 : c.profile().running().weeklyMinutes();
        List<Integer> weekly = new ArrayList<>(List.of(before, before));
        TreeMap<LocalDate, Integer> runs = new TreeMap<>();
        if (c.profile().running() != null && c.profile().running().longestRunMinutes() > 0) {
            runs.put(p.start().minusDays(1), c.profile().running().longestRunMinutes());
        }
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                int total = 0;
                for (Program.Day d : w.days()) {
                    for (Program.Session session : d.sessions()) {
                        if (!session.type().equals("run")) {
                            continue;
                        }
                        int m = session.run().minutes();
                        int longest = runs
                                .subMap(d.date().minusDays(rules.running().lookbackDays()), true, d.date(), false)
                                .values()
                                .stream()
                                .mapToInt(Integer::intValue)
                                .max()
                                .orElse(0);
                        if (longest > 0) {
                            assertTrue(
                                    m * 100 <= longest * singleCap,
                                    where + ": run of " + m + " min on " + d.date() + " exceeds " + singleCap
                                            + "% of the longest run of the previous 30 days (" + longest + ")");
                        }
                        runs.merge(d.date(), m, Math::max);
                        total += m;
                    }
                }
                assertEquals(total, w.runMinutes(), where + ": week " + w.number() + " total is wrong");
                int prev = weekly.get(weekly.size() - 1);
                int prev2 = weekly.get(weekly.size() - 2);
                if (prev > 0) {
                    assertTrue(
                            total * 100 <= prev * (100 + cap),
                            where + ": week " + w.number() + " running " + total + " min is more than " + cap
                                    + "% above the week before (" + prev + ")");
                }
                if (prev2 > 0) {
                    assertTrue(
                            total * 100 <= prev2 * (100 + rules.running().twoWeekCap()),
                            where + ": week " + w.number() + " running " + total + " min is more than "
                                    + rules.running().twoWeekCap() + "% above two weeks before (" + prev2 + ")");
                }
                weekly.add(total);
            }
        }
    }

    private static void boneStressGate(ProfileGenerator.Case c, Program p, String where) {
        if (!c.blueprint().painModel().equals("bone-stress")) {
            return;
        }
        for (Program.StageBlock s : p.stages()) {
            Blueprint.Stage stage = c.blueprint().stage(s.id());
            if (stage.running().mode() != Blueprint.RunMode.NONE) {
                return; // from here on running is permitted
            }
            for (Program.Week w : s.weeks()) {
                for (Program.Day d : w.days()) {
                    for (Program.Session session : d.sessions()) {
                        assertTrue(
                                !session.type().equals("run") && !session.type().equals("plyometric"),
                                where + ": " + session.type() + " on " + d.date() + " before running is permitted");
                        for (Program.Prescription x : session.items()) {
                            assertEquals(
                                    "none",
                                    x.impact(),
                                    where + ": " + x.exercise() + "/" + x.level() + " has impact before running is"
                                            + " permitted");
                        }
                    }
                }
            }
        }
    }

    private static void deloadsAndTaper(ProfileGenerator.Case c, Program p, String where) {
        Rules.Deload deload = c.blueprint().deload() != null
                ? c.blueprint().deload()
                : new Rules.Deload(
                        rules.deloadEveryByExperience().get(c.profile().experience()),
                        rules.deload().volumeCut(),
                        rules.deload().rirIncrease());
        for (Program.StageBlock s : p.stages()) {
            Map<String, Program.Prescription> lastOfPrevWeek = new HashMap<>();
            for (Program.Week w : s.weeks()) {
                assertEquals(
                        lighterWeeks(p, deload.every()).contains(w.number()),
                        w.deload(),
                        where + ": week " + w.number() + " lighter weeks " + lighterWeeks(p, deload.every()));
                Map<String, Program.Prescription> last = new HashMap<>();
                for (Program.Day d : w.days()) {
                    for (Program.Session session : d.sessions()) {
                        for (Program.Prescription x : session.items()) {
                            if (!session.type().equals("strength")
                                    && !session.type().equals("plyometric")) {
                                continue;
                            }
                            String key = x.section() + ":" + x.exercise() + "/" + x.level();
                            Program.Prescription prev = lastOfPrevWeek.get(key);
                            if (w.deload() && prev != null) {
                                int expected =
                                        Math.max(1, (int) Math.round(prev.sets() * (100 - deload.volumeCut()) / 100.0));
                                assertEquals(
                                        expected,
                                        x.sets(),
                                        where + ": deload week " + w.number() + " " + key + " sets not cut by "
                                                + deload.volumeCut() + "% from " + prev.sets());
                            }
                            last.put(key, x);
                        }
                    }
                }
                lastOfPrevWeek = last;
            }
        }
        if (p.race() != null) {
            assertEquals(p.race().date(), p.end(), where + ": the plan does not end on race day");
            Program.Week lastWeek = lastWeek(p);
            Program.Day lastDay = lastWeek.days().get(lastWeek.days().size() - 1);
            assertEquals(p.race().date(), lastDay.date(), where + ": the last day is not race day");
            assertTrue(
                    lastDay.sessions().stream().anyMatch(x -> x.type().equals("race")),
                    where + ": no race session on race day");
            boolean hasTaperStage = c.blueprint()
                    .stages()
                    .get(c.blueprint().stages().size() - 1)
                    .taper();
            long weeks = ChronoUnit.DAYS.between(p.start(), p.end()) / 7 + 1;
            if (hasTaperStage && weeks > 1) {
                assertTrue(lastWeek.taper(), where + ": the race week is not a taper week");
            }
        }
    }

    private static void equipmentAndTags(ProfileGenerator.Case c, Program p, String where) {
        Set<String> excluded = new LinkedHashSet<>(c.blueprint().excludedTags());
        excluded.addAll(c.profile().excludedTags());
        for (String i : c.profile().pastInjuries()) {
            excluded.addAll(rules.pastInjuries().get(i).excludedTags());
        }
        for (Program.StageBlock s : p.stages()) {
            Set<String> stageExcluded = new LinkedHashSet<>(excluded);
            stageExcluded.addAll(c.blueprint().stage(s.id()).excludedTags());
            for (Program.Week w : s.weeks()) {
                for (Program.Day d : w.days()) {
                    for (Program.Session session : d.sessions()) {
                        for (Program.Prescription x : session.items()) {
                            assertTrue(
                                    c.profile().equipment().containsAll(x.equipment()),
                                    where + ": " + x.exercise() + "/" + x.level() + " needs " + x.equipment());
                            for (String t : x.tags()) {
                                assertTrue(
                                        !stageExcluded.contains(t),
                                        where + ": " + x.exercise() + "/" + x.level() + " carries excluded tag " + t);
                            }
                        }
                    }
                }
            }
        }
    }

    private static void heavySpacingAndDays(ProfileGenerator.Case c, Program p, String where) {
        Map<String, LocalDate> lastHeavy = new HashMap<>();
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                for (Program.Day d : w.days()) {
                    for (Program.Session session : d.sessions()) {
                        if (!session.type().equals("race")) {
                            assertTrue(
                                    c.profile().days().contains(d.date().getDayOfWeek()),
                                    where + ": " + session.type() + " on " + d.date() + ", not an available day");
                        }
                        for (Program.Prescription x : session.items()) {
                            if (!x.section().equals("main")
                                    || !rules.strength().heavyIntents().contains(Intent.fromId(x.intent()))) {
                                continue;
                            }
                            LocalDate before = lastHeavy.get(x.pattern());
                            if (before != null && !before.equals(d.date())) {
                                long hours = ChronoUnit.DAYS.between(before, d.date()) * 24;
                                assertTrue(
                                        hours >= rules.strength().heavyGapHours(),
                                        where + ": heavy " + x.pattern() + " on " + before + " and " + d.date());
                            }
                            lastHeavy.put(x.pattern(), d.date());
                        }
                    }
                }
            }
        }
    }

    /**
     * Every Nth week before the taper is lighter; one that would open a stage comes a week early (a stage starts on
     * a working week), unless that week opens a stage too.
     */
    static Set<Integer> lighterWeeks(Program p, int every) {
        Set<Integer> starts = new java.util.HashSet<>();
        int lastMain = 0;
        for (Program.StageBlock s : p.stages()) {
            starts.add(s.firstWeek());
            if (s.weeks().stream().noneMatch(Program.Week::taper)) {
                lastMain = s.lastWeek();
            }
        }
        Set<Integer> out = new java.util.TreeSet<>();
        boolean taperFollows =
                p.stages().get(p.stages().size() - 1).weeks().stream().anyMatch(Program.Week::taper);
        for (int n = every; n <= lastMain; n += every) {
            if (taperFollows && n == lastMain) {
                continue;
            }
            boolean early = starts.contains(n) && n - 1 > 1 && !starts.contains(n - 1) && !out.contains(n - 1);
            out.add(early ? n - 1 : n);
        }
        return out;
    }

    private static Program.Week lastWeek(Program p) {
        Program.StageBlock s = p.stages().get(p.stages().size() - 1);
        return s.weeks().get(s.weeks().size() - 1);
    }

    /**
     * Every pain number the program prints (cards, stage criteria, the pain guide, red flags, education, after a
     * flare) is one of the pain model's, and each card's pain rule is the model's: the move-up limit (with the amber
     * zone) on "move up when" and the step-back limit on "step back after", recomputed from the level in the library.
     */
    private static void painNumbersFollowThePainModel(ProfileGenerator.Case c, Program p, String where) {
        Rules.PainModel model = rules.painModels().get(c.blueprint().painModel());
        PainLimits l = model.limits();
        List<String> texts = new ArrayList<>();
        texts.add(p.painModel().green());
        texts.add(p.painModel().red());
        if (p.painModel().amber() != null) {
            texts.add(p.painModel().amber());
        }
        assertEquals(
                l.repeatMax() == null, p.painModel().amber() == null, where + ": an amber zone without repeat-max");
        assertTrue(
                p.painModel().green().startsWith(l.greenRange()),
                where + ": " + p.painModel().green());
        assertTrue(
                p.painModel().red().startsWith(l.redRange()),
                where + ": " + p.painModel().red());
        texts.add(p.painModel().nextMorning());
        texts.add(p.painModel().afterFlare());
        texts.addAll(p.redFlags());
        texts.addAll(p.urgentFlags());
        p.education().forEach(e -> texts.addAll(e.paragraphs()));
        for (Program.StageBlock s : p.stages()) {
            texts.add(s.afterFlare());
            s.entry().forEach(x -> texts.add(x.display()));
            s.exit().forEach(x -> texts.add(x.display()));
            for (Program.Week w : s.weeks()) {
                for (Program.Day d : w.days()) {
                    for (Program.Session session : d.sessions()) {
                        for (Program.Prescription x : session.items()) {
                            cardPainRules(x, l, where);
                            if (x.moveUpWhen() != null) {
                                texts.add(x.moveUpWhen());
                            }
                            if (x.moveDownAfter() != null) {
                                texts.add(x.moveDownAfter());
                            }
                        }
                    }
                }
            }
        }
        for (String t : texts) {
            List<String> wrong = PainNumbers.inconsistent(t, l);
            assertTrue(wrong.isEmpty(), where + ": pain numbers disagree with pain model " + model.id() + ": " + wrong);
        }
    }

    private static void cardPainRules(Program.Prescription x, PainLimits l, String where) {
        Level level =
                library.exercise(x.exercise()).orElseThrow().level(x.level()).orElseThrow();
        String at = where + ", " + x.exercise() + "/" + x.level();
        PainRule up = level.progressWhen() == null ? null : level.progressWhen().pain();
        if (up == PainRule.NONE || (up == PainRule.WITHIN_MODEL && l.moveUpMax() == 0)) {
            assertTrue(x.moveUpWhen().contains("pain-free"), at + ": " + x.moveUpWhen());
        } else if (up == PainRule.WITHIN_MODEL) {
            String amber = l.amberRange() == null
                    ? ""
                    : " (" + l.amberRange().replace(" out of 10", "/10") + ": repeat this level)";
            assertTrue(
                    x.moveUpWhen().contains("pain \u2264 " + l.moveUpMax() + "/10" + amber),
                    at + ": " + x.moveUpWhen());
        }
        PainRule down = level.regressWhen() == null ? null : level.regressWhen().pain();
        if (down == PainRule.ANY || (down == PainRule.ABOVE_MODEL && l.stepBackAbove() == 0)) {
            assertTrue(x.moveDownAfter().startsWith("any pain"), at + ": " + x.moveDownAfter());
        } else if (down == PainRule.ABOVE_MODEL) {
            assertTrue(
                    x.moveDownAfter().startsWith("pain above " + l.stepBackAbove() + "/10"),
                    at + ": " + x.moveDownAfter());
        }
    }

    /**
     * A stage criterion never allows pain at rest or at night (the red flags say to report it), never calls itself
     * pain-free while allowing pain, and a side-to-side comparison in percent names what to count.
     */
    private static void stageCriteriaAgreeWithTheRedFlags(Program p, String where) {
        Pattern rest = Pattern.compile("(?i)at rest|at night|while resting");
        Pattern painFree = Pattern.compile("(?i)pain-free|pain free|without pain|no pain");
        for (Program.StageBlock s : p.stages()) {
            List<Criterion> all = new ArrayList<>(s.entry());
            all.addAll(s.exit());
            for (Criterion x : all) {
                boolean allowsPain = x.painMax() != null && x.painMax() > 0;
                String at = where + ", stage " + s.id() + ": '" + x.display() + "'";
                assertFalse(allowsPain && rest.matcher(x.text()).find(), at + " allows pain at rest or at night");
                assertFalse(allowsPain && painFree.matcher(x.text()).find(), at + " says pain-free but allows pain");
                if (x.text().contains("%")) {
                    assertTrue(
                            x.text().matches("(?s).*\\b(reps|seconds|repetitions)\\b.*"),
                            at + " compares in percent without saying what to count");
                }
            }
        }
    }

    /**
     * Red flags fit the reader: every program lists the low-back and the clicking, catching or giving-way flags;
     * under the bone-stress model no flag suggests that pain which eases while running is acceptable, nor asks about
     * a "previous" bone stress injury; a reader whose profile names no clinician is never told about "your
     * clinician"; no placeholder is left unworded.
     */
    private static void redFlagsFitThePainModelAndTheReader(ProfileGenerator.Case c, Program p, String where) {
        assertTrue(p.redFlags().stream().anyMatch(f -> f.contains("low back")), where + ": no low-back flag");
        assertTrue(
                p.redFlags().stream().anyMatch(f -> f.contains("catches") && f.contains("gives way")),
                where + ": no clicking, catching or giving-way flag");
        if (c.blueprint().painModel().equals("bone-stress")) {
            for (String f : p.redFlags()) {
                assertFalse(
                        f.matches("(?is).*(instead of (easing|settling)|as you warm up|had a bone stress injury).*"),
                        where + ": bone-stress flag reads as if easing pain were fine: " + f);
            }
        }
        String json = Json.write(p);
        assertFalse(json.contains("{contact}") || json.contains("{Contact}"), where + ": a placeholder is left");
        if (c.profile().clinician() == null) {
            assertFalse(
                    json.toLowerCase(Locale.ROOT).contains("clinician"),
                    where + ": a reader with no clinician is told about one");
        }
    }
}
