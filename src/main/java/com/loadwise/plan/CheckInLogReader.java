package com.loadwise.plan;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import com.loadwise.yaml.YamlReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Reads a check-in log and checks it against the program it logs: every date inside the program, every session one
 * the program has, pain scores 0-10, levels that exist in the exercise's ladder, the log's client the program's,
 * entries in date order and none twice. Every problem is reported at once, at its line and column.
 */
public final class CheckInLogReader {

    static final List<String> TOP = List.of("client", "entries");
    static final List<String> SESSION =
            List.of("date", "session", "done", "levels", "loads", "pain-during", "pain-next-morning", "note");
    static final List<String> WEEK = List.of("week-of", "run-minutes", "longest-run", "note");
    static final List<String> CHECK = List.of("date", "stage", "exit-met", "pain", "note");
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private final ExerciseLibrary library;
    private final YamlReader reader = new YamlReader();

    public CheckInLogReader(ExerciseLibrary library) {
        this.library = library;
    }

    /** The log in {@code file}, checked against {@code program}. */
    public CheckInLog read(Path file, String shownAs, Program program) {
        return check(reader.read(file, shownAs), shownAs, program);
    }

    /** The log in {@code bytes} (a log about to be written), checked against {@code program}. */
    public CheckInLog parse(byte[] bytes, String shownAs, Program program) {
        return check(reader.parse(bytes, shownAs), shownAs, program);
    }

    private CheckInLog check(YamlDocument doc, String shownAs, Program program) {
        Problems problems = new Problems();
        YamlMap m = YamlMap.of(shownAs, doc.root(), problems, "a check-in log");
        problems.throwIfAny();
        m.rejectUnknown(TOP, "a check-in log");
        String client = m.text("client", true);
        if (client != null && !client.equals(program.athlete())) {
            m.problem(
                    "client",
                    "this log is for '" + client + "', but the profile is for '" + program.athlete() + "'",
                    "use " + program.athlete() + "'s own log, or correct the name if it is theirs");
        }
        Map<LocalDate, Program.Day> days = new HashMap<>();
        Map<LocalDate, Program.Week> weekStarts = new LinkedHashMap<>();
        for (Program.StageBlock s : program.stages()) {
            for (Program.Week w : s.weeks()) {
                weekStarts.put(w.start(), w);
                for (Program.Day d : w.days()) {
                    days.put(d.date(), d);
                }
            }
        }
        List<CheckInLog.SessionEntry> sessions = new ArrayList<>();
        List<CheckInLog.WeekEntry> weeks = new ArrayList<>();
        List<YamlMap> entries = m.maps("entries", 0, 5000, false);
        LocalDate last = null;
        Position lastAt = null;
        LocalDate lastWeek = null;
        Position lastWeekAt = null;
        Map<String, Position> seen = new HashMap<>();
        List<CheckInLog.StageCheck> checks = new ArrayList<>();
        for (YamlMap e : entries == null ? List.<YamlMap>of() : entries) {
            if (e.has("exit-met") || e.has("stage")) {
                check(e, program, seen).ifPresent(checks::add);
                continue;
            }
            boolean week = e.has("week-of");
            e.rejectUnknown(week ? WEEK : SESSION, week ? "a weekly entry" : "a session entry");
            String key = week ? "week-of" : "date";
            LocalDate date = ProfileReader.date(e, key, true);
            if (date == null) {
                continue;
            }
            if (date.isBefore(program.start()) || date.isAfter(program.end())) {
                e.problem(
                        key,
                        date + " is "
                                + (date.isBefore(program.start())
                                        ? "before the program starts"
                                        : "after the program ends")
                                + " (it runs from " + program.start() + " to " + program.end() + ")",
                        "check the date; a new program gets a new log");
                continue;
            }
            // sessions in date order, and weeks in date order (a week's running is logged when the week is over)
            LocalDate before = week ? lastWeek : last;
            if (before != null && date.isBefore(before)) {
                e.problem(
                        key,
                        "this entry (" + date + ") comes after one of " + before + " (line "
                                + (week ? lastWeekAt : lastAt).line() + ")",
                        "keep the entries in date order; 'loadwise log' adds them in order");
            } else if (week) {
                lastWeek = date;
                lastWeekAt = e.positionOf(key);
            } else {
                last = date;
                lastAt = e.positionOf(key);
            }
            if (week) {
                Program.Week w = weekStarts.get(date);
                if (w == null) {
                    e.problem(
                            key,
                            date + " is not the first day of a program week",
                            "the program's weeks start on " + weekday(program.start()) + "s, e.g. "
                                    + weekStarts.keySet().iterator().next());
                    continue;
                }
                String id = "week " + date;
                Integer minutes = e.integer("run-minutes", 0, 7 * 24 * 60, false);
                Integer longest = e.integer("longest-run", 0, 24 * 60, false);
                if (minutes != null && longest != null && longest > minutes) {
                    e.problem(
                            "longest-run",
                            "the longest run (" + longest + " min) is longer than the week's running (" + minutes
                                    + " min)",
                            "check both numbers");
                }
                if (minutes == null && longest == null) {
                    e.problemHere("a weekly entry says nothing", "add run-minutes and longest-run");
                }
                if (duplicate(seen, id, e, key)) {
                    continue;
                }
                weeks.add(new CheckInLog.WeekEntry(date, minutes, longest, e.text("note", false), e.position()));
                continue;
            }
            Integer number = e.has("session") ? e.integer("session", 1, 20, true) : Integer.valueOf(1);
            Program.Day day = days.get(date);
            List<Program.Session> planned = day == null ? List.of() : day.sessions();
            if (planned.isEmpty()) {
                e.problem("date", "the program has no session on " + date.format(DAY), sessionDays(date, days));
                continue;
            }
            if (number == null) {
                continue;
            }
            if (number > planned.size()) {
                e.problem(
                        "session",
                        "the program has " + planned.size() + " session" + (planned.size() == 1 ? "" : "s") + " on "
                                + date.format(DAY) + ", not " + number,
                        "use session: 1" + (planned.size() > 1 ? " to " + planned.size() : ""));
                continue;
            }
            Program.Session session = planned.get(number - 1);
            Boolean done = e.bool("done", true);
            Integer during = e.integer("pain-during", 0, 10, false);
            Integer morning = e.integer("pain-next-morning", 0, 10, false);
            Map<String, String> levels = levels(e, session);
            Map<String, Double> loads = loads(e, session);
            if (duplicate(seen, date + " session " + number, e, "date") || done == null) {
                continue;
            }
            sessions.add(new CheckInLog.SessionEntry(
                    date, number, done, levels, loads, during, morning, e.text("note", false), e.position()));
        }
        problems.throwIfAny();
        return new CheckInLog(shownAs, client, sessions, weeks, checks);
    }

