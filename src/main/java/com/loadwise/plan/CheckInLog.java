package com.loadwise.plan;

import com.loadwise.yaml.Position;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A client's check-in log: what was done of the program, as the client (or the clinician) wrote it down. Read and
 * checked against the program by {@link CheckInLogReader}; judged by {@link Review}. Format: docs/checkin-log.md.
 *
 * @param file the log as the command line or the profile named it
 * @param client whose log it is (the profile's name)
 * @param sessions the session entries, in date order
 * @param weeks the weekly running entries, in date order
 * @param checks the stage checks (exit criteria tested), in date order
 */
public record CheckInLog(
        String file, String client, List<SessionEntry> sessions, List<WeekEntry> weeks, List<StageCheck> checks) {

    public CheckInLog {
        sessions = List.copyOf(sessions);
        weeks = List.copyOf(weeks);
        checks = List.copyOf(checks);
    }

    /** A log with no stage checks. */
    public CheckInLog(String file, String client, List<SessionEntry> sessions, List<WeekEntry> weeks) {
        this(file, client, sessions, weeks, List.of());
    }

    /**
     * A stage's exit criteria as the clinician (or the client) tested them.
     *
     * @param stage the stage id
     * @param met the numbers (from 1, as printed under "Move on when") of the criteria met; the others were not
     * @param pain the highest pain during the tests, 0-10, or null
     */
    public record StageCheck(
            LocalDate date, String stage, List<Integer> met, Integer pain, String note, Position position) {

        public StageCheck {
            met = List.copyOf(met);
        }
    }

    /**
     * One session of the program, as it went.
     *
     * @param session which session of that day (1 = the first)
     * @param levels the level actually used, by exercise id, where it differs from the program's
     * @param loads the load actually used, by exercise id, in the profile's units
     * @param painDuring pain during the session, 0-10 (null when not written down)
     * @param painNextMorning pain the next morning, 0-10 (null when not written down)
     */
    public record SessionEntry(
            LocalDate date,
            int session,
            boolean done,
            Map<String, String> levels,
            Map<String, Double> loads,
            Integer painDuring,
            Integer painNextMorning,
            String note,
            Position position) {

        public SessionEntry {
            levels = Map.copyOf(levels);
            loads = Map.copyOf(loads);
        }
    }

    /**
     * One week's running as it was run.
     *
     * @param weekOf the first day of the program week
     * @param runMinutes minutes run in the week
     * @param longestRun the longest single run, in minutes
     */
    public record WeekEntry(LocalDate weekOf, Integer runMinutes, Integer longestRun, String note, Position position) {}
}
