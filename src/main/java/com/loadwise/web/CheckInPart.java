package com.loadwise.web;

import com.loadwise.library.ExerciseLibrary;
import com.loadwise.plan.CheckInLog;
import com.loadwise.plan.CheckInLogReader;
import com.loadwise.plan.CheckInLogs;
import com.loadwise.plan.Dates;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.HandoutView;
import com.loadwise.yaml.InputException;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check-ins part of a page, for a client ({@code logs/SLUG.yaml}) and for an athlete of a team
 * ({@code logs/teams/TEAM/ATHLETE.yaml}): the log read against the program with the CLI's reader, its review as the
 * handout's "Since last time" page prints it, and the form, whose entry is added by {@link CheckInLogs#append} as
 * {@code loadwise log} adds one. One log file and the program it is checked against; the page says which.
 *
 * @param folder the folder of the log file
 * @param name the log's file name ({@code SLUG.yaml})
 * @param shown the log as problems name it ({@code logs/SLUG.yaml})
 * @param action where the form posts to
 * @param printedBy which downloads print the review
 */
record CheckInPart(Path folder, String name, String shown, String action, String printedBy) {

    /** The log read against {@code p}, or null when there is none yet. */
    CheckInLog read(Program p, ExerciseLibrary library) {
        Path file = folder.resolve(name);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        return new CheckInLogReader(library).read(file, shown, p);
    }

    /** Whether the log has anything the next block would follow. */
    static boolean hasEntries(CheckInLog log) {
        return log != null
                && (!log.sessions().isEmpty()
                        || !log.weeks().isEmpty()
                        || !log.checks().isEmpty());
    }

    /** The part as the page shows it: the log, its review and the form ({@code form} as sent, or null for empty). */
    Views.CheckIns view(
            Program p, ExerciseLibrary library, Map<String, String> form, List<String> problems, boolean added) {
        List<Views.CheckInRow> rows = new ArrayList<>();
        List<Views.RunWeekRow> weeks = new ArrayList<>();
        List<Views.StageCheckRow> checks = new ArrayList<>();
        HandoutView.Since since = null;
        List<String> all = new ArrayList<>(problems);
        CheckInLog log;
        try {
            log = read(p, library);
        } catch (InputException e) {
            // the profile was edited (a new start, fewer weeks) and the log no longer fits its program
            log = null;
            all.add("The check-in log no longer fits this plan; correct it or start a new one:");
            e.problems().forEach(x -> all.add(x.format()));
        }
        if (log != null) {
            for (CheckInLog.SessionEntry e : log.sessions()) {
                rows.add(new Views.CheckInRow(
                        e.date().toString(),
                        String.valueOf(e.session()),
                        e.done() ? "done" : "missed",
                        e.painDuring() == null ? "" : e.painDuring() + "/10",
                        e.painNextMorning() == null ? "" : e.painNextMorning() + "/10",
                        e.note() == null ? "" : e.note()));
            }
            for (CheckInLog.WeekEntry e : log.weeks()) {
                weeks.add(new Views.RunWeekRow(
                        e.weekOf().toString(),
                        e.runMinutes() == null ? "" : e.runMinutes() + " min",
                        e.longestRun() == null ? "" : e.longestRun() + " min",
                        e.note() == null ? "" : e.note()));
            }
            for (CheckInLog.StageCheck c : log.checks()) {
                Program.StageBlock st = stage(p, c.stage());
                checks.add(new Views.StageCheckRow(
                        c.date().toString(),
                        st == null ? c.stage() : st.name(),
                        c.met().isEmpty()
                                ? "none"
                                : c.met().stream()
                                                .map(String::valueOf)
                                                .collect(java.util.stream.Collectors.joining(", "))
                                        + (st == null ? "" : " of " + st.exit().size()),
                        c.pain() == null ? "" : c.pain() + "/10",
                        c.note() == null ? "" : c.note()));
            }
            if (!log.sessions().isEmpty() || !log.weeks().isEmpty()) {
                since = HandoutBuilder.since(p, Review.of(p, log, library));
            }
        }
        Map<String, String> f = form == null ? Map.of() : form;
        boolean week = "week".equals(f.get("kind"));
        boolean check = "check".equals(f.get("kind"));
        week = week || check; // the session form starts empty after either of the others
        boolean runs = p.stages().stream()
                .flatMap(st -> st.weeks().stream())
                .flatMap(w -> w.days().stream())
                .flatMap(d -> d.sessions().stream())
                .anyMatch(x -> x.run() != null);
        return new Views.CheckIns(
                action,
                rows,
                !rows.isEmpty(),
                weeks,
                !weeks.isEmpty(),
                since,
                all,
                !all.isEmpty(),
                new Views.CheckInForm(
                        week ? "" : f.getOrDefault("date", ""),
                        week ? "1" : f.getOrDefault("session", "1"),
                        !week && "missed".equals(f.get("done")),
                        painChoices(week ? "" : f.getOrDefault("pain-during", "")),
                        painChoices(week ? "" : f.getOrDefault("pain-next-morning", "")),
                        week ? "" : f.getOrDefault("note", "")),
                runs
                        ? new Views.WeekForm(
                                !check && week ? f.getOrDefault("week-of", "") : "",
                                !check && week ? f.getOrDefault("run-minutes", "") : "",
                                !check && week ? f.getOrDefault("longest-run", "") : "",
                                !check && week ? f.getOrDefault("note", "") : "")
                        : null,
                checkForm(p, log, check ? f : Map.of()),
                checks,
                !checks.isEmpty(),
                Views.Message.of(added ? "Check-in added." : null),
                printedBy);
    }

