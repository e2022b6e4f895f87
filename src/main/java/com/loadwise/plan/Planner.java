package com.loadwise.plan;

import com.loadwise.io.Bundled;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LibraryLoader;
import com.loadwise.library.Translations;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Names;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

/** Loads the library, the rules, the profile and its blueprint, and runs the engine for every athlete. */
public final class Planner {

    private final ExerciseLibrary library;
    private final Rules rules;
    private final List<Path> layers;

    /** A profile's program(s): one for a client or a runner, one per athlete for a team. */
    public record Plan(Profile profile, Blueprint blueprint, List<Program> programs) {}

    public Planner(List<Path> layers) {
        this(layers, Translations.ENGLISH);
    }

    /** The library, rules and blueprints in {@code language} (English where a text has no translation). */
    public Planner(List<Path> layers, String language) {
        this(layers, Translations.of(language, layers));
    }

    /** The library, rules and blueprints with {@code translations} laid over them. */
    public Planner(List<Path> layers, Translations translations) {
        this.layers = List.copyOf(layers);
        this.library = new LibraryLoader(translations).load(layers);
        this.rules = new RulesReader(translations).read(Bundled.libraryRoot());
    }

    public ExerciseLibrary library() {
        return library;
    }

    public Rules rules() {
        return rules;
    }

    /**
     * Reads {@code profileFile} and plans it. {@code startOverride} replaces the profile's start date (the engine
     * never reads the clock).
     */
    public Plan plan(Path profileFile, LocalDate startOverride) {
        return plan(profileFile, startOverride, null);
    }

    /** As {@link #plan(Path, LocalDate)}, with loads in {@code unitsOverride} (kg or lb) when not null. */
    public Plan plan(Path profileFile, LocalDate startOverride, String unitsOverride) {
        Profile profile = profile(profileFile, startOverride, unitsOverride, null);
        Blueprint bp = blueprint(profile);
        Engine engine = new Engine(library, rules);
        List<Program> programs = new ArrayList<>();
        for (Profile.Athlete a : profile.athletes()) {
            programs.add(engine.plan(bp, profile, a));
        }
        return new Plan(profile, bp, programs);
    }

    /**
     * A client's or runner's program carried on after a check-in log: the program as planned, the log (checked
     * against it), its review, and the next block (the weeks after the last logged one, with the review applied).
     */
    public record Replan(Program planned, CheckInLog log, Review review, Program next) {}

    /** Reads {@code logFile} (shown as {@code shownLog}) against {@code plan}'s program and plans the next block. */
    public Replan replan(Plan plan, Path logFile, String shownLog) {
        if (plan.profile().isTeam()) {
            throw new InputException(Problem.inFile(
                    plan.profile().file(),
                    "--log names one client's or runner's log; a team's logs are a folder",
                    "give the folder with 'loadwise team " + plan.profile().file()
                            + " --logs DIR' (one log per athlete, named like DIR/jane-doe.yaml)"));
        }
        Program program = plan.programs().get(0);
        return replan(plan, new CheckInLogReader(library).read(logFile, shownLog, program));
    }

    /** As {@link #replan(Plan, Path, String)}, with the log already read against {@code plan}'s program. */
    public Replan replan(Plan plan, CheckInLog log) {
        if (plan.profile().isTeam()) {
            throw new IllegalArgumentException("a team's logs are not read");
        }
        Program program = plan.programs().get(0);
        Review review = Review.of(program, log, library);
        Continuation next = Continuation.of(program, log, review);
        Program block = new Engine(library, rules)
                .plan(
                        plan.blueprint(),
                        plan.profile(),
                        plan.profile().athletes().get(0),
                        next);
        // the review as the next block applied it, the stage's decision included
        Review applied = new Review(
                review.lastDay(),
                review.done(),
                review.logged(),
                review.planned(),
                review.painByWeek(),
                block.adjustments());
        return new Replan(program, log, review.equals(applied) ? review : applied, block);
    }

    /**
     * A team read so that one athlete's bad roster row stops no other: the profile with its good athletes, its
     * blueprint, and the problems of the rows left out. Programs are planned one athlete at a time with
     * {@link #program}, so a batch need not hold them all.
     */
    public record Team(Profile profile, Blueprint blueprint, List<Problem> rosterProblems, TeamLogs logs) {

        public Team(Profile profile, Blueprint blueprint, List<Problem> rosterProblems) {
            this(profile, blueprint, rosterProblems, null);
        }
    }

    /**
     * A team's check-in logs: a folder with one log per athlete, named by the athlete ({@code jane-doe.yaml}), and the
     * first week of the team's next block (the week after the last week any athlete logged).
     */
    public record TeamLogs(Path folder, String shown, int fromWeek) {