    /** A stage check: a stage of the program, criteria numbers it has, a pain score. */
    private static java.util.Optional<CheckInLog.StageCheck> check(
            YamlMap e, Program program, Map<String, Position> seen) {
        e.rejectUnknown(CHECK, "a stage check");
        LocalDate date = ProfileReader.date(e, "date", true);
        String id = e.text("stage", true);
        List<Node> met = e.list("exit-met", 0, 20, true);
        Integer pain = e.integer("pain", 0, 10, false);
        if (date == null || id == null || met == null) {
            return java.util.Optional.empty();
        }
        if (date.isBefore(program.start()) || date.isAfter(program.end())) {
            e.problem(
                    "date",
                    date + " is outside the program (it runs from " + program.start() + " to " + program.end() + ")",
                    "check the date; a new program gets a new log");
            return java.util.Optional.empty();
        }
        Program.StageBlock stage = program.stages().stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElse(null);
        if (stage == null) {
            List<String> ids =
                    program.stages().stream().map(Program.StageBlock::id).toList();
            e.problem("stage", "the program has no stage '" + id + "'", com.loadwise.yaml.Names.hint(id, ids));
            return java.util.Optional.empty();
        }
        List<Integer> numbers = new ArrayList<>();
        for (Node n : met) {
            String v = n instanceof org.yaml.snakeyaml.nodes.ScalarNode sc ? sc.getValue() : "";
            int k;
            try {
                k = Integer.parseInt(v);
            } catch (NumberFormatException x) {
                k = -1;
            }
            if (k < 1 || k > stage.exit().size()) {
                e.problem(
                        "exit-met",
                        "'" + v + "' is not a criterion of stage '" + id + "', which has "
                                + stage.exit().size() + " (numbered 1 to "
                                + stage.exit().size() + " under \"Move on when\")",
                        "list the numbers of the criteria met, e.g. exit-met: [1, 2]");
                return java.util.Optional.empty();
            }
            numbers.add(k);
        }
        if (duplicate(seen, "check " + date + " " + id, e, "date")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new CheckInLog.StageCheck(
                date, id, numbers.stream().distinct().sorted().toList(), pain, e.text("note", false), e.position()));
    }

