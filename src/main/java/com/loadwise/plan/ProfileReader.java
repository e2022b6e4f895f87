package com.loadwise.plan;

import com.loadwise.i18n.Messages;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LevelRef;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Names;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import com.loadwise.yaml.YamlReader;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads a client, team or runner profile and checks it against the library and the rules. */
public final class ProfileReader {

    /** Longest program, in weeks. */
    public static final int MAX_WEEKS = 104;

    static final List<String> DAYS = List.of("mon", "tue", "wed", "thu", "fri", "sat", "sun");
    static final List<String> COMMON = List.of(
            "kind",
            "blueprint",
            "start",
            "equipment",
            "excluded-tags",
            "experience",
            "past-injuries",
            "units",
            "language");
    static final Map<String, List<String>> BY_KIND = Map.of(
            "client",
                    List.of(
                            "name",
                            "clinician",
                            "clinic",
                            "goal",
                            "irritability",
                            "weeks",
                            "review",
                            "available-days",
                            "levels",
                            "running",
                            "notes",
                            "log"),
            "runner", List.of("name", "goal", "running", "available-days", "levels", "weeks", "notes", "log"),
            "team", List.of("team", "coach", "weeks", "session-days", "roster"));

    private final ExerciseLibrary library;
    private final Rules rules;
    private final YamlReader reader = new YamlReader();

    public ProfileReader(ExerciseLibrary library, Rules rules) {
        this.library = library;
        this.rules = rules;
    }

    public Profile read(Path file, String shownAs) {
        return read(file, shownAs, null);
    }

    /**
     * The profile's {@code language:} when it names a known one, else English. Read before the library is loaded
     * in that language; a wrong value is reported with its position when the profile itself is read.
     */
    public static String language(Path file) {
        try {
            YamlDocument doc = new YamlReader().read(file, file.toString());
            YamlMap m = YamlMap.of(doc.file(), doc.root(), new Problems(), "a profile");
            if (m != null
                    && m.node("language") instanceof org.yaml.snakeyaml.nodes.ScalarNode s
                    && Messages.LANGUAGES.contains(s.getValue())) {
                return s.getValue();
            }
        } catch (InputException e) {
            // the profile's problems are reported when it is read
        }
        return Messages.DEFAULT;
    }