        /** The log file of {@code athlete} (which may not exist). */
        public Path of(Profile.Athlete athlete) {
            return folder.resolve(com.loadwise.io.FileNames.slug(athlete.name()) + ".yaml");
        }
    }

    /**
     * {@code team} with the logs of {@code folder}: every log is read against its athlete's program to find the
     * team's next block (an athlete's bad log is that athlete's problem, reported when it is planned).
     */
    public Team withLogs(Team team, Path folder, String shown) {
        Engine engine = new Engine(library, rules);
        int last = 0;
        int found = 0;
        List<Problem> bad = new ArrayList<>();
        for (Profile.Athlete a : team.profile().athletes()) {
            Path f = folder.resolve(com.loadwise.io.FileNames.slug(a.name()) + ".yaml");
            if (!Files.isRegularFile(f)) {
                continue;
            }
            found++;
            Program p = engine.plan(team.blueprint(), team.profile(), a);
            try {
                CheckInLog log = new CheckInLogReader(library).read(f, LibraryLoader.shownUser(f), p);
                Review r = Review.of(p, log, library);
                for (Program.StageBlock s : p.stages()) {
                    for (Program.Week w : s.weeks()) {
                        if (r.lastDay() != null && !w.start().isAfter(r.lastDay())) {
                            last = Math.max(last, w.number());
                        }
                    }
                }
            } catch (InputException e) {
                // reported with the athlete, unless no log can say where the block starts
                bad.addAll(e.problems());
            }
        }
        if (found == 0) {
            String example = team.profile().athletes().isEmpty()
                    ? "jane-doe"
                    : com.loadwise.io.FileNames.slug(
                            team.profile().athletes().get(0).name());
            throw new InputException(Problem.inFile(
                    shown,
                    "no athlete of the roster has a log in this folder",
                    "name each athlete's log after them, e.g. " + shown + "/" + example + ".yaml"));
        }
        if (last == 0) {
            bad.add(Problem.inFile(
                    shown,
                    "no log in this folder has an entry yet, so the team's next block has no start",
                    "add the sessions done to the athletes' logs, or print the team without --logs"));
            throw new InputException(bad);
        }
        return new Team(team.profile(), team.blueprint(), team.rosterProblems(), new TeamLogs(folder, shown, last + 1));
    }

    /**
     * One athlete of a team with logs: the program, and with a log the next block and its review; every athlete's
     * block starts at the team's week (an athlete without a log carries on as planned).
     */
    public Replan replan(Team team, Profile.Athlete athlete) {
        Program program = new Engine(library, rules).plan(team.blueprint(), team.profile(), athlete);
        Path f = team.logs().of(athlete);
        CheckInLog log = Files.isRegularFile(f)
                ? new CheckInLogReader(library).read(f, LibraryLoader.shownUser(f), program)
                : new CheckInLog(LibraryLoader.shownUser(f), athlete.name(), List.of(), List.of());
        Review review = Review.of(program, log, library);
        Continuation next = Continuation.of(program, log, review, team.logs().fromWeek());
        Program block = new Engine(library, rules).plan(team.blueprint(), team.profile(), athlete, next);
        return new Replan(
                program,
                log,
                new Review(
                        review.lastDay(),
                        review.done(),
                        review.logged(),
                        review.planned(),
                        review.painByWeek(),
                        block.adjustments()),
                block);
    }

    /** Reads a profile as {@link #plan(Path, LocalDate, String)} does, leaving out bad roster rows (see {@link Team}). */
    public Team team(Path profileFile, LocalDate startOverride, String unitsOverride) {
        List<Problem> rows = new ArrayList<>();
        Profile profile = profile(profileFile, startOverride, unitsOverride, rows);
        return new Team(profile, blueprint(profile), List.copyOf(rows));
    }

    /** One athlete's program; safe to call from several threads at once. */
    public Program program(Team team, Profile.Athlete athlete) {
        if (team.logs() != null) {
            return replan(team, athlete).next();
        }
        return new Engine(library, rules).plan(team.blueprint(), team.profile(), athlete);
    }

    private Profile profile(Path file, LocalDate startOverride, String unitsOverride, List<Problem> rosterProblems) {
        String shown = LibraryLoader.shownUser(file);
        Profile profile = new ProfileReader(library, rules).read(file, shown, rosterProblems);
        if (startOverride != null || unitsOverride != null) {
            profile = with(profile, startOverride == null ? profile.start() : startOverride, unitsOverride);
        }
        return profile;
    }

