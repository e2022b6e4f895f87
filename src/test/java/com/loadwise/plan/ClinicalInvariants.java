package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.library.Dose;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Intent;
import com.loadwise.library.Level;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clinical invariants of issue 17, checked on every generated program by {@link EngineInvariantsTest}: lighter
 * weeks are lighter in everything, impact is introduced gently, duration comes before speed, a long run is long,
 * a taper cuts volume and keeps frequency, a stage schedules the sessions it lists, and the walk/jog ladder climbs
 * one rung at a time. Each is recomputed from the program and the rule files, not from the engine's notes.
 */
final class ClinicalInvariants {

    private static final Pattern TEST_DOSE = Pattern.compile("(\\d+) sets of (\\d+) ([a-z -]+)");

    private ClinicalInvariants() {}

    static void check(ProfileGenerator.Case c, Program p, String where, Rules rules, ExerciseLibrary library) {
        List<Program.Week> weeks = new ArrayList<>();
        Map<Integer, Blueprint.Stage> stageOf = new HashMap<>();
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                weeks.add(w);
                stageOf.put(w.number(), c.blueprint().stage(s.id()));
            }
        }
        lighterWeeksAreLighter(weeks, where);
        impactStartsLow(c, p, weeks, where, library);
        oneChangeAWeek(c, weeks, where, rules);
        runGaps(c, p, weeks, stageOf, where, rules);
        longRunsAreLong(weeks, where);
        durationBeforeSpeed(weeks, stageOf, where, rules);
        taper(c, weeks, where, rules);
        stagesScheduleWhatTheyList(p, c, weeks, where, rules);
        walkJogLadder(weeks, where, rules);
        runStepsAddUp(weeks, where);
    }

    /**
     * Every run's steps (what a watch workout and the plan text show) add up to its minutes; the hard pieces hold
     * its work minutes less at most 5 s each for rounding; no step is empty; a warm-up and a cool-down are easy.
     */
    private static void runStepsAddUp(List<Program.Week> weeks, String where) {
        for (Program.Week w : weeks) {
            for (Program.Run r : runs(w)) {
                RunSteps steps = RunSteps.of(r);
                String at = where + " week " + w.number() + " " + r.name() + " " + r.minutes() + " min";
                List<RunSteps.Step> flat = steps.flat();
                assertEquals(
                        r.minutes() * 60,
                        flat.stream().mapToInt(RunSteps.Step::seconds).sum(),
                        at + ": steps");
                for (RunSteps.Step s : flat) {
                    assertTrue(s.seconds() > 0, at + ": an empty step " + s);
                }
                int hard = flat.stream()
                        .filter(s -> s.kind() == RunSteps.Kind.HARD)
                        .mapToInt(RunSteps.Step::seconds)
                        .sum();
                int work = r.workMinutes() == null ? 0 : r.workMinutes() * 60;
                int pieces = r.repeats() == null ? 1 : r.repeats();
                assertTrue(hard <= work && hard >= work - 5 * pieces, at + ": hard " + hard + " s of " + work);
            }
        }
    }

    /** Each exercise's first prescription of the week (what one session of it holds). */
    private static Map<String, Program.Prescription> firstOfWeek(Program.Week w) {
        Map<String, Program.Prescription> out = new LinkedHashMap<>();
        for (Program.Day d : w.days()) {
            for (Program.Session s : d.sessions()) {
                for (Program.Prescription x : s.items()) {
                    out.putIfAbsent(x.exercise(), x);
                }
            }
        }
        return out;
    }

    private static int contacts(Program.Prescription x) {
        return x.sets() * (x.reps() == null ? 0 : x.reps()) * (x.eachSide() ? 2 : 1);
    }

    private static int weekContacts(Program.Week w) {
        int n = 0;
        for (Program.Day d : w.days()) {
            for (Program.Session s : d.sessions()) {
                for (Program.Prescription x : s.items()) {
                    if (!x.impact().equals("none")) {
                        n += contacts(x);
                    }
                }
            }
        }
        return n;
    }

    private static List<Program.Run> runs(Program.Week w) {
        List<Program.Run> out = new ArrayList<>();
        for (Program.Day d : w.days()) {
            for (Program.Session s : d.sessions()) {
                if (s.type().equals("run")) {
                    out.add(s.run());
                }
            }
        }
        return out;
    }

    /** A lighter week has no more ground contacts, running minutes or exercises than the week before. */
    private static void lighterWeeksAreLighter(List<Program.Week> weeks, String where) {
        for (int i = 1; i < weeks.size(); i++) {
            Program.Week w = weeks.get(i);
            Program.Week before = weeks.get(i - 1);
            if (!w.deload()) {
                continue;
            }
            assertTrue(
                    weekContacts(w) <= weekContacts(before),
                    where + ": lighter week " + w.number() + " has " + weekContacts(w) + " ground contacts, week "
                            + before.number() + " had " + weekContacts(before));
            assertTrue(
                    w.runMinutes() <= before.runMinutes(),
                    where + ": lighter week " + w.number() + " runs " + w.runMinutes() + " min, the week before "
                            + before.runMinutes());
            for (String ex : firstOfWeek(w).keySet()) {
                assertTrue(
                        firstOfWeek(before).containsKey(ex),
                        where + ": lighter week " + w.number() + " brings a new exercise, " + ex);
            }
        }
    }

    /**
     * An impact exercise (or a new level of one) starts at the low end of its dose, and never above a test dose a
     * stage criterion names for it ("3 sets of 20 pogo hops").
     */
    private static void impactStartsLow(
            ProfileGenerator.Case c, Program p, List<Program.Week> weeks, String where, ExerciseLibrary library) {
        Map<String, int[]> tests = new HashMap<>();
        for (Program.StageBlock s : p.stages()) {
            List<Criterion> all = new ArrayList<>(s.entry());
            all.addAll(s.exit());
            for (Criterion cr : all) {
                Matcher m = TEST_DOSE.matcher(cr.text().toLowerCase(Locale.ROOT));
                while (m.find()) {
                    for (var e : library.all()) {
                        if (m.group(3).startsWith(e.id().replace('-', ' '))) {
                            tests.put(e.id(), new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))});
                        }
                    }
                }
            }
        }
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Program.Week w : weeks) {
            for (Program.Prescription x : firstOfWeek(w).values()) {
                if (x.impact().equals("none") || !x.section().equals("main")) {
                    continue;
                }
                String key = x.exercise() + "/" + x.level();
                if (!seen.add(key)) {
                    continue;
                }
                Level level = library.exercise(x.exercise())
                        .orElseThrow()
                        .level(x.level())
                        .orElseThrow();
                Dose d = level.doses().get(Intent.fromId(x.intent()));
                if (d != null && d.reps() != null && x.reps() != null) {
                    assertTrue(
                            x.sets() <= d.sets().min() && x.reps() <= d.reps().min(),
                            where + ": " + key + " starts at " + x.sets() + " x " + x.reps() + " in week " + w.number()
                                    + ", above the low end of its dose "
                                    + d.sets().min() + " x " + d.reps().min());
                }
                int[] t = tests.get(x.exercise());
                if (t != null && x.reps() != null && !seenExercise(seen, x.exercise(), key)) {
                    assertTrue(
                            contacts(x) <= t[0] * t[1] * (x.eachSide() ? 2 : 1),
                            where + ": " + key + " starts at " + x.sets() + " x " + x.reps() + ", more than its test "
                                    + t[0] + " x " + t[1]);
                }
            }
        }
    }

    private static boolean seenExercise(java.util.Set<String> seen, String exercise, String exceptKey) {
        return seen.stream().anyMatch(k -> !k.equals(exceptKey) && k.startsWith(exercise + "/"));
    }

    /**
     * Under a one-change pain model no working week raises both the running and the impact over the last working
     * week.
     */
    private static void oneChangeAWeek(ProfileGenerator.Case c, List<Program.Week> weeks, String where, Rules rules) {
        if (!rules.returnToRun().oneChangeAWeek().contains(c.blueprint().painModel())) {
            return;
        }
        Program.Week last = null;
        for (Program.Week w : weeks) {
            if (w.deload() || w.taper()) {
                continue;
            }
            if (last != null) {
                Map<String, Program.Prescription> now = firstOfWeek(w);
                Map<String, Program.Prescription> before = firstOfWeek(last);
                boolean impactUp = false;
                int a = 0;
                int b = 0;
                for (Program.Prescription x : now.values()) {
                    if (x.impact().equals("none")) {
                        continue;
                    }
                    Program.Prescription y = before.get(x.exercise());
                    impactUp |= y == null || !y.level().equals(x.level());
                    a += contacts(x);
                    b += y == null ? 0 : contacts(y);
                }
                impactUp |= a > b;
                assertTrue(
                        !(impactUp && w.runMinutes() > last.runMinutes()),
                        where + ": week " + w.number() + " raises both impact (" + b + " -> " + a
                                + " contacts or a new jumping exercise) and running (" + last.runMinutes() + " -> "
                                + w.runMinutes() + " min) over week " + last.number());
            }
            last = w;
        }
    }

    /** Runs keep the stage's minimum days between them, across weeks and stages. */
    private static void runGaps(
            ProfileGenerator.Case c,
            Program p,
            List<Program.Week> weeks,
            Map<Integer, Blueprint.Stage> stageOf,
            String where,
            Rules rules) {
        LocalDate last = null;
        for (Program.Week w : weeks) {
            int gap = RunningPlanner.minDaysBetween(rules, stageOf.get(w.number()));
            for (Program.Day d : w.days()) {
                if (d.sessions().stream().noneMatch(s -> s.type().equals("run"))) {
                    continue;
                }
                if (last != null) {
                    assertTrue(
                            d.date().toEpochDay() - last.toEpochDay() >= gap,
                            where + ": runs on " + last + " and " + d.date() + ", the stage wants " + gap
                                    + " days between runs");
                }
                last = d.date();
            }
        }
    }

    /** A run called long is longer than every easy run of its week. */
    private static void longRunsAreLong(List<Program.Week> weeks, String where) {
        for (Program.Week w : weeks) {
            List<Program.Run> runs = runs(w);
            for (Program.Run l : runs) {
                if (!l.type().equals("long")) {
                    continue;
                }
                for (Program.Run e : runs) {
                    if (e != l && (e.type().equals("easy") || e.type().equals("long"))) {
                        assertTrue(
                                l.minutes() > e.minutes() || e.type().equals("long") && e.minutes() == l.minutes(),
                                where + ": week " + w.number() + " long run " + l.minutes() + " min is not longer than"
                                        + " an easy run of " + e.minutes());
                    }
                }
            }
        }
    }

    private static boolean quality(Rules rules, Program.Run r) {
        Rules.RunType t = rules.runTypes().get(r.type());
        return t != null && t.workShare() != null;
    }

    /** No quality run in a stage with a duration target before an easy run of that length. */
    private static void durationBeforeSpeed(
            List<Program.Week> weeks, Map<Integer, Blueprint.Stage> stageOf, String where, Rules rules) {
        int longestEasy = 0;
        for (Program.Week w : weeks) {
            Integer target = stageOf.get(w.number()).running().speedAfterMinutes();
            for (Program.Day d : w.days()) {
                for (Program.Session s : d.sessions()) {
                    if (!s.type().equals("run")) {
                        continue;
                    }
                    Program.Run r = s.run();
                    if (quality(rules, r) && target != null) {
                        assertTrue(
                                longestEasy >= target,
                                where + ": " + r.type() + " in week " + w.number() + " before an easy run of " + target
                                        + " min (longest " + longestEasy + ")");
                    }
                    if (r.type().equals("easy") || r.type().equals("long")) {
                        longestEasy = Math.max(longestEasy, r.minutes());
                    }
                }
            }
        }
    }

    /**
     * A taper week runs less than the week before, no run longer than the week before's longest, no quality run
     * with more hard minutes than the plan has had, and as many runs as the first taper week's run days allow.
     */
    private static void taper(ProfileGenerator.Case c, List<Program.Week> weeks, String where, Rules rules) {
        int maxWork = 0;
        for (int i = 0; i < weeks.size(); i++) {
            Program.Week w = weeks.get(i);
            List<Program.Run> runs = runs(w);
            if (!w.taper()) {
                for (Program.Run r : runs) {
                    maxWork = Math.max(maxWork, r.workMinutes() == null ? 0 : r.workMinutes());
                }
                continue;
            }
            if (i == 0) {
                continue;
            }
            Program.Week before = weeks.get(i - 1);
            List<Program.Run> prevRuns = runs(before);
            if (before.runMinutes() > 0) {
                assertTrue(
                        w.runMinutes() < before.runMinutes(),
                        where + ": taper week " + w.number() + " runs " + w.runMinutes() + " min, not less than "
                                + before.runMinutes());
            }
            int prevLongest =
                    prevRuns.stream().mapToInt(Program.Run::minutes).max().orElse(0);
            for (Program.Run r : runs) {
                if (r.type().equals("race")) {
                    continue;
                }
                assertTrue(
                        prevLongest == 0 || r.minutes() <= prevLongest,
                        where + ": taper week " + w.number() + " has a " + r.minutes() + "-min run, longer than any"
                                + " of the week before (" + prevLongest + ")");
                if (maxWork > 0 && r.workMinutes() != null) {
                    assertTrue(
                            r.workMinutes() <= maxWork,
                            where + ": taper week " + w.number() + " has " + r.workMinutes()
                                    + " hard minutes, more than any run before the taper (" + maxWork + ")");
                }
            }
            boolean firstTaper = !before.taper();
            long realRuns = runs.stream().filter(r -> !r.type().equals("race")).count();
            // as many runs as the week before, on the same weekdays, except those that fall too close to the race
            Rules.Taper t = c.blueprint().taper() != null ? c.blueprint().taper() : rules.taper();
            LocalDate lastRun = c.profile().race() == null
                    ? w.end()
                    : c.profile().race().date().minusDays(t.lastRunDaysBefore());
            java.util.Set<java.time.DayOfWeek> runDays = new java.util.HashSet<>();
            for (Program.Day d : before.days()) {
                if (d.sessions().stream().anyMatch(x -> x.type().equals("run"))) {
                    runDays.add(d.date().getDayOfWeek());
                }
            }
            long possible = w.days().stream()
                    .filter(d -> runDays.contains(d.date().getDayOfWeek())
                            && !d.date().isAfter(lastRun))
                    .count();
            if (firstTaper
                    && possible > 0
                    && w.runMinutes() / possible >= rules.running().minRunMinutes()) {
                assertTrue(
                        realRuns >= possible,
                        where + ": taper week " + w.number() + " has " + realRuns + " runs where " + possible
                                + " of the week before's run days remain (a taper keeps the frequency)");
            }
        }
    }

    /**
     * A stage schedules every quality run type it lists when it has enough working weeks with room for one, and
     * a stage's text names no run type it does not list.
     */
    private static void stagesScheduleWhatTheyList(
            Program p, ProfileGenerator.Case c, List<Program.Week> weeks, String where, Rules rules) {
        for (Blueprint.Stage st : c.blueprint().stages()) {
            String text = st.purpose().toLowerCase(Locale.ROOT);
            for (Map.Entry<String, Rules.RunType> t : rules.runTypes().entrySet()) {
                if (t.getValue().workShare() == null) {
                    continue;
                }
                String word = t.getKey().equals("hills") ? "hill" : t.getKey();
                if (text.contains(word)) {
                    assertTrue(
                            st.running().types().contains(t.getKey()),
                            where + ": stage " + st.id() + " promises " + word + " but does not list " + t.getKey());
                }
            }
        }
        int longestEasy = 0;
        for (Program.StageBlock s : p.stages()) {
            Blueprint.Stage st = c.blueprint().stage(s.id());
            List<String> listed = st.running().types().stream()
                    .filter(t -> rules.runTypes().get(t).workShare() != null)
                    .toList();
            int roomy = 0;
            java.util.Set<String> found = new java.util.HashSet<>();
            for (Program.Week w : s.weeks()) {
                List<Program.Run> runs = runs(w);
                for (Program.Run r : runs) {
                    if (quality(rules, r)) {
                        found.add(r.type());
                    }
                }
                boolean speedOk = st.running().speedAfterMinutes() == null
                        || longestEasy >= st.running().speedAfterMinutes();
                if (!w.deload() && speedOk && roomForQuality(w)) {
                    roomy++;
                }
                for (Program.Run r : runs) {
                    if (r.type().equals("easy") || r.type().equals("long")) {
                        longestEasy = Math.max(longestEasy, r.minutes());
                    }
                }
            }
            if (roomy >= listed.size()) {
                for (String t : listed) {
                    assertTrue(
                            found.contains(t),
                            where + ": stage " + s.id() + " lists " + t + " but schedules none in " + roomy
                                    + " working weeks with room for one");
                }
            }
        }
    }

    /** A week with a run that is not the long run and not the day before or after it. */
    private static boolean roomForQuality(Program.Week w) {
        LocalDate longDay = null;
        List<LocalDate> others = new ArrayList<>();
        for (Program.Day d : w.days()) {
            for (Program.Session s : d.sessions()) {
                if (s.type().equals("run")) {
                    if (s.run().type().equals("long")) {
                        longDay = d.date();
                    } else {
                        others.add(d.date());
                    }
                }
            }
        }
        for (LocalDate d : others) {
            if (longDay == null || Math.abs(d.toEpochDay() - longDay.toEpochDay()) > 1) {
                return true;
            }
        }
        return false;
    }

    /**
     * The walk/jog ladder climbs one rung at a time, each rung at least repeat-each-level times, a lighter week
     * climbs no rung, and each rung adds at most six minutes of jogging to a session.
     */
    private static void walkJogLadder(List<Program.Week> weeks, String where, Rules rules) {
        List<Rules.WalkJog> ladder = rules.returnToRun().levels();
        for (int i = 1; i < ladder.size(); i++) {
            int a = ladder.get(i - 1).jog() * ladder.get(i - 1).repeats();
            int b = ladder.get(i).jog() * ladder.get(i).repeats();
            assertTrue(b >= a && b - a <= 6, "running.yaml: walk/jog rung " + (i + 1) + " jumps " + a + " -> " + b);
        }
        int rung = -1;
        int times = 0;
        for (Program.Week w : weeks) {
            int weekStart = rung;
            for (Program.Run r : runs(w)) {
                int k = -1;
                for (int i = 0; i < ladder.size(); i++) {
                    Rules.WalkJog l = ladder.get(i);
                    boolean same = r.type().equals("walk-jog")
                            ? r.walkMinutes() == l.walk() && r.jogMinutes() == l.jog() && r.repeats() == l.repeats()
                            : l.continuous()
                                    && r.minutes() == l.totalMinutes()
                                    && r.name().startsWith("Continuous");
                    if (same) {
                        k = i;
                    }
                }
                if (k < 0) {
                    continue; // a shortened session or a run after the ladder
                }
                if (k != rung) {
                    assertTrue(
                            k <= rung + 1,
                            where + ": walk/jog jumps from rung " + (rung + 1) + " to " + (k + 1) + " in week "
                                    + w.number());
                    if (k > rung && rung >= 0) {
                        assertTrue(
                                times >= rules.returnToRun().repeatEachLevel(),
                                where + ": walk/jog rung " + (rung + 1) + " done " + times + " times before moving up");
                    }
                    if (k > rung) {
                        assertTrue(
                                !w.deload() || weekStart < 0,
                                where + ": lighter week " + w.number() + " moves the walk/jog ladder up");
                    }
                    rung = k;
                    times = 0;
                }
                times++;
            }
        }
    }
}