    private static boolean duplicate(Map<String, Position> seen, String id, YamlMap e, String key) {
        Position first = seen.putIfAbsent(id, e.positionOf(key));
        if (first != null) {
            e.problem(key, id + " is logged twice (first at line " + first.line() + ")", "keep one of the two");
            return true;
        }
        return false;
    }

    /** The levels actually used: each an exercise of the session and a level of its ladder. */
    private Map<String, String> levels(YamlMap e, Program.Session session) {
        Map<String, String> out = new LinkedHashMap<>();
        YamlMap m = e.has("levels") ? e.map("levels", true) : null;
        if (m == null) {
            return out;
        }
        for (String id : m.keys()) {
            Exercise x = exerciseOfSession(m, id, session);
            String level = m.text(id, true);
            if (x == null || level == null) {
                continue;
            }
            if (x.levels().stream().noneMatch(l -> l.id().equals(level))) {
                m.problem(
                        id,
                        "'" + x.id() + "' has no level '" + level + "'",
                        "its levels, easiest first: "
                                + x.levels().stream().map(Level::id).collect(Collectors.joining(", ")));
                continue;
            }
            out.put(id, level);
        }
        return out;
    }

    /** The loads actually used: each an exercise of the session, a number of kg or lb (the profile's units). */
    private Map<String, Double> loads(YamlMap e, Program.Session session) {
        Map<String, Double> out = new LinkedHashMap<>();
        YamlMap m = e.has("loads") ? e.map("loads", true) : null;
        if (m == null) {
            return out;
        }
        for (String id : m.keys()) {
            if (exerciseOfSession(m, id, session) == null) {
                continue;
            }
            String text = m.text(id, true);
            if (text == null) {
                continue;
            }
            try {
                double load = Double.parseDouble(text);
                if (!(load >= 0 && load <= 500)) {
                    m.problem(id, "a load of " + text + " is not possible", "give the load used, 0 to 500");
                    continue;
                }
                out.put(id, load);
            } catch (NumberFormatException ex) {
                m.problem(id, "'" + text + "' is not a load", "write the number only, e.g. 12.5 (the profile's units)");
            }
        }
        return out;
    }

    private Exercise exerciseOfSession(YamlMap m, String id, Program.Session session) {
        Exercise x = library.exercise(id).orElse(null);
        if (x == null) {
            m.problem(id, "there is no exercise '" + id + "' in the library", "use an id from 'loadwise library list'");
            return null;
        }
        if (session.items().stream().noneMatch(p -> p.exercise().equals(id))) {
            m.problem(
                    id,
                    "'" + id + "' is not in this session",
                    "its exercises: "
                            + session.items().stream()
                                    .map(Program.Prescription::exercise)
                                    .distinct()
                                    .collect(Collectors.joining(", ")));
            return null;
        }
        return x;
    }

    private static String sessionDays(LocalDate date, Map<LocalDate, Program.Day> days) {
        List<String> near = new ArrayList<>();
        for (int i = -3; i <= 3; i++) {
            Program.Day d = days.get(date.plusDays(i));
            if (d != null && !d.sessions().isEmpty()) {
                near.add(d.date().format(DateTimeFormatter.ofPattern("EEE d MMM", Locale.UK)));
            }
        }
        return near.isEmpty() ? "check the date" : "sessions near it: " + String.join(", ", near);
    }

    private static String weekday(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK);
    }
}
