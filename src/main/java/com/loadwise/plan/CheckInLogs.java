package com.loadwise.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Adding an entry to a check-in log, for every face (the CLI's {@code loadwise log}, the web app's check-in form):
 * the entry becomes one flow-style list item appended to the log's text, and the whole result is read by
 * {@link CheckInLogReader} against the program; only a log that passes is returned for the caller to write
 * (atomically). A problem in the new entry reads {@code the new entry: ...}.
 */
public final class CheckInLogs {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheckInLogs() {}

    /**
     * A new entry: a session ({@code date} set, {@code weekOf} null) or a week's running ({@code weekOf} set).
     * Maps keep their order; null fields are left out.
     */
    public record NewEntry(
            LocalDate date,
            Integer session,
            Boolean done,
            Map<String, String> levels,
            Map<String, String> loads,
            Integer painDuring,
            Integer painNextMorning,
            LocalDate weekOf,
            Integer runMinutes,
            Integer longestRun,
            String note,
            String stage,
            List<Integer> exitMet,
            Integer pain) {

        /** A session or a week's running. */
        public NewEntry(
                LocalDate date,
                Integer session,
                Boolean done,
                Map<String, String> levels,
                Map<String, String> loads,
                Integer painDuring,
                Integer painNextMorning,
                LocalDate weekOf,
                Integer runMinutes,
                Integer longestRun,
                String note) {
            this(
                    date,
                    session,
                    done,
                    levels,
                    loads,
                    painDuring,
                    painNextMorning,
                    weekOf,
                    runMinutes,
                    longestRun,
                    note,
                    null,
                    null,
                    null);
        }

        /** A stage check: the stage's exit criteria as tested on {@code date}. */
        public static NewEntry check(LocalDate date, String stage, List<Integer> exitMet, Integer pain, String note) {
            return new NewEntry(date, null, null, null, null, null, null, null, null, null, note, stage, exitMet, pain);
        }
    }

    /** The log's new text and the log it reads as. */
    public record Appended(String text, CheckInLog log) {}

    /**
     * {@code before} (the log's text, empty when there is none yet) with {@code entry} added, checked against
     * {@code program}.
     */
    public static Appended append(
            CheckInLogReader reader, Program program, String shownAs, String before, NewEntry entry) {
        String head = before.isEmpty() ? header(program) : before.endsWith("\n") ? before : before + "\n";
        String line = line(entry);
        String text = head + line;
        int firstNewLine = (int) head.lines().count() + 1;
        CheckInLog written;
        try {
            written = reader.parse(text.getBytes(StandardCharsets.UTF_8), shownAs, program);
        } catch (InputException e) {
            List<Problem> problems = new ArrayList<>();
            for (Problem p : e.problems()) {
                problems.add(p.line() >= firstNewLine ? Problem.inFile("the new entry", p.message(), p.hint()) : p);
            }
            throw new InputException(problems);
        }
        // the new entry must read as an entry of its own, not as part of something else in the file
        boolean added = written.sessions().stream().anyMatch(e -> e.position().line() == firstNewLine)
                || written.weeks().stream().anyMatch(e -> e.position().line() == firstNewLine)
                || written.checks().stream().anyMatch(e -> e.position().line() == firstNewLine);
        if (!added) {
            throw new InputException(Problem.inFile(
                    shownAs,
                    "the entry cannot be added at the end of this log",
                    "keep 'entries:' as the last part of the file, one entry per item"));
        }
        return new Appended(text, written);
    }

    /** The first lines of a new log. */
    static String header(Program program) {
        return "# Check-in log (docs/checkin-log.md). `loadwise log PROFILE --date ...` adds an entry.\n"
                + "# yaml-language-server: $schema=https://loadwise.example/schema/checkin-log.schema.json\n"
                + "client: " + quoted(program.athlete()) + "\n"
                + "entries:\n";
    }

    /** The entry as one flow-style list item. */
    static String line(NewEntry e) {
        List<String> fields = new ArrayList<>();
        if (e.stage() != null) {
            fields.add("date: " + e.date());
            fields.add("stage: " + quoted(e.stage()));
            fields.add("exit-met: " + e.exitMet());
            if (e.pain() != null) {
                fields.add("pain: " + e.pain());
            }
        } else if (e.date() != null) {
            fields.add("date: " + e.date());
            fields.add("session: " + (e.session() == null ? 1 : e.session()));
            fields.add("done: " + (Boolean.TRUE.equals(e.done()) ? "true" : "false"));
            if (e.levels() != null && !e.levels().isEmpty()) {
                fields.add("levels: " + flow(e.levels()));
            }
            if (e.loads() != null && !e.loads().isEmpty()) {
                fields.add("loads: " + flow(e.loads()));
            }
            if (e.painDuring() != null) {
                fields.add("pain-during: " + e.painDuring());
            }
            if (e.painNextMorning() != null) {
                fields.add("pain-next-morning: " + e.painNextMorning());
            }
        } else {
            fields.add("week-of: " + e.weekOf());
            if (e.runMinutes() != null) {
                fields.add("run-minutes: " + e.runMinutes());
            }
            if (e.longestRun() != null) {
                fields.add("longest-run: " + e.longestRun());
            }
        }
        if (e.note() != null && !e.note().isBlank()) {
            fields.add("note: " + quoted(e.note().strip()));
        }
        return "  - {" + String.join(", ", fields) + "}\n";
    }

    private static String flow(Map<String, String> m) {
        List<String> parts = new ArrayList<>();
        m.forEach((k, v) -> parts.add(quoted(k) + ": " + quoted(v)));
        return "{" + String.join(", ", parts) + "}";
    }

    /** A JSON string is a YAML double-quoted scalar: any text, safely. */
    private static String quoted(String s) {
        try {
            return JSON.writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
