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
            if (!log.sessions().isEmpty() || !log.weeks().isEmpty()) {
                since = HandoutBuilder.since(p, Review.of(p, log, library));
            }
        }
        Map<String, String> f = form == null ? Map.of() : form;
        return new Views.CheckIns(
                action,
                rows,
                !rows.isEmpty(),
                since,
                all,
                !all.isEmpty(),
                new Views.CheckInForm(
                        f.getOrDefault("date", ""),
                        f.getOrDefault("session", "1"),
                        "missed".equals(f.get("done")),
                        painChoices(f.getOrDefault("pain-during", "")),
                        painChoices(f.getOrDefault("pain-next-morning", "")),
                        f.getOrDefault("note", "")),
                Views.Message.of(added ? "Check-in added." : null),
                printedBy);
    }

    /** The form as sent and what was wrong with it; no problems means the entry was added. */
    record Sent(Map<String, String> form, List<String> problems) {}

    /**
     * Adds the form's check-in with the same code as {@code loadwise log} ({@link CheckInLogs#append}); a refused one
     * leaves the log as it was (and makes no folder) and comes back with its problems.
     */
    Sent add(Context ctx, Workspace ws, Program p, ExerciseLibrary library) {
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
        return new Sent(f, problems);
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
