package com.loadwise.plan;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.library.LevelRef;
import com.loadwise.library.PainLimits;
import com.loadwise.library.PainRule;
import com.loadwise.library.ProgressCriteria;
import com.loadwise.library.RegressCriteria;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a check-in log says about the program so far, by the same data the program was built from: each exercise's
 * level criteria ({@code progress-when}, {@code regress-when}) with the numbers of the program's pain model, and the
 * pain model again for the running. No pain number or session count is written here.
 *
 * <ul>
 *   <li>an exercise moves up when its last {@code sessions} logged sessions (in a row, none missed between) were done
 *       with pain during, and the next morning when the level asks for no flare, within its move-up limit;
 *   <li>it steps down when its last logged session was done with pain above its step-back limit, or the next
 *       morning above it when the level steps back after a flare; a missed last session, amber pain or too few
 *       sessions hold it;
 *   <li>the running holds when a logged run brought pain above the move-up limit (under a model that allows no pain,
 *       any pain), or any session done brought pain the next morning above it (the painful tissue had not settled,
 *       whatever loaded it), and steps back when above the step-back limit; otherwise it may build from the minutes
 *       actually run.
 * </ul>
 *
 * @param done sessions logged as done
 * @param logged sessions logged (done or missed)
 * @param planned sessions the program had up to the last logged day
 * @param painByWeek the highest next-morning pain of each program week with a score, by week number
 * @param adjustments the decisions, exercises in program order and then the running
 */