    /**
     * As {@link #read(Path, String)}, but a team roster's bad rows are left out and their problems added to
     * {@code rosterProblems} (when not null) instead of failing the whole profile.
     */
    public Profile read(Path file, String shownAs, List<Problem> rosterProblems) {
        YamlDocument doc = reader.read(file, shownAs);
        Problems problems = new Problems();
        YamlMap m = YamlMap.of(shownAs, doc.root(), problems, "a profile");
        problems.throwIfAny();
        String kind = m.choice("kind", List.of("client", "team", "runner"), "profile kind", true);
        problems.throwIfAny();
        List<String> known = new ArrayList<>(COMMON);
        known.addAll(BY_KIND.get(kind));
        m.rejectUnknown(known, "a " + kind + " profile");

        Map<String, Position> positions = new LinkedHashMap<>();
        for (String key : m.keys()) {
            positions.put(key, m.keyPosition(key));
        }
        String blueprint = m.text("blueprint", !kind.equals("runner"));
        LocalDate start = date(m, "start", true);
        List<String> equipment =
                m.choices("equipment", library.vocabulary().equipment().keySet(), "equipment", true);
        List<String> excluded =
                m.choices("excluded-tags", library.vocabulary().tags().keySet(), "tag", false);
        String experience =
                m.choice("experience", rules.deloadEveryByExperience().keySet(), "experience", false);
        List<String> injuries = m.choices("past-injuries", rules.pastInjuries().keySet(), "past injury", false);
        String units = m.choice("units", List.of("kg", "lb"), "units", false);
        m.choice("language", Messages.LANGUAGES, "language", false);

        Integer weeks = null;
        LocalDate review = null;
        if (m.has("weeks")) {
            weeks = m.integer("weeks", Integer.MIN_VALUE, Integer.MAX_VALUE, true);
            if (weeks != null && (weeks < 1 || weeks > MAX_WEEKS)) {
                m.problem(
                        "weeks",
                        "a program of " + weeks + " weeks is not possible",
                        "use 1 to " + MAX_WEEKS + " weeks; two years at most");
                weeks = null;
            }
        }
        if (kind.equals("client")) {
            review = date(m, "review", false);
            if (weeks == null && review == null && !m.has("weeks")) {
                m.problemHere("a client profile needs 'weeks' or 'review'", "add weeks: 12 or review: YYYY-MM-DD");
            }
            if (review != null && start != null) {
                long days = ChronoUnit.DAYS.between(start, review);
                if (days < 1) {
                    m.problem(
                            "review",
                            "the review date " + review + " is not after the start " + start,
                            "set a review date after the start");
                } else if (days > MAX_WEEKS * 7L) {
                    m.problem("review", "the review date is more than " + MAX_WEEKS + " weeks after the start", "");
                }
            }
        }
        String daysKey = kind.equals("team") ? "session-days" : "available-days";
        List<DayOfWeek> days = days(m, daysKey);

        String title = m.text(kind.equals("team") ? "team" : "name", true);
        String clinician = kind.equals("team") ? m.text("coach", false) : m.text("clinician", false);
        String clinic = m.text("clinic", false);
        String goalText = kind.equals("client") ? m.text("goal", false) : null;
        String irritability = kind.equals("client")
                ? m.choice("irritability", List.of("high", "moderate", "low"), "irritability", true)
                : null;
        String notes = m.text("notes", false);
        String logName = m.text("log", false);
        Path log = null;
        if (logName != null) {
            try {
                log = file.toAbsolutePath().getParent().resolve(logName).normalize();
            } catch (java.nio.file.InvalidPathException e) {
                m.problem("log", "'" + logName + "' is not a name a file can have", "name the check-in log file");
            }
        }
        Profile.RunningNow running = running(m, kind.equals("runner"));
        Profile.RaceGoal race = kind.equals("runner") ? race(m, start) : null;

        List<Profile.Athlete> athletes = new ArrayList<>();
        if (kind.equals("team")) {
            athletes.addAll(new RosterReader(library, rules)
                    .read(m, file.toAbsolutePath().getParent(), shownAs, rosterProblems));
        } else {
            Map<String, LevelRef> levels = levels(m);
            if (title != null) {
                athletes.add(new Profile.Athlete(title, null, levels, Map.of(), 1));
            }
        }
        if (race != null && weeks != null) {
            m.problem("weeks", "a race plan runs until race day", "remove 'weeks' or the goal race");
        }
        if (kind.equals("team") && weeks == null && !m.has("weeks")) {
            m.problemHere("a team profile needs 'weeks'", "add weeks: 8");
        }
        problems.throwIfAny();
        return new Profile(
                kind,
                shownAs,
                blueprint == null ? "race-plan" : blueprint,
                start,
                weeks,
                review,
                days,
                equipment,
                excluded == null ? List.of() : excluded,
                experience == null ? "novice" : experience,
                injuries == null ? List.of() : injuries,
                units == null ? "kg" : units,
                title,
                clinician,
                clinic,
                goalText,
                irritability,
                notes,
                running,
                race,
                athletes,
                positions,
                log);
    }

    static LocalDate date(YamlMap m, String key, boolean required) {
        String text = m.text(key, required);
        if (text == null) {
            return null;
        }
        LocalDate date = Dates.parse(text);
        if (date == null) {
            String why = Dates.whyNot(text);
            m.problem(
                    key,
                    "'" + text + "' is not a date" + (why.equals("not a date") ? "" : ": " + why),
                    "write it as YYYY-MM-DD, e.g. 2027-01-04");
            return null;
        }
        if (!inRange(date)) {
            // a date near the end of time overflowed the engine's date arithmetic (found by MutationTest)
            m.problem(
                    key, "the date " + text + " is out of range", "use a date from " + FIRST_DATE + " to " + LAST_DATE);
            return null;
        }
        return date;
    }