    /** Finds the profile's blueprint: in the --library folders (last first), then among the bundled ones. */
    public Blueprint blueprint(Profile profile) {
        String id = profile.blueprint();
        List<Path> dirs = new ArrayList<>();
        for (int i = layers.size() - 1; i >= 0; i--) {
            dirs.add(layers.get(i).resolve("blueprints"));
        }
        dirs.add(Bundled.libraryRoot().resolve("blueprints"));
        TreeSet<String> known = new TreeSet<>();
        for (Path dir : dirs) {
            Path f = dir.resolve(id + ".yaml");
            if (Files.isRegularFile(f)) {
                String shown = dir.startsWith(Bundled.libraryRoot())
                        ? "exercise-library/blueprints/" + f.getFileName()
                        : LibraryLoader.shownUser(f);
                Blueprint bp = new BlueprintReader(library, rules).read(f, shown);
                if (!bp.forKinds().contains(profile.kind())) {
                    throw new InputException(Problem.at(
                            profile.file(),
                            position(profile, "blueprint"),
                            "blueprint '" + id + "' is not for a " + profile.kind() + " profile",
                            "it is for: " + String.join(", ", bp.forKinds())));
                }
                return bp;
            }
            known.addAll(ids(dir));
        }
        throw new InputException(Problem.at(
                profile.file(), position(profile, "blueprint"), "no blueprint '" + id + "'", Names.hint(id, known)));
    }

    /**
     * Every blueprint a profile can name, by id: the bundled ones, replaced by a --library folder's blueprint with
     * the same id (a later folder wins), exactly as {@link #blueprint(Profile)} finds them.
     */
    public List<Blueprint> blueprints() {
        java.util.Map<String, Path> files = new java.util.TreeMap<>();
        List<Path> dirs = new ArrayList<>();
        dirs.add(Bundled.libraryRoot().resolve("blueprints"));
        for (Path layer : layers) {
            dirs.add(layer.resolve("blueprints"));
        }
        for (Path dir : dirs) {
            for (String id : ids(dir)) {
                files.put(id, dir.resolve(id + ".yaml"));
            }
        }
        List<Blueprint> out = new ArrayList<>();
        for (Path f : files.values()) {
            String shown = f.startsWith(Bundled.libraryRoot())
                    ? "exercise-library/blueprints/" + f.getFileName()
                    : LibraryLoader.shownUser(f);
            out.add(new BlueprintReader(library, rules).read(f, shown));
        }
        return out;
    }

    /** The ids of the blueprints in a folder. */
    public static List<String> ids(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Position position(Profile profile, String field) {
        Position p = profile.positions().get(field);
        return p == null ? Position.NONE : p;
    }

    private static Profile with(Profile p, LocalDate start, String units) {
        if (p.race() != null && !p.race().date().isAfter(start)) {
            throw new InputException(Problem.inFile(
                    "--start",
                    "the start " + start + " is not before the race on "
                            + p.race().date(),
                    "choose an earlier start"));
        }
        if (p.review() != null && !p.review().isAfter(start)) {
            throw new InputException(Problem.inFile(
                    "--start",
                    "the start " + start + " is not before the review on " + p.review(),
                    "check both dates"));
        }
        return new Profile(
                p.kind(),
                p.file(),
                p.blueprint(),
                start,
                p.weeks(),
                p.review(),
                p.days(),
                p.equipment(),
                p.excludedTags(),
                p.experience(),
                p.pastInjuries(),
                units == null ? p.units() : units,
                p.title(),
                p.clinician(),
                p.clinic(),
                p.goal(),
                p.irritability(),
                p.notes(),
                p.running(),
                p.race(),
                units == null || units.equals(p.units()) ? p.athletes() : inUnits(p.athletes(), p.units(), units),
                p.positions(),
                p.log());
    }

    /** One pound in kilograms (exact, by definition). */
    private static final double KG_PER_LB = 0.45359237;

    /** The athletes with their test loads converted from {@code from} to {@code to} (kg or lb). */
    private static List<Profile.Athlete> inUnits(List<Profile.Athlete> athletes, String from, String to) {
        double factor = from.equals("kg") && to.equals("lb") ? 1 / KG_PER_LB : KG_PER_LB;
        List<Profile.Athlete> out = new ArrayList<>();
        for (Profile.Athlete a : athletes) {
            java.util.Map<com.loadwise.library.LevelRef, Double> loads = new java.util.LinkedHashMap<>();
            a.oneRepMax().forEach((ref, load) -> loads.put(ref, load * factor));
            out.add(new Profile.Athlete(a.name(), a.group(), a.levels(), loads, a.number()));
        }
        return out;
    }
}