public record Review(
        LocalDate lastDay,
        int done,
        int logged,
        int planned,
        Map<Integer, Integer> painByWeek,
        List<Adjustment> adjustments) {

    /**
     * One decision.
     *
     * @param subject "exercise" or "running"
     * @param id the exercise id, or "running"
     * @param from the level (or the running) now
     * @param to the level (or the running) next
     * @param change up, hold or down
     * @param rule the rule, as a clinician reads it, with the data it comes from
     * @param reason why, in the client's words ("2 sessions in a row with pain at most 3/10 ...")
     * @param entries where in the log the entries that decided it are ("log.yaml:12")
     * @param fromLevel the id of the level now (exercises), or null
     * @param toLevel the id of the level next (exercises), or null
     * @param criteriaMet whether the level's move-up criteria were met (exercises: it moves up, or it would but is
     *     the top of its ladder), or null (running, stages)
     * @param why the reason as message words ({@code reason} is its English), or null
     */
    @com.fasterxml.jackson.annotation.JsonInclude(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL)
    public record Adjustment(
            String subject,
            String id,
            String name,
            String from,
            String to,
            String change,
            String rule,
            String reason,
            List<String> entries,
            String fromLevel,
            String toLevel,
            Boolean criteriaMet,
            @com.fasterxml.jackson.annotation.JsonIgnore Reason why) {

        /** A decision with no level ids (running, stages). */
        public Adjustment(
                String subject,
                String id,
                String name,
                String from,
                String to,
                String change,
                String rule,
                String reason,
                List<String> entries) {
            this(subject, id, name, from, to, change, rule, reason, entries, null, null, null, null);
        }

        /** A decision whose reason is message words (running). */
        Adjustment(
                String subject,
                String id,
                String name,
                String from,
                String to,
                String change,
                String rule,
                Reason why,
                List<String> entries) {
            this(subject, id, name, from, to, change, rule, why.english(), entries, null, null, null, why);
        }
    }

    /**
     * A reason in the client's words, as a message key ({@code review.KEY} in the bundles) and its arguments: numbers,
     * texts, dates (printed in the reader's language) and other reasons. The English is {@link #english()}.
     */
    public record Reason(String key, List<Object> args) {

        public static Reason of(String key, Object... args) {
            return new Reason(key, List.of(args));
        }

        /** The reason in {@code w}'s words. */
        public String words(com.loadwise.i18n.Messages w) {
            Object[] out = new Object[args.size()];
            for (int i = 0; i < out.length; i++) {
                Object a = args.get(i);
                out[i] = a instanceof LocalDate d ? d.format(w.date("day")) : a instanceof Reason r ? r.words(w) : a;
            }
            return w.format("review." + key, out);
        }

        public String english() {
            return words(com.loadwise.i18n.Messages.english());
        }
    }

    /** The review of {@code program} by {@code log}. */
    public static Review of(Program program, CheckInLog log, ExerciseLibrary library) {
        PainLimits pain = program.painModel().limits();
        Map<LocalDate, Program.Day> days = new TreeMap<>();
        Map<LocalDate, Integer> weekOf = new TreeMap<>();
        for (Program.StageBlock s : program.stages()) {
            for (Program.Week w : s.weeks()) {
                for (Program.Day d : w.days()) {
                    days.put(d.date(), d);
                    weekOf.put(d.date(), w.number());
                }
            }
        }
        LocalDate lastDay = null;
        for (CheckInLog.SessionEntry e : log.sessions()) {
            lastDay = lastDay == null || e.date().isAfter(lastDay) ? e.date() : lastDay;
        }
        for (CheckInLog.WeekEntry e : log.weeks()) {
            LocalDate end = e.weekOf().plusDays(6);
            lastDay = lastDay == null || end.isAfter(lastDay) ? end : lastDay;
        }
        for (CheckInLog.StageCheck e : log.checks()) {
            lastDay = lastDay == null || e.date().isAfter(lastDay) ? e.date() : lastDay;
        }
        int planned = 0;
        if (lastDay != null) {
            for (Program.Day d : days.values()) {
                if (!d.date().isAfter(lastDay)) {
                    planned += (int) d.sessions().stream()
                            .filter(s -> !s.type().equals("race"))
                            .count();
                }
            }
        }
        Map<Integer, Integer> painByWeek = new TreeMap<>();
        int done = 0;
        for (CheckInLog.SessionEntry e : log.sessions()) {
            done += e.done() ? 1 : 0;
            if (e.painNextMorning() != null) {
                painByWeek.merge(weekOf.get(e.date()), e.painNextMorning(), Math::max);
            }
        }

        // each main exercise's logged sessions, in order, with the level it was done at
        Map<String, List<Logged>> byExercise = new LinkedHashMap<>();
        List<Logged> runs = new ArrayList<>();
        List<CheckInLog.SessionEntry> others = new ArrayList<>(); // strength, plyometric and cross-training sessions
        for (CheckInLog.SessionEntry e : log.sessions()) {
            Program.Session s = days.get(e.date()).sessions().get(e.session() - 1);
            if (s.run() != null && !s.type().equals("race")) {
                runs.add(new Logged(e, null));
            } else if (s.run() == null) {
                others.add(e);
            }
            for (Program.Prescription x : s.items()) {
                if (x.section().equals("main")) {
                    String level = e.levels().getOrDefault(x.exercise(), x.level());
                    byExercise
                            .computeIfAbsent(x.exercise(), k -> new ArrayList<>())
                            .add(new Logged(e, level));
                }
            }
        }
        List<Adjustment> out = new ArrayList<>();
        for (Map.Entry<String, List<Logged>> x : byExercise.entrySet()) {
            library.exercise(x.getKey()).ifPresent(ex -> out.add(exercise(ex, x.getValue(), pain, log.file())));
        }
        if (!runs.isEmpty() || !log.weeks().isEmpty()) {
            out.add(running(program, runs, others, log, pain));
        }
        return new Review(lastDay, done, log.sessions().size(), planned, painByWeek, out);
    }

    /** A logged session of one exercise, at the level it was done at. */
    private record Logged(CheckInLog.SessionEntry entry, String level) {}

    private static Adjustment exercise(Exercise ex, List<Logged> logged, PainLimits pain, String file) {
        Logged last = logged.get(logged.size() - 1);
        Level level = ex.levels().stream()
                .filter(l -> l.id().equals(last.level()))
                .findFirst()
                .orElse(ex.levels().get(0));
        int index = ex.levels().indexOf(level);
        RegressCriteria down = level.regressWhen();
        ProgressCriteria up = level.progressWhen();
        CheckInLog.SessionEntry e = last.entry();
        if (!e.done()) {
            return adjust(
                    ex,
                    level,
                    level,
                    "hold",
                    "a missed session holds the level",
                    Reason.of("missed", e.date()),
                    List.of(e),
                    file);
        }
        if (down != null) {
            int limit = down.pain() == PainRule.ANY ? 0 : pain.stepBackAbove();
            boolean during = down.pain() != null && e.painDuring() != null && e.painDuring() > limit;
            boolean flare = Boolean.TRUE.equals(down.nextDayFlare())
                    && e.painNextMorning() != null
                    && e.painNextMorning() > pain.stepBackAbove();
            if (during || flare) {
                Level to = step(ex, level.regressTo(), index - 1);
                String why = (during
                                ? "pain during above " + limit + "/10"
                                : "pain the next morning above " + pain.stepBackAbove() + "/10")
                        + " steps back a level (regress-when)";
                Reason reason = Reason.of(
                        during ? "down.during" : "down.morning", during ? limit : pain.stepBackAbove(), e.date());
                return adjust(
                        ex,
                        level,
                        to,
                        to == level ? "hold" : "down",
                        to == level ? why + "; this is already the first level, so it holds" : why,
                        to == level ? Reason.of("easiest", reason) : reason,
                        List.of(e),
                        file);
            }
        }
        if (up == null) {
            return adjust(
                    ex,
                    level,
                    level,
                    "hold",
                    "this level has no criteria to move up",
                    Reason.of("noStepUp"),
                    List.of(e),
                    file);
        }
        int need = up.sessions() == null ? 1 : up.sessions();
        int limit = up.pain() == PainRule.NONE ? 0 : pain.moveUpMax();
        boolean morning = Boolean.TRUE.equals(up.noNextDayFlare());
        List<CheckInLog.SessionEntry> inARow = new ArrayList<>();
        for (int i = logged.size() - 1; i >= 0 && inARow.size() < need; i--) {
            Logged l = logged.get(i);
            CheckInLog.SessionEntry s = l.entry();
            boolean green = s.done()
                    && l.level().equals(level.id())
                    && (up.pain() == null || (s.painDuring() != null && s.painDuring() <= limit))
                    && (!morning || (s.painNextMorning() != null && s.painNextMorning() <= limit));
            if (!green) {
                break;
            }
            inARow.add(0, s);
        }
        String rule = need + " session" + (need == 1 ? "" : "s") + " in a row"
                + (up.pain() == null
                        ? ""
                        : limit == 0
                                ? " without pain during" + (morning ? " or the next morning" : "")
                                : " with pain during" + (morning ? " and the next morning" : "") + " at most " + limit
                                        + "/10")
                + " moves up a level (progress-when)";
        Reason good = Reason.of(
                (up.pain() == null
                                ? "inARow"
                                : limit == 0
                                        ? morning ? "inARow.painFreeMorning" : "inARow.painFree"
                                        : morning ? "inARow.withinMorning" : "inARow.within")
                        + (need == 1 ? ".one" : ".other"),
                need,
                limit);
        if (inARow.size() == need) {
            Level to = step(ex, level.progressTo(), index + 1);
            return to == level
                    ? adjust(
                            ex,
                            level,
                            level,
                            "hold",
                            rule + "; this is the top of the ladder",
                            Reason.of("hardest", good),
                            inARow,
                            file,
                            true)
                    : adjust(ex, level, to, "up", rule, good, inARow, file, true);
        }
        return adjust(
                ex,
                level,
                level,
                "hold",
                rule + ": " + inARow.size() + " so far, so the level holds",
                inARow.isEmpty()
                        ? notYet(e, up.pain() != null, morning, limit)
                        : Reason.of("soFar", inARow.size(), good),
                inARow.isEmpty() ? List.of(e) : inARow,
                file);
    }

    /**
     * Why the last session {@code e} does not count towards moving up: a pain score the criteria need and the log
     * leaves out (during the session, or the next morning), else pain above {@code limit}.
     */
    private static Reason notYet(CheckInLog.SessionEntry e, boolean duringNeeded, boolean morningNeeded, int limit) {
        if (duringNeeded && e.painDuring() == null) {
            return Reason.of("notYet.noScore", e.date());
        }
        if (morningNeeded && e.painNextMorning() == null) {
            return Reason.of("notYet.noMorning", e.date());
        }
        return Reason.of(limit == 0 ? "notYet.painFree" : "notYet.within", e.date(), limit);
    }

    /** The level a reference names in the same ladder, or the level at {@code index}, or the level itself. */
    private static Level step(Exercise ex, LevelRef ref, int index) {
        if (ref != null && ref.exerciseId().equals(ex.id())) {
            for (Level l : ex.levels()) {
                if (l.id().equals(ref.levelId())) {
                    return l;
                }
            }
        }
        Level current = ex.levels().get(Math.max(0, Math.min(ex.levels().size() - 1, index)));
        return current;
    }

    private static Adjustment adjust(
            Exercise ex,
            Level from,
            Level to,
            String change,
            String rule,
            Reason reason,
            List<CheckInLog.SessionEntry> entries,
            String file) {
        return adjust(ex, from, to, change, rule, reason, entries, file, false);
    }

    private static Adjustment adjust(
            Exercise ex,
            Level from,
            Level to,
            String change,
            String rule,
            Reason reason,
            List<CheckInLog.SessionEntry> entries,
            String file,
            boolean criteriaMet) {
        return new Adjustment(
                "exercise",
                ex.id(),
                ex.name(),
                from.name(),
                to.name(),
                change,
                rule,
                reason.english(),
                entries.stream().map(s -> file + ":" + s.position().line()).toList(),
                from.id(),
                to.id(),
                criteriaMet,
                reason);
    }

    /**
     * The running's decision: the runs' pain during and the next morning, and the next-morning pain of the other
     * sessions done ({@code others}), since the morning after tells how the painful tissue took the whole day's load.
     */
    private static Adjustment running(
            Program p, List<Logged> runs, List<CheckInLog.SessionEntry> others, CheckInLog log, PainLimits pain) {
        int planned = 0;
        int actual = 0;
        boolean any = false;
        for (CheckInLog.WeekEntry w : log.weeks()) {
            for (Program.StageBlock s : p.stages()) {
                for (Program.Week pw : s.weeks()) {
                    if (pw.start().equals(w.weekOf()) && w.runMinutes() != null) {
                        planned += pw.runMinutes();
                        actual += w.runMinutes();
                        any = true;
                    }
                }
            }
        }
        String volume = any ? actual + " of " + planned + " planned minutes run" : "no weekly minutes logged";
        List<CheckInLog.SessionEntry> painful = new ArrayList<>();
        List<CheckInLog.SessionEntry> red = new ArrayList<>();
        Set<CheckInLog.SessionEntry> isRun = Collections.newSetFromMap(new IdentityHashMap<>());
        runs.forEach(l -> isRun.add(l.entry()));
        Set<CheckInLog.SessionEntry> isOther = Collections.newSetFromMap(new IdentityHashMap<>());
        isOther.addAll(others);
        // in log order, so the last of each list is the latest session that decided
        for (CheckInLog.SessionEntry e : log.sessions()) {
            boolean run = isRun.contains(e);
            if (!e.done() || (!run && !isOther.contains(e))) {
                continue;
            }
            int morning = e.painNextMorning() == null ? 0 : e.painNextMorning();
            int worst = run ? Math.max(e.painDuring() == null ? 0 : e.painDuring(), morning) : morning;
            if (worst > pain.moveUpMax()) {
                painful.add(e);
            }
            if (worst > pain.stepBackAbove()) {
                red.add(e);
            }
        }
        String file = log.file();
        if (!red.isEmpty()) {
            CheckInLog.SessionEntry last = red.get(red.size() - 1);
            return new Adjustment(
                    "running",
                    "running",
                    "Running",
                    volume,
                    "a step back on the running ladder",
                    "down",
                    (pain.stepBackAbove() == 0
                                    ? "any pain during or after a run, or the morning after any session, stops the"
                                            + " running progression and steps it back"
                                    : "pain during or after a run, or the morning after any session, above "
                                            + pain.stepBackAbove() + "/10 steps the running back")
                            + " (" + p.painModel().name() + ")",
                    runReason(last, isRun.contains(last), pain.stepBackAbove()),
                    red.stream().map(s -> file + ":" + s.position().line()).toList());
        }
        if (!painful.isEmpty()) {
            CheckInLog.SessionEntry last = painful.get(painful.size() - 1);
            return new Adjustment(
                    "running",
                    "running",
                    "Running",
                    volume,
                    "the same running, no more",
                    "hold",
                    (pain.moveUpMax() == 0
                                    ? "any pain during or after a run, or the morning after any session,"
                                    : "pain during or after a run, or the morning after any session, above "
                                            + pain.moveUpMax() + "/10,")
                            + " stops the running progression (" + p.painModel().name() + ")",
                    runReason(last, isRun.contains(last), pain.moveUpMax()),
                    painful.stream().map(s -> file + ":" + s.position().line()).toList());
        }
        return new Adjustment(
                "running",
                "running",
                "Running",
                volume,
                any ? "build from the minutes actually run" : "build as planned",
                "up",
                (pain.moveUpMax() == 0
                                ? "pain-free runs and mornings after"
                                : "runs and mornings after within " + pain.moveUpMax() + "/10")
                        + " let the running build, under the weekly cap, the two-week"
                        + " ceiling and the single-run guardrail applied to what was run",
                any
                        ? Reason.of(
                                pain.moveUpMax() == 0 ? "run.painFree.volume" : "run.within.volume",
                                pain.moveUpMax(),
                                actual,
                                planned)
                        : Reason.of(pain.moveUpMax() == 0 ? "run.painFree" : "run.within", pain.moveUpMax()),
                List.of());
    }

    /** Why the running does not build: the latest painful session, a run or the morning after another session. */
    private static Reason runReason(CheckInLog.SessionEntry last, boolean run, int limit) {
        if (run) {
            return limit == 0 ? Reason.of("run.pain", last.date()) : Reason.of("run.painAbove", limit, last.date());
        }
        return limit == 0
                ? Reason.of("run.painMorning", last.date())
                : Reason.of("run.painMorningAbove", limit, last.date());
    }
}
