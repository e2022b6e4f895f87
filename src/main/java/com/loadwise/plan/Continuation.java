package com.loadwise.plan;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a re-plan carries on from: the facts of a check-in log up to its last logged week, and the review's
 * decisions. The engine plans the program again from its start (so stages, lighter weeks and ladders fall where they
 * fell), puts what was actually run in place of what was planned for the logged weeks, applies the decisions at
 * {@code fromWeek} and keeps the weeks from there on.
 *
 * @param fromWeek the first week of the new block (the week after the last logged one)
 * @param from its first day
 * @param log the log file, as messages and explanations name it
 * @param firstLoggedWeek the first week the log has an entry in
 * @param levels the level each reviewed exercise carries on at, by exercise id (level id)
 * @param current the level each reviewed exercise was at when the log ended (its from level), by exercise id
 * @param running the running decision (up, hold, down), or null when the log says nothing of running
 * @param stageReady whether the stage of the last logged week met its exit criteria (true), did not (false), or the
 *     log cannot tell (null)
 * @param stageReason why, in a clinician's words
 * @param stageEntries the log lines that decided it
 * @param runs the minutes taken as run on each planned run day of the logged weeks (0: missed or not logged)
 * @param given the run the program gave on each of those days (what the minutes were run as)
 * @param weekMinutes the minutes actually run in each logged week, by week number
 * @param longestRun the longest run of each logged week, by week number
 * @param review the review the decisions come from
 */
