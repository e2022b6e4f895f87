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
     * A team read so that one athlete's bad roster row stops no other: the profile with its good athletes, its
     * blueprint, and the problems of the rows left out. Programs are planned one athlete at a time with
     * {@link #program}, so a batch need not hold them all.
     */
    public record Team(Profile profile, Blueprint blueprint, List<Problem> rosterProblems) {}

    /** Reads a profile as {@link #plan(Path, LocalDate, String)} does, leaving out bad roster rows (see {@link Team}). */
    public Team team(Path profileFile, LocalDate startOverride, String unitsOverride) {
        List<Problem> rows = new ArrayList<>();
        Profile profile = profile(profileFile, startOverride, unitsOverride, rows);
        return new Team(profile, blueprint(profile), List.copyOf(rows));
    }

    /** One athlete's program; safe to call from several threads at once. */
    public Program program(Team team, Profile.Athlete athlete) {
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
