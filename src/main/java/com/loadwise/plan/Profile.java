package com.loadwise.plan;

import com.loadwise.library.LevelRef;
import com.loadwise.yaml.Position;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A client, a team or a runner, as read from a profile file. Client and runner profiles hold one athlete; a team
 * profile holds its roster. Fields a kind does not use are null or empty.
 *
 * @param kind client, team or runner
 * @param file the profile file as shown in messages
 * @param blueprint the blueprint id
 * @param start first day of the program
 * @param weeks program length in weeks, or null when review or race date sets it
 * @param review review date (clients), or null
 * @param days days sessions may fall on
 * @param equipment what the athlete (or the team's gym) has
 * @param excludedTags extra tags to exclude
 * @param experience novice, intermediate or advanced (defaults to novice)
 * @param pastInjuries ids from policies.yaml past-injuries
 * @param units kg or lb
 * @param title client or runner name, or team name
 * @param clinician clinician (client) or coach (team), or null
 * @param clinic clinic name, or null
 * @param goal goal text, or null
 * @param irritability high, moderate or low (clients), or null
 * @param notes free text, or null
 * @param running current running, or null
 * @param race goal race (runners), or null
 * @param athletes one athlete (client, runner) or the roster (team)
 * @param positions where each top-level field is in the file (for --explain)
 * @param log the check-in log the profile names ({@code log:}, resolved against the profile's folder), or null
 */
public record Profile(
        String kind,
        String file,
        String blueprint,
        LocalDate start,
        Integer weeks,
        LocalDate review,
        List<DayOfWeek> days,
        List<String> equipment,
        List<String> excludedTags,
        String experience,
        List<String> pastInjuries,
        String units,
        String title,
        String clinician,
        String clinic,
        String goal,
        String irritability,
        String notes,
        RunningNow running,
        RaceGoal race,
        List<Athlete> athletes,
        Map<String, Position> positions,
        Path log) {

    public Profile {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(start, "start");
        days = List.copyOf(days);
        equipment = List.copyOf(equipment);
        excludedTags = List.copyOf(excludedTags);
        pastInjuries = List.copyOf(pastInjuries);
        athletes = List.copyOf(athletes);
        if (athletes.isEmpty()) {
            throw new IllegalArgumentException("a profile needs at least one athlete");
        }
    }

    public boolean isTeam() {
        return kind.equals("team");
    }

    /** Where a field was given, as "file:line", or the file alone. */
    public String where(String field) {
        Position p = positions.get(field);
        return p == null ? file : file + ":" + p.line();
    }

    /**
     * Current running, in minutes.
     *
     * @param weeklyMinutes running in a typical recent week
     * @param longestRunMinutes longest run of the last 30 days
     * @param easyPace minutes per km at easy effort (for km figures), or 0 when unknown
     */
    public record RunningNow(int weeklyMinutes, int longestRunMinutes, double easyPace) {}

    /** The goal race. */
    public record RaceGoal(String race, LocalDate date, String name) {}

    /**
     * One athlete.
     *
     * @param name as printed
     * @param group team group, or null
     * @param levels current level by pattern
     * @param oneRepMax known or estimated 1RM by exercise level, in the profile's units
     * @param number the athlete's place in the roster, from 1, counting rows left out for a mistake (a team's file
     *     names carry it, so fixing one row does not renumber everyone after it); 1 for a client or a runner
     */
    public record Athlete(
            String name, String group, Map<String, LevelRef> levels, Map<LevelRef, Double> oneRepMax, int number) {}
}