    /** The dates a program may use: wide enough for any real plan, narrow enough that 104 weeks never overflow. */
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);

    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    public static boolean inRange(LocalDate date) {
        return !date.isBefore(FIRST_DATE) && !date.isAfter(LAST_DATE);
    }

    private static List<DayOfWeek> days(YamlMap m, String key) {
        List<String> names = m.choices(key, DAYS, "day", true);
        if (names == null) {
            return List.of();
        }
        if (names.isEmpty()) {
            m.problem(key, "no " + key.replace('-', ' ') + " are given", "list at least one day, e.g. [mon, thu]");
            return List.of();
        }
        return names.stream()
                .map(n -> DayOfWeek.of(DAYS.indexOf(n) + 1))
                .sorted()
                .toList();
    }

    private Profile.RunningNow running(YamlMap m, boolean required) {
        YamlMap r = m.map("running", required);
        if (r == null) {
            return null;
        }
        r.rejectUnknown(
                List.of("weekly-minutes", "longest-run-minutes", "weekly-km", "longest-run-km", "easy-pace-min-per-km"),
                "running");
        double pace = r.has("easy-pace-min-per-km") ? positive(r, "easy-pace-min-per-km", 3, 15) : 0;
        double toMinutes = pace > 0 ? pace : rules.running().defaultEasyPace();
        Double weekly = amount(r, "weekly-minutes", "weekly-km", toMinutes, 3000);
        Double longest = amount(r, "longest-run-minutes", "longest-run-km", toMinutes, 600);
        if (weekly == null || longest == null) {
            return null;
        }
        if (longest > weekly && weekly > 0) {
            r.problemHere(
                    "the longest run (" + Math.round(longest) + " min) is longer than a whole week's running ("
                            + Math.round(weekly) + " min)",
                    "check the two figures");
            return null;
        }
        return new Profile.RunningNow((int) Math.round(weekly), (int) Math.round(longest), pace);
    }

    /** Minutes from a minutes field or a km field (converted at the easy pace). */
    private static Double amount(YamlMap r, String minutesKey, String kmKey, double pace, int maxMinutes) {
        if (r.has(minutesKey) && r.has(kmKey)) {
            r.problem(kmKey, "give '" + minutesKey + "' or '" + kmKey + "', not both", "remove one");
            return null;
        }
        if (!r.has(minutesKey) && !r.has(kmKey)) {
            r.problemHere("missing '" + minutesKey + "' (or '" + kmKey + "')", "add " + minutesKey + ": 0 if none");
            return null;
        }
        String key = r.has(minutesKey) ? minutesKey : kmKey;
        Double v = number(r, key);
        if (v == null) {
            return null;
        }
        if (v < 0) {
            r.problem(key, "'" + key + "' is " + fmt(v) + "; it cannot be negative", "use 0 if there is none");
            return null;
        }
        double minutes = key.equals(kmKey) ? v * pace : v;
        if (minutes > maxMinutes) {
            r.problem(key, "'" + key + "' is " + fmt(v) + ", more than is plausible", "check the figure and its unit");
            return null;
        }
        return minutes;
    }

    private static double positive(YamlMap r, String key, double min, double max) {
        Double v = number(r, key);
        if (v == null) {
            return 0;
        }
        if (v < min || v > max) {
            r.problem(key, "'" + key + "' is " + fmt(v) + ", outside " + fmt(min) + "-" + fmt(max), "minutes per km");
            return 0;
        }
        return v;
    }

    static Double number(YamlMap r, String key) {
        String t = r.text(key, true);
        if (t == null) {
            return null;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            r.problem(key, "'" + key + "' must be a number", "found '" + t + "'");
            return null;
        }
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }

    private Profile.RaceGoal race(YamlMap m, LocalDate start) {
        YamlMap g = m.map("goal", false);
        if (g == null) {
            if (!m.has("weeks")) {
                m.problemHere(
                        "a runner profile needs a goal race or 'weeks'",
                        "add goal: {race: 10k, date: YYYY-MM-DD} or weeks: 12");
            }
            return null;
        }
        g.rejectUnknown(List.of("race", "date", "name"), "goal");
        String race = g.choice("race", rules.races().keySet(), "race", true);
        LocalDate date = date(g, "date", true);
        String name = g.text("name", false);
        if (date != null && start != null) {
            if (!date.isAfter(start)) {
                g.problem(
                        "date",
                        "the race date " + date + " is not after the start " + start,
                        "check both dates: the plan runs from the start to race day");
                return null;
            }
            if (ChronoUnit.DAYS.between(start, date) > MAX_WEEKS * 7L) {
                g.problem("date", "the race is more than " + MAX_WEEKS + " weeks after the start", "start later");
                return null;
            }
        }
        return race == null || date == null ? null : new Profile.RaceGoal(race, date, name);
    }

    /** Current levels by pattern: {@code pattern: exercise/level} (or exercise/N for the Nth level). */
    private Map<String, LevelRef> levels(YamlMap m) {
        Map<String, LevelRef> out = new LinkedHashMap<>();
        YamlMap lv = m.map("levels", false);
        if (lv == null) {
            return out;
        }
        for (String pattern : lv.keys()) {
            if (!library.vocabulary().patterns().containsKey(pattern)) {
                lv.problems()
                        .add(Problem.at(
                                lv.file(),
                                lv.keyPosition(pattern),
                                "unknown pattern '" + pattern + "'",
                                Names.hint(
                                        pattern, library.vocabulary().patterns().keySet())));
                continue;
            }
            String text = lv.text(pattern, true);
            LevelRef ref =
                    text == null ? null : resolveLevel(text, pattern, msg -> lv.problem(pattern, msg[0], msg[1]));
            if (ref != null) {
                out.put(pattern, ref);
            }
        }
        return out;
    }

    /**
     * Resolves "exercise/level-id" or "exercise/N" for {@code pattern}; reports a problem through {@code report}
     * (message, hint) and returns null when it does not resolve.
     */
    LevelRef resolveLevel(String text, String pattern, java.util.function.Consumer<String[]> report) {
        int slash = text.indexOf('/');
        if (slash < 0) {
            report.accept(new String[] {"'" + text + "' is not exercise/level", "e.g. glute-bridge/double-leg"});
            return null;
        }
        String exId = text.substring(0, slash);
        String levelText = text.substring(slash + 1);
        Exercise e = library.exercise(exId).orElse(null);
        if (e == null) {
            report.accept(new String[] {
                "no exercise '" + exId + "' in the library",
                Names.nearest(exId, library.exercises().keySet())
                        .map(n -> "did you mean '" + n + "'?")
                        .orElse("see 'loadwise library list'")
            });
            return null;
        }
        if (pattern != null && !e.pattern().equals(pattern)) {
            report.accept(new String[] {
                "exercise '" + exId + "' has pattern '" + e.pattern() + "', not '" + pattern + "'",
                "list it under " + e.pattern()
            });
            return null;
        }
        if (levelText.matches("\\d+")) {
            int n = Integer.parseInt(levelText);
            if (n < 1 || n > e.levels().size()) {
                report.accept(new String[] {
                    "level " + n + " is " + (n < 1 ? "below the bottom" : "above the top") + " of ladder '" + exId
                            + "' (" + e.levels().size() + " levels)",
                    "use 1 to " + e.levels().size() + " or a level id: " + String.join(", ", e.levelIds())
                });
                return null;
            }
            return new LevelRef(exId, e.levels().get(n - 1).id());
        }
        if (e.level(levelText).isEmpty()) {
            report.accept(new String[] {
                "level '" + levelText + "' is not in ladder '" + exId + "'",
                "its levels are: " + String.join(", ", e.levelIds())
            });
            return null;
        }
        return new LevelRef(exId, levelText);
    }
}
