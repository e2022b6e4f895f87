package com.loadwise.plan;

import com.loadwise.io.Bundled;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LevelRef;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Generates valid profiles from a seed, so any failing case can be replayed from its seed alone. */
public final class ProfileGenerator {

    /**
     * The programs of the profile generated from a seed with the bundled library, rules and blueprints (one per
     * athlete), for tests outside this package (the handout tests render them).
     */
    public static List<Program> programs(ExerciseLibrary library, long seed) {
        Rules rules = new RulesReader().read(Bundled.libraryRoot());
        Map<String, Blueprint> blueprints = new LinkedHashMap<>();
        Path dir = Bundled.libraryRoot().resolve("blueprints");
        for (String id : Planner.ids(dir)) {
            blueprints.put(id, new BlueprintReader(library, rules).read(dir.resolve(id + ".yaml"), id));
        }
        Case c = new ProfileGenerator(library, rules, blueprints).generate(seed);
        Engine engine = new Engine(library, rules);
        return c.profile().athletes().stream()
                .map(a -> engine.plan(c.blueprint(), c.profile(), a))
                .toList();
    }

    private final ExerciseLibrary library;
    private final Rules rules;
    private final Map<String, Blueprint> blueprints;

    public ProfileGenerator(ExerciseLibrary library, Rules rules, Map<String, Blueprint> blueprints) {
        this.library = library;
        this.rules = rules;
        this.blueprints = blueprints;
    }

    /** A profile and the blueprint it uses. */
    public record Case(long seed, Profile profile, Blueprint blueprint) {}

    public Case generate(long seed) {
        Random r = new Random(seed);
        List<String> kinds = List.of("client", "runner", "team").stream()
                .filter(k ->
                        blueprints.values().stream().anyMatch(b -> b.forKinds().contains(k)))
                .toList();
        String kind = kinds.get(r.nextInt(kinds.size()));
        List<Blueprint> fit = blueprints.values().stream()
                .filter(b -> b.forKinds().contains(kind))
                .toList();
        Blueprint bp = fit.get(r.nextInt(fit.size()));
        LocalDate start = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(900));
        List<DayOfWeek> days = new ArrayList<>();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (r.nextDouble() < 0.55) {
                days.add(d);
            }
        }
        if (days.isEmpty()) {
            days.add(DayOfWeek.of(1 + r.nextInt(7)));
        }
        List<String> equipment = new ArrayList<>();
        for (String q : library.vocabulary().equipment().keySet()) {
            if (r.nextDouble() < 0.6) {
                equipment.add(q);
            }
        }
        List<String> tags = new ArrayList<>(library.vocabulary().tags().keySet());
        List<String> excluded = new ArrayList<>();
        int nExcluded = r.nextInt(3);
        for (int i = 0; i < nExcluded; i++) {
            String t = tags.get(r.nextInt(tags.size()));
            if (!excluded.contains(t)) {
                excluded.add(t);
            }
        }
        List<String> experiences =
                new ArrayList<>(rules.deloadEveryByExperience().keySet());
        String experience = experiences.get(r.nextInt(experiences.size()));
        List<String> injuryIds = new ArrayList<>(rules.pastInjuries().keySet());
        List<String> injuries = new ArrayList<>();
        if (r.nextDouble() < 0.3) {
            injuries.add(injuryIds.get(r.nextInt(injuryIds.size())));
        }
        Profile.RunningNow running = null;
        if (!kind.equals("team") && (kind.equals("runner") || r.nextBoolean())) {
            int weekly = r.nextDouble() < 0.15 ? 0 : 20 + r.nextInt(400);
            int longest =
                    weekly == 0 ? 0 : Math.max(10, Math.min(weekly, (int) (weekly * (0.2 + r.nextDouble() * 0.4))));
            double pace = r.nextBoolean() ? 4.5 + r.nextInt(30) / 10.0 : 0;
            running = new Profile.RunningNow(weekly, longest, pace);
        }
        Integer weeks = null;
        LocalDate review = null;
        Profile.RaceGoal race = null;
        if (kind.equals("runner") && r.nextDouble() < 0.2) {
            weeks = 4 + r.nextInt(30);
        } else if (kind.equals("runner")) {
            List<String> races = new ArrayList<>(rules.races().keySet());
            race = new Profile.RaceGoal(races.get(r.nextInt(races.size())), start.plusDays(14 + r.nextInt(300)), null);
        } else if (kind.equals("client") && r.nextBoolean()) {
            review = start.plusDays(7 + r.nextInt(300));
        } else {
            weeks = 1 + r.nextInt(r.nextDouble() < 0.1 ? ProfileReader.MAX_WEEKS : 30);
        }
        List<Profile.Athlete> athletes = new ArrayList<>();
        int n = kind.equals("team") ? 1 + r.nextInt(3) : 1;
        for (int i = 0; i < n; i++) {
            athletes.add(athlete(r, "Athlete " + seed + "-" + i, athletes.size() + 1));
        }
        String irritability =
                kind.equals("client") ? List.of("high", "moderate", "low").get(r.nextInt(3)) : null;
        // Whether the profile names a clinician (a coach for a team) is drawn from a stream of its own, so the
        // profiles of every seed stay as they were before this choice existed.
        Random who = new Random(seed * 31 + 17);
        String clinician = who.nextDouble() < (kind.equals("runner") ? 0.3 : 0.6) ? "Clinician " + seed : null;
        Profile profile = new Profile(
                kind,
                "generated-" + seed + ".yaml",
                bp.id(),
                start,
                weeks,
                review,
                days,
                equipment,
                excluded,
                experience,
                injuries,
                r.nextBoolean() ? "kg" : "lb",
                "Generated " + seed,
                clinician,
                null,
                null,
                irritability,
                null,
                running,
                race,
                athletes,
                Map.of(),
                null);
        return new Case(seed, profile, bp);
    }

    private Profile.Athlete athlete(Random r, String name, int number) {
        Map<String, LevelRef> levels = new LinkedHashMap<>();
        Map<LevelRef, Double> oneRm = new LinkedHashMap<>();
        List<Exercise> all = new ArrayList<>(library.all());
        for (int i = 0; i < 4; i++) {
            Exercise e = all.get(r.nextInt(all.size()));
            LevelRef ref = new LevelRef(
                    e.id(), e.levels().get(r.nextInt(e.levels().size())).id());
            levels.put(e.pattern(), ref);
            if (r.nextBoolean()) {
                oneRm.put(ref, 20.0 + r.nextInt(180));
            }
        }
        return new Profile.Athlete(name, r.nextBoolean() ? "group " + r.nextInt(3) : null, levels, oneRm, number);
    }
}