    /**
     * The stage-check form for the stage a check now decides (that of the last logged entry; the first stage before
     * any), its exit criteria numbered as the handout prints them under "Move on when".
     */
    private static Views.CheckForm checkForm(Program p, CheckInLog log, Map<String, String> f) {
        Program.StageBlock st = p.stages().get(0);
        LocalDate last = null;
        if (log != null) {
            for (CheckInLog.SessionEntry e : log.sessions()) {
                last = last == null || e.date().isAfter(last) ? e.date() : last;
            }
            for (CheckInLog.WeekEntry e : log.weeks()) {
                last = last == null || e.weekOf().isAfter(last) ? e.weekOf() : last;
            }
        }
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                if (last != null && !last.isBefore(w.start()) && !last.isAfter(w.end())) {
                    st = s;
                }
            }
        }
        if (st.exit().isEmpty()) {
            return null;
        }
        List<Views.Choice> criteria = new ArrayList<>();
        java.util.Set<String> met =
                new java.util.HashSet<>(List.of(f.getOrDefault("exit-met", "").split(",")));
        for (int i = 0; i < st.exit().size(); i++) {
            String n = String.valueOf(i + 1);
            criteria.add(new Views.Choice(n, n + ". " + st.exit().get(i).display(), met.contains(n)));
        }
        return new Views.CheckForm(
                st.id(),
                st.name() + " (weeks " + st.firstWeek() + "\u2013" + st.lastWeek() + ")",
                f.getOrDefault("date", ""),
                criteria,
                painChoices(f.getOrDefault("pain", "")),
                f.getOrDefault("note", ""));
    }

    private static Program.StageBlock stage(Program p, String id) {
        return p.stages().stream().filter(s -> s.id().equals(id)).findFirst().orElse(null);
    }

    /** The form as sent and what was wrong with it; no problems means the entry was added. */
    record Sent(Map<String, String> form, List<String> problems) {}

    /**
     * Adds the form's check-in with the same code as {@code loadwise log} ({@link CheckInLogs#append}); a refused one
     * leaves the log as it was (and makes no folder) and comes back with its problems.
     */
    Sent add(Context ctx, Workspace ws, Program p, ExerciseLibrary library) {
        if ("week".equals(ctx.formParam("kind"))) {
            return addWeek(ctx, ws, p, library);
        }
        if ("check".equals(ctx.formParam("kind"))) {
            return addCheck(ctx, ws, p, library);
        }
        Map<String, String> f = new LinkedHashMap<>();
        for (String k : List.of("date", "session", "done", "pain-during", "pain-next-morning", "note")) {
            String v = ctx.formParam(k);
            f.put(k, v == null ? "" : v.strip());
        }
        List<String> problems = new ArrayList<>();
        LocalDate date = Dates.parse(f.get("date"));
        if (date == null) {
            problems.add(
                    f.get("date").isEmpty()
                            ? "Date: give the day of the session (" + Dates.HOW + ")"
                            : "Date: '" + f.get("date") + "' is not a date (" + Dates.whyNot(f.get("date")) + "; "
                                    + Dates.HOW + ")");
        }
        Integer session = number(f.get("session"), "Session", problems);
        Integer during = number(f.get("pain-during"), "Pain during", problems);
        Integer morning = number(f.get("pain-next-morning"), "Pain the next morning", problems);
        if (!f.get("done").equals("done") && !f.get("done").equals("missed")) {
            problems.add("Done or missed: choose one");
        }
        if (problems.isEmpty()) {
            CheckInLogs.NewEntry entry = new CheckInLogs.NewEntry(
                    date,
                    session,
                    f.get("done").equals("done"),
                    Map.of(),
                    Map.of(),
                    during,
                    morning,
                    null,
                    null,
                    null,
                    f.get("note"));
            append(ws, p, library, entry, problems);
        }
        return new Sent(f, problems);
    }

    /**
     * A week's running (as {@code loadwise log --week-of DATE --run-minutes MIN [--longest-run MIN]} adds it): the
     * minutes actually run, which the next block builds from instead of the planned ones.
     */
    private Sent addWeek(Context ctx, Workspace ws, Program p, ExerciseLibrary library) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "week");
        for (String k : List.of("week-of", "run-minutes", "longest-run", "note")) {
            String v = ctx.formParam(k);
            f.put(k, v == null ? "" : v.strip());
        }
        List<String> problems = new ArrayList<>();
        LocalDate weekOf = Dates.parse(f.get("week-of"));
        if (weekOf == null) {
            problems.add(
                    f.get("week-of").isEmpty()
                            ? "Week starting: give the first day of the program week (" + Dates.HOW + ")"
                            : "Week starting: '" + f.get("week-of") + "' is not a date ("
                                    + Dates.whyNot(f.get("week-of")) + "; " + Dates.HOW + ")");
        }
        Integer minutes = number(f.get("run-minutes"), "Minutes run", problems);
        Integer longest = number(f.get("longest-run"), "Longest run", problems);
        if (minutes == null && f.get("run-minutes").isEmpty()) {
            problems.add("Minutes run: give the minutes run that week (0 if none)");
        }
        if (problems.isEmpty()) {
            CheckInLogs.NewEntry entry = new CheckInLogs.NewEntry(
                    null, null, null, Map.of(), Map.of(), null, null, weekOf, minutes, longest, f.get("note"));
            append(ws, p, library, entry, problems);
        }
        return new Sent(f, problems);
    }

    /**
     * A stage check (as {@code loadwise log --date DATE --stage STAGE --exit-met 1,2 --pain N} adds it): the stage's
     * exit criteria as tested at a visit, which a re-plan uses to end the stage early or extend it.
     */
    private Sent addCheck(Context ctx, Workspace ws, Program p, ExerciseLibrary library) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("kind", "check");
        for (String k : List.of("date", "stage", "pain", "note")) {
            String v = ctx.formParam(k);
            f.put(k, v == null ? "" : v.strip());
        }
        List<String> met = ctx.formParams("exit-met");
        f.put("exit-met", String.join(",", met));
        List<String> problems = new ArrayList<>();
        LocalDate date = Dates.parse(f.get("date"));
        if (date == null) {
            problems.add(
                    f.get("date").isEmpty()
                            ? "Date of the check: give the day of the tests (" + Dates.HOW + ")"
                            : "Date of the check: '" + f.get("date") + "' is not a date (" + Dates.whyNot(f.get("date"))
                                    + "; " + Dates.HOW + ")");
        }
        List<Integer> numbers = new ArrayList<>();
        for (String m : met) {
            Integer n = number(m, "Criteria met", problems);
            if (n != null) {
                numbers.add(n);
            }
        }
        Integer pain = number(f.get("pain"), "Pain during the tests", problems);
        if (problems.isEmpty()) {
            append(
                    ws,
                    p,
                    library,
                    CheckInLogs.NewEntry.check(date, f.get("stage"), numbers, pain, f.get("note")),
                    problems);
        }
        return new Sent(f, problems);
    }

    /** Appends {@code entry} with the CLI's code, or adds why it was refused to {@code problems}. */
    private void append(
            Workspace ws, Program p, ExerciseLibrary library, CheckInLogs.NewEntry entry, List<String> problems) {
        try {
            ws.update(
                    folder,
                    name,
                    before -> CheckInLogs.append(new CheckInLogReader(library), p, shown, before, entry)
                            .text());
        } catch (InputException e) {
            e.problems().forEach(x -> problems.add(x.format()));
        }
    }

    private static List<Views.Choice> painChoices(String chosen) {
        List<Views.Choice> out = new ArrayList<>();
        out.add(new Views.Choice("", "not noted", chosen.isEmpty()));
        for (int i = 0; i <= 10; i++) {
            out.add(new Views.Choice(String.valueOf(i), i + "/10", chosen.equals(String.valueOf(i))));
        }
        return out;
    }

    /** A whole number from a form field, or null when it is empty. */
    private static Integer number(String text, String label, List<String> problems) {
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException e) {
            problems.add(label + ": '" + text + "' is not a whole number");
            return null;
        }
    }
}