public record Continuation(
        int fromWeek,
        LocalDate from,
        String log,
        int firstLoggedWeek,
        Map<String, String> levels,
        Map<String, String> current,
        String running,
        Boolean stageReady,
        String stageReason,
        List<String> stageEntries,
        Map<LocalDate, Integer> runs,
        Map<LocalDate, Program.Run> given,
        Map<Integer, Integer> weekMinutes,
        Map<Integer, Integer> longestRun,
        Review review) {

    /**
     * The continuation of {@code program} (planned from the same profile) after {@code log}, judged by
     * {@code review}. Refused (an input error on the log) when the log reaches the program's last week.
     */
    public static Continuation of(Program program, CheckInLog log, Review review) {
        return of(program, log, review, 0);
    }

    /**
     * As {@link #of(Program, CheckInLog, Review)}, from week {@code fromWeek} when it is above 0 (a team's block
     * starts after the last week any athlete logged: the weeks after this athlete's last logged one count as not
     * run). {@code log} may then have no entries: the athlete's block starts with the team's, levels as planned.
     */
    public static Continuation of(Program program, CheckInLog log, Review review, int fromWeek) {
        if (review.lastDay() == null && fromWeek <= 0) {
            throw new InputException(Problem.inFile(
                    log.file(),
                    "the log has no entries, so there is nothing to re-plan from",
                    "add the sessions done (loadwise log PROFILE --date ... --done), or plan without --log"));
        }
        List<Program.Week> all = new ArrayList<>();
        Map<Integer, Program.StageBlock> stageOf = new TreeMap<>();
        for (Program.StageBlock s : program.stages()) {
            for (Program.Week w : s.weeks()) {
                all.add(w);
                stageOf.put(w.number(), s);
            }
        }
        Program.Week last = null;
        Integer firstLogged = null;
        LocalDate firstEntry = firstEntry(log);
        for (Program.Week w : all) {
            if (fromWeek > 0 ? w.number() < fromWeek : !w.start().isAfter(review.lastDay())) {
                last = w;
            }
            if (firstLogged == null && firstEntry != null && !w.end().isBefore(firstEntry)) {
                firstLogged = w.number();
            }
        }
        if (last == null || last.number() == all.get(all.size() - 1).number()) {
            throw new InputException(Problem.inFile(
                    log.file(),
                    "the log reaches the program's last week (" + program.end() + "), so no weeks are left to"
                            + " re-plan",
                    "plan the next block with a later review date (or more weeks) in the profile"));
        }
        fromWeek = last.number() + 1;
        Map<String, String> levels = new LinkedHashMap<>();
        Map<String, String> current = new LinkedHashMap<>();
        Map<String, Review.Adjustment> byId = new LinkedHashMap<>();
        Review.Adjustment run = null;
        for (Review.Adjustment a : review.adjustments()) {
            if (a.subject().equals("exercise")) {
                levels.put(a.id(), a.toLevel());
                current.put(a.id(), a.fromLevel());
                byId.put(a.id(), a);
            } else if (a.subject().equals("running")) {
                run = a;
            }
        }

        // the stage of the last logged week: ready when each of its main exercises that week met its move-up
        // criteria, the running may build and the last morning pain of the week was within the model's move-up limit
        Program.StageBlock stage = stageOf.get(last.number());
        Set<String> exercises = new LinkedHashSet<>();
        for (Program.Day d : last.days()) {
            for (Program.Session s : d.sessions()) {
                for (Program.Prescription p : s.items()) {
                    if (p.section().equals("main")) {
                        exercises.add(p.exercise());
                    }
                }
            }
        }
        int moveUpMax = program.painModel().limits().moveUpMax();
        Integer lastPain = review.painByWeek().get(last.number());
        List<String> entries = new ArrayList<>();
        List<String> notReady = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String id : exercises) {
            Review.Adjustment a = byId.get(id);
            if (a == null) {
                unknown.add(id + " has no logged session");
            } else {
                entries.addAll(a.entries());
                if (a.change().equals("down")) {
                    notReady.add(a.name() + " steps back");
                } else if (!Boolean.TRUE.equals(a.criteriaMet())) {
                    unknown.add(a.name() + " has not yet met its move-up criteria");
                }
            }
        }
        if (run != null) {
            entries.addAll(run.entries());
            if (run.change().equals("down")) {
                notReady.add("the running steps back");
            } else if (run.change().equals("hold")) {
                unknown.add("the running holds");
            }
        }
        if (lastPain != null && lastPain > moveUpMax) {
            notReady.add("pain the morning after reached " + lastPain + "/10 in week " + last.number() + " (above "
                    + moveUpMax + "/10)");
        }
        Boolean ready;
        String reason;
        // the stage's exit criteria as tested: the latest check of this stage decides, before anything else
        CheckInLog.StageCheck tested = null;
        for (CheckInLog.StageCheck c : log.checks()) {
            if (c.stage().equals(stage.id()) && (tested == null || !c.date().isBefore(tested.date()))) {
                tested = c;
            }
        }
        if (tested != null) {
            List<String> failed = new ArrayList<>();
            for (int k = 1; k <= stage.exit().size(); k++) {
                Criterion cr = stage.exit().get(k - 1);
                if (!tested.met().contains(k)) {
                    failed.add(k + " (" + cr.display() + ") not met");
                } else if (cr.painMax() != null && tested.pain() != null && tested.pain() > cr.painMax()) {
                    failed.add(k + " (" + cr.display() + ") done with pain " + tested.pain() + "/10");
                }
            }
            entries.add(0, log.file() + ":" + tested.position().line());
            if (failed.isEmpty()) {
                ready = true;
                reason = "every exit criterion tested as met on " + tested.date();
            } else {
                ready = false;
                reason = "exit criteria tested on " + tested.date() + ": " + String.join("; ", failed);
            }
        } else if (!notReady.isEmpty()) {
            ready = false;
            reason = String.join("; ", notReady);
        } else if (!unknown.isEmpty() || exercises.isEmpty()) {
            ready = null;
            reason = exercises.isEmpty() ? "no exercise of the stage was logged" : String.join("; ", unknown);
        } else {
            ready = true;
            reason = "every exercise of the stage met its move-up criteria"
                    + (run == null ? "" : ", the running may build")
                    + (lastPain == null
                            ? ""
                            : ", and the last morning pain (" + lastPain + "/10) was within " + moveUpMax + "/10");
        }

        // what was run: the week's logged minutes, else the planned runs logged as done; a run not logged counts
        // as not run, so the caps never rest on running nobody reported
        Map<LocalDate, Boolean> doneOn = new TreeMap<>();
        for (CheckInLog.SessionEntry e : log.sessions()) {
            Program.Day day = dayOf(all, e.date());
            if (day != null
                    && e.session() <= day.sessions().size()
                    && day.sessions().get(e.session() - 1).run() != null) {
                doneOn.merge(e.date(), e.done(), Boolean::logicalOr);
            }
        }
        Map<Integer, CheckInLog.WeekEntry> weekEntries = new TreeMap<>();
        for (CheckInLog.WeekEntry w : log.weeks()) {
            for (Program.Week pw : all) {
                if (pw.start().equals(w.weekOf())) {
                    weekEntries.put(pw.number(), w);
                }
            }
        }
        Map<LocalDate, Integer> runs = new TreeMap<>();
        Map<LocalDate, Program.Run> given = new TreeMap<>();
        Map<Integer, Integer> weekMinutes = new TreeMap<>();
        Map<Integer, Integer> longest = new TreeMap<>();
        int first = firstLogged == null ? fromWeek : firstLogged;
        for (Program.Week w : all) {
            if (w.number() < first || w.number() >= fromWeek) {
                continue;
            }
            Map<LocalDate, Integer> planned = new TreeMap<>();
            for (Program.Day d : w.days()) {
                for (Program.Session s : d.sessions()) {
                    if (s.run() != null && !s.type().equals("race")) {
                        planned.merge(d.date(), s.run().minutes(), Integer::sum);
                        given.put(d.date(), s.run());
                    }
                }
            }
            CheckInLog.WeekEntry we = weekEntries.get(w.number());
            boolean anyLogged = planned.keySet().stream().anyMatch(doneOn::containsKey);
            int total = 0;
            int top = 0;
            for (Map.Entry<LocalDate, Integer> p : planned.entrySet()) {
                boolean done = anyLogged
                        ? Boolean.TRUE.equals(doneOn.get(p.getKey()))
                        : we != null && we.runMinutes() != null && we.runMinutes() > 0;
                int m = done ? p.getValue() : 0;
                runs.put(p.getKey(), m);
                total += m;
                top = Math.max(top, m);
            }
            if (we != null && we.runMinutes() != null) {
                total = we.runMinutes();
            }
            if (we != null && we.longestRun() != null) {
                top = we.longestRun();
            }
            weekMinutes.put(w.number(), total);
            longest.put(w.number(), Math.min(top, total));
        }
        return new Continuation(
                fromWeek,
                last.end().plusDays(1),
                log.file(),
                first,
                levels,
                current,
                run == null ? null : run.change(),
                ready,
                "stage '" + stage.id() + "' after week " + last.number() + ": " + reason,
                entries.stream().distinct().toList(),
                runs,
                given,
                weekMinutes,
                longest,
                review);
    }

    private static LocalDate firstEntry(CheckInLog log) {
        LocalDate first = null;
        for (CheckInLog.SessionEntry e : log.sessions()) {
            first = first == null || e.date().isBefore(first) ? e.date() : first;
        }
        for (CheckInLog.WeekEntry e : log.weeks()) {
            first = first == null || e.weekOf().isBefore(first) ? e.weekOf() : first;
        }
        return first;
    }

    private static Program.Day dayOf(List<Program.Week> weeks, LocalDate date) {
        for (Program.Week w : weeks) {
            for (Program.Day d : w.days()) {
                if (d.date().equals(date)) {
                    return d;
                }
            }
        }
        return null;
    }
}
