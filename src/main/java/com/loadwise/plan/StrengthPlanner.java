package com.loadwise.plan;

import com.loadwise.library.Dose;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Intent;
import com.loadwise.library.Laterality;
import com.loadwise.library.Level;
import com.loadwise.library.LevelRef;
import com.loadwise.library.Range;
import com.loadwise.library.Wording;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Chooses the exercise and level of each slot, climbs the ladders as the weeks pass, and turns a level's default
 * dose into a week's prescription under the blueprint's periodisation model.
 */
final class StrengthPlanner {

    /** Where an athlete is on one ladder. */
    static final class Position {
        final Exercise exercise;
        int index;
        int weeksAtLevel;

        Position(Exercise exercise, int index) {
            this.exercise = exercise;
            this.index = index;
        }

        Level level() {
            return exercise.levels().get(index);
        }
    }

    /** A slot resolved for a stage: its ladder position and the previous week's prescription (for deloads). */
    static final class ActiveSlot {
        final Blueprint.Slot slot;
        final String section;
        final Position position;
        Program.Prescription lastRegular;

        ActiveSlot(Blueprint.Slot slot, String section, Position position) {
            this.slot = slot;
            this.section = section;
            this.position = position;
        }
    }

    private final ExerciseLibrary library;
    private final Rules rules;
    private final Blueprint blueprint;
    private final Profile profile;
    private final Profile.Athlete athlete;
    private final Settings settings;
    private final List<Program.Explanation> why;
    /** Where each exercise was left, so later stages can carry on or step up. */
    private final Map<String, Integer> reached = new HashMap<>();

    StrengthPlanner(
            ExerciseLibrary library,
            Rules rules,
            Blueprint blueprint,
            Profile profile,
            Profile.Athlete athlete,
            Settings settings,
            List<Program.Explanation> why) {
        this.library = library;
        this.rules = rules;
        this.blueprint = blueprint;
        this.profile = profile;
        this.athlete = athlete;
        this.settings = settings;
        this.why = why;
    }

    /** Resolves every slot of a stage (warm-up, main, cool-down) at the stage's start. */
    List<ActiveSlot> startStage(Blueprint.Stage stage) {
        List<ActiveSlot> out = new ArrayList<>();
        for (Blueprint.Slot s : blueprint.warmUp()) {
            resolve(stage, s, "warm-up").ifPresent(out::add);
        }
        for (Blueprint.Slot s : stage.slots()) {
            resolve(stage, s, "main").ifPresent(out::add);
        }
        for (Blueprint.Slot s : blueprint.coolDown()) {
            resolve(stage, s, "cool-down").ifPresent(out::add);
        }
        return out;
    }

    private java.util.Optional<ActiveSlot> resolve(Blueprint.Stage stage, Blueprint.Slot slot, String section) {
        List<String> candidates = new ArrayList<>(slot.exercises());
        LevelRef current = athlete.levels().get(slot.pattern());
        if (current != null && candidates.remove(current.exerciseId())) {
            candidates.add(0, current.exerciseId());
        }
        String topic = "stage " + stage.id() + ", " + section + " slot " + slot.pattern();
        String slotSource = blueprint.file() + ":" + slot.position().line();
        List<String> skipped = new ArrayList<>();
        for (String exId : candidates) {
            Exercise e = library.exercise(exId).orElseThrow();
            int want = startIndex(slot, e, current, exId.equals(slot.exercises().get(0)));
            for (int i = Math.min(want, e.levels().size() - 1); i >= 0; i--) {
                String reason = refusal(stage, e.levels().get(i));
                if (reason == null) {
                    String decision = e.name() + ": level " + (i + 1) + " of "
                            + e.levels().size() + ", "
                            + e.levels().get(i).name()
                            + (skipped.isEmpty() ? "" : "; passed over " + String.join("; ", skipped));
                    why.add(new Program.Explanation(topic, decision, levelRule(slot, e, current, i, want), slotSource));
                    return java.util.Optional.of(new ActiveSlot(slot, section, new Position(e, i)));
                }
                if (i == Math.min(want, e.levels().size() - 1)) {
                    skipped.add(e.id() + "/" + e.levels().get(i).id() + " (" + reason + ")");
                }
            }
        }
        why.add(new Program.Explanation(
                topic,
                "left out: no level of " + String.join(", ", slot.exercises()) + " suits this athlete",
                "every level needs equipment the athlete lacks, carries an excluded tag or exceeds the stage's impact"
                        + " (" + String.join("; ", skipped) + ")",
                slotSource));
        return java.util.Optional.empty();
    }

    private int startIndex(Blueprint.Slot slot, Exercise e, LevelRef current, boolean first) {
        int start = first && slot.start() != null ? e.indexOf(slot.start()) : 0;
        Integer carried = reached.get(e.id());
        int fromProfile = current != null && current.exerciseId().equals(e.id()) ? e.indexOf(current.levelId()) : -1;
        return switch (slot.level()) {
            case FIXED -> start;
            case CURRENT -> carried != null ? carried : fromProfile >= 0 ? fromProfile : start;
            case STEP_UP ->
                carried != null ? Math.min(carried + 1, e.levels().size() - 1) : fromProfile >= 0 ? fromProfile : start;
        };
    }

    private String levelRule(Blueprint.Slot slot, Exercise e, LevelRef current, int chosen, int wanted) {
        String mode = switch (slot.level()) {
            case FIXED -> "fixed level";
            case CURRENT ->
                reached.containsKey(e.id())
                        ? "current level: where the previous stage left this ladder"
                        : current != null && current.exerciseId().equals(e.id())
                                ? "current level from the profile (" + profile.where("levels") + ")"
                                : "current level: no level in the profile, so the slot's start level";
            case STEP_UP ->
                reached.containsKey(e.id())
                        ? "step-up: one level above where the previous stage left this ladder"
                        : "step-up with no earlier stage on this ladder: the athlete's current level";
        };
        return chosen < wanted ? mode + "; walked down the ladder to the nearest level that fits" : mode;
    }

    /** Why a level cannot be used, or null when it can. */
    String refusal(Blueprint.Stage stage, Level level) {
        List<String> missing = level.equipment().stream()
                .filter(q -> !profile.equipment().contains(q))
                .toList();
        if (!missing.isEmpty()) {
            return "needs " + String.join(", ", missing);
        }
        Set<String> excluded = new LinkedHashSet<>(settings.excludedTags());
        excluded.addAll(stage.excludedTags());
        List<String> hits = level.tags().stream().filter(excluded::contains).toList();
        if (!hits.isEmpty()) {
            return "tagged " + String.join(", ", hits) + ", excluded";
        }
        if (!level.impact().atMost(stage.maxImpact())) {
            return "impact " + level.impact().id() + " above the stage's "
                    + stage.maxImpact().id();
        }
        return null;
    }

    /** Whether {@link #climb} would move the slot up this week. */
    boolean wouldClimb(Blueprint.Stage stage, ActiveSlot a) {
        return nextLevel(stage, a) >= 0;
    }

    /** The index of the level a climb would move to, or -1. */
    private int nextLevel(Blueprint.Stage stage, ActiveSlot a) {
        Position p = a.position;
        if (!a.slot.climb() || a.slot.level() == Blueprint.LevelMode.FIXED) {
            return -1;
        }
        if (p.weeksAtLevel < rules.strength().climbEveryWeeks()
                || p.index + 1 >= p.exercise.levels().size()) {
            return -1;
        }
        // the next level that fits: a rung that needs missing equipment or an excluded tag is stepped over
        int to = p.index + 1;
        while (to < p.exercise.levels().size()
                && refusal(stage, p.exercise.levels().get(to)) != null) {
            to++;
        }
        return to >= p.exercise.levels().size() ? -1 : to;
    }

    /** Moves a slot up one level if it has been held long enough and the next level fits. */
    void climb(Blueprint.Stage stage, ActiveSlot a, int week) {
        Position p = a.position;
        int to = nextLevel(stage, a);
        if (to < 0) {
            return;
        }
        Level next = p.exercise.levels().get(to);
        String from = p.level().name();
        p.index = to;
        p.weeksAtLevel = 0;
        a.lastRegular = null;
        why.add(new Program.Explanation(
                "week " + week + ", " + p.exercise.name(),
                "moves up from " + from + " to " + next.name(),
                "after " + rules.strength().climbEveryWeeks() + " weeks at a level the plan assumes the 'move up when'"
                        + " criteria are met; if they are not, stay at the level",
                "policies.yaml strength.climb-every-weeks"));
    }

    /**
     * A re-plan's reviewed levels become where each ladder was left, so a stage that starts now carries on from them
     * (see {@link #resume}).
     */
    void carryOn(Map<String, String> levels) {
        for (Map.Entry<String, String> e : levels.entrySet()) {
            library.exercise(e.getKey()).ifPresent(x -> {
                int i = x.indexOf(e.getValue());
                if (i >= 0) {
                    reached.put(x.id(), i);
                }
            });
        }
    }

    /**
     * Puts each main slot whose exercise was reviewed at the reviewed level (or the nearest below it that fits the
     * stage), restarting its weeks at that level; the review is this week's step. With {@code deferUps} a step-up is
     * put in {@code later} instead, for the engine to apply once the week's impact and running are decided. Returns
     * the exercises placed (or deferred).
     */
    Set<String> resume(
            Blueprint.Stage stage,
            List<ActiveSlot> slots,
            Map<String, String> levels,
            String log,
            boolean deferUps,
            Map<String, String> later) {
        Set<String> placed = new LinkedHashSet<>();
        for (ActiveSlot a : slots) {
            Position p = a.position;
            String id = levels.get(p.exercise.id());
            if (!a.section.equals("main") || id == null || a.slot.level() == Blueprint.LevelMode.FIXED) {
                continue;
            }
            int want = p.exercise.indexOf(id);
            if (deferUps && want > p.index) {
                // a step-up waits until the week's impact and running are decided (Engine)
                later.put(p.exercise.id(), id);
                placed.add(p.exercise.id());
                p.weeksAtLevel = 0;
                continue;
            }
            int i = want;
            while (i > 0 && refusal(stage, p.exercise.levels().get(i)) != null) {
                i--;
            }
            if (i < 0 || refusal(stage, p.exercise.levels().get(i)) != null) {
                // no level at or below the review's fits this stage: the level holds
                why.add(new Program.Explanation(
                        "re-plan, " + p.exercise.name(),
                        "holds at " + p.level().name(),
                        "the review's level " + p.exercise.levels().get(want).name() + " does not fit this stage ("
                                + refusal(stage, p.exercise.levels().get(want)) + ") and none below it does",
                        log));
                p.weeksAtLevel = 0;
                placed.add(p.exercise.id());
                continue;
            }
            String before = p.level().name();
            p.index = i;
            p.weeksAtLevel = 0;
            a.lastRegular = null;
            placed.add(p.exercise.id());
            why.add(new Program.Explanation(
                    "re-plan, " + p.exercise.name(),
                    "carries on at " + p.level().name()
                            + (before.equals(p.level().name()) ? "" : " (the plan had " + before + ")"),
                    i < want
                            ? "the review's level, walked down to the nearest level this stage allows"
                            : "the review of the check-in log: the level's progress-when and regress-when criteria",
                    log));
        }
        return placed;
    }

    void endStage(List<ActiveSlot> slots) {
        for (ActiveSlot a : slots) {
            reached.put(a.position.exercise.id(), a.position.index);
        }
    }

    /** What {@link #prescribe} would give the slot's first session this week, without remembering it. */
    Program.Prescription preview(
            Blueprint.Stage stage, ActiveSlot a, int weekInStage, int stageWeeks, double taperFraction) {
        Program.Prescription kept = a.lastRegular;
        Program.Prescription p = prescribe(stage, a, weekInStage, stageWeeks, 0, false, taperFraction);
        a.lastRegular = kept;
        return p;
    }

    /** Ground contacts (or repetitions) of a prescription in one session: sets x reps, both sides counted. */
    static int contacts(Program.Prescription p) {
        return p.sets() * (p.reps() == null ? 0 : p.reps()) * (p.eachSide() ? 2 : 1);
    }

    /**
     * The prescription of one slot in one session.
     *
     * @param weekInStage 1-based week within the stage
     * @param stageWeeks weeks in the stage
     * @param sessionIndex 0-based index of the session within the week (for undulating models)
     * @param deload a deload week
     * @param taperFraction 0 outside a taper, else the share of the taper's volume cut applied this week
     */
    Program.Prescription prescribe(
            Blueprint.Stage stage,
            ActiveSlot a,
            int weekInStage,
            int stageWeeks,
            int sessionIndex,
            boolean deload,
            double taperFraction) {
        Level level = a.position.level();
        Intent intent = a.section.equals("main") ? stage.intent() : Intent.ANY;
        Intent used = doseIntent(level, intent);
        Dose d = level.doses().get(used);
        if (deload && a.lastRegular != null) {
            Program.Prescription prev = a.lastRegular;
            int sets = Math.max(
                    1, (int) Math.round(prev.sets() * (100 - settings.deload().volumeCut()) / 100.0));
            Integer rir = prev.rir() == null
                    ? null
                    : Math.min(5, prev.rir() + settings.deload().rirIncrease());
            return with(prev, sets, prev.reps(), rir);
        }
        double t = stageWeeks <= 1 ? 0 : (weekInStage - 1) / (double) (stageWeeks - 1);
        boolean heavy = rules.strength().heavyIntents().contains(used);
        // position within each range: 0 = the light/low end, 1 = the heavy/high end
        double setsAt;
        double loadAt;
        switch (blueprint.periodisation()) {
            case DAILY_UNDULATING -> {
                setsAt = t;
                loadAt = switch (sessionIndex % 3) {
                    case 0 -> 1.0;
                    case 1 -> 0.0;
                    default -> 0.5;
                };
            }
            case BLOCK -> {
                boolean accumulate = weekInStage <= (stageWeeks + 1) / 2;
                setsAt = accumulate ? 1.0 : 0.0;
                loadAt = accumulate ? 0.0 : 1.0;
            }
            default -> {
                setsAt = t;
                loadAt = t;
            }
        }
        if (!level.impact().id().equals("none") && a.section.equals("main")) {
            // jumping builds within each level, not across the stage: a new exercise or level starts at the
            // fewest contacts and reaches the top of its dose by the time the plan moves it up
            double atLevel = Math.min(
                    1.0,
                    a.position.weeksAtLevel
                            / (double) Math.max(1, rules.strength().climbEveryWeeks()));
            setsAt = atLevel;
            loadAt = atLevel;
        }
        int sets = (int) Math.round(lerp(d.sets(), setsAt));
        // heavy lifts trade reps for load as the stage goes on; jumping (any impact) starts at the fewest
        // ground contacts and builds, so a new jumping exercise begins at the low end of its dose
        boolean impact = !level.impact().id().equals("none");
        Integer reps = d.reps() == null
                ? null
                : (int) Math.round(heavy && !impact ? lerp(d.reps(), 1 - loadAt) : lerp(d.reps(), loadAt));
        Integer hold = d.holdSeconds() == null ? null : (int) Math.round(lerp(d.holdSeconds(), loadAt));
        Rules.Rounding rounding = rules.strength().rounding();
        if (reps != null) {
            reps = Rules.Rounding.round(
                    rounding.reps(), reps, d.reps().min(), d.reps().max());
        }
        if (hold != null) {
            hold = Rules.Rounding.round(
                    rounding.holdSeconds(),
                    hold,
                    d.holdSeconds().min(),
                    d.holdSeconds().max());
        }
        Integer minutes = d.minutes() == null ? null : (int) Math.round(lerp(d.minutes(), loadAt));
        Integer distance = d.distanceM() == null ? null : (int) Math.round(lerp(d.distanceM(), loadAt));
        Integer rir = d.rir() == null ? null : (int) Math.round(lerp(d.rir(), 1 - loadAt));
        Integer pct = d.percent1rm() == null ? null : (int) Math.round(lerp(d.percent1rm(), loadAt));
        Integer rpe = d.rpe() == null ? null : (int) Math.round(lerp(d.rpe(), loadAt));
        Integer rest = d.restSeconds() == null
                ? null
                : heavy ? d.restSeconds().max() : d.restSeconds().min();
        if (deload) {
            sets = Math.max(1, (int) Math.round(sets * (100 - settings.deload().volumeCut()) / 100.0));
            rir = rir == null ? null : Math.min(5, rir + settings.deload().rirIncrease());
        }
        if (taperFraction > 0) {
            sets = Math.max(1, (int) Math.round(sets * (1 - settings.taper().volumeCut() / 100.0 * taperFraction)));
        }
        Double load = null;
        String unit = null;
        Double oneRm = athlete.oneRepMax().get(new LevelRef(a.position.exercise.id(), level.id()));
        if (oneRm != null && pct != null) {
            double step = profile.units().equals("lb")
                    ? rules.loads().lbIncrement()
                    : rules.loads().kgIncrement();
            load = Math.round(oneRm * pct / 100.0 / step) * step;
            unit = profile.units();
        }
        Program.Prescription p = new Program.Prescription(
                a.section,
                a.position.exercise.id(),
                a.position.exercise.name(),
                a.position.exercise.pattern(),
                level.id(),
                level.name(),
                a.position.index + 1,
                a.position.exercise.levels().size(),
                used.id(),
                sets,
                reps,
                hold,
                minutes,
                distance,
                level.laterality() == Laterality.EACH_SIDE,
                d.tempo(),
                rest,
                rir,
                pct,
                rpe,
                load,
                unit,
                level.impact().id(),
                level.equipment(),
                level.tags(),
                emptyToNull(Wording.progress(level.progressWhen(), level.laterality(), painLimits(), contact())),
                emptyToNull(Wording.regress(level.regressWhen(), painLimits(), contact())));
        if (!deload && taperFraction == 0) {
            a.lastRegular = p;
        }
        return p;
    }

    /** The pain limits of the blueprint's pain model: every pain number on a card comes from them. */
    private com.loadwise.library.PainLimits painLimits() {
        return rules.painModels().get(blueprint.painModel()).limits();
    }

    /** Whom the reader is told to contact (red-flags.yaml contact). */
    private String contact() {
        return Engine.contact(rules, profile);
    }

    /** Caps a plyometric session's ground contacts at the most the athlete's experience allows. */
    List<Program.Prescription> capContacts(
            List<Program.Prescription> plyo, List<Program.Explanation> whyOut, int week) {
        Range allowed = rules.plyometricContacts().get(profile.experience());
        if (allowed == null) {
            return plyo;
        }
        int total = plyo.stream().mapToInt(StrengthPlanner::contacts).sum();
        if (total <= allowed.max()) {
            return plyo;
        }
        double f = allowed.max() / (double) total;
        List<Program.Prescription> out = new ArrayList<>();
        for (Program.Prescription p : plyo) {
            out.add(p.reps() == null ? p : with(p, p.sets(), roundDown(p.reps() * f), p.rir()));
        }
        whyOut.add(new Program.Explanation(
                "week " + week + ", plyometrics",
                "ground contacts cut from " + total + " to at most " + allowed.max(),
                "a " + profile.experience() + " athlete does " + allowed.display() + " contacts a session",
                "policies.yaml plyometrics.contacts." + profile.experience()));
        return out;
    }

    /** {@code p} with its sets kept and its reps cut so that it has at most {@code max} contacts. */
    Program.Prescription atMostContacts(Program.Prescription p, int max) {
        if (p.reps() == null || contacts(p) <= max) {
            return p;
        }
        double perSet = max / (double) (p.sets() * (p.eachSide() ? 2 : 1));
        return with(p, p.sets(), roundDown(perSet), p.rir());
    }

    /** The largest rounded rep count at or below {@code reps} (at least 1). */
    private int roundDown(double reps) {
        int r = Math.max(1, (int) Math.floor(reps));
        List<Rules.Step> steps = rules.strength().rounding().reps();
        while (r > 1 && Rules.Rounding.round(steps, r, 1, r) != r) {
            r--;
        }
        return r;
    }

    private Intent doseIntent(Level level, Intent intent) {
        return doseIntent(rules, level, intent);
    }

    /** The intent whose dose a level uses in a stage of {@code intent}: the first of the fallback order it has. */
    static Intent doseIntent(Rules rules, Level level, Intent intent) {
        List<Intent> order = rules.strength().fallback().getOrDefault(intent, List.of(intent));
        for (Intent i : order) {
            if (level.doses().containsKey(i)) {
                return i;
            }
        }
        for (Intent i : List.of(
                Intent.ANY, Intent.ENDURANCE, Intent.HYPERTROPHY, Intent.STRENGTH, Intent.ISOMETRIC, Intent.POWER)) {
            if (level.doses().containsKey(i)) {
                return i;
            }
        }
        throw new IllegalStateException("level without doses: " + level.id());
    }

    static boolean isHeavy(Rules rules, Program.Prescription p) {
        return p.section().equals("main") && rules.strength().heavyIntents().contains(Intent.fromId(p.intent()));
    }

    private static double lerp(Range r, double at) {
        return r.min() + (r.max() - r.min()) * at;
    }

    private static String emptyToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }

    /** {@code p} with other sets, reps and reps in reserve. */
    static Program.Prescription with(Program.Prescription p, int sets, Integer reps, Integer rir) {
        return new Program.Prescription(
                p.section(),
                p.exercise(),
                p.exerciseName(),
                p.pattern(),
                p.level(),
                p.levelName(),
                p.levelNumber(),
                p.levels(),
                p.intent(),
                sets,
                reps,
                p.holdSeconds(),
                p.minutes(),
                p.distanceM(),
                p.eachSide(),
                p.tempo(),
                p.restSeconds(),
                rir,
                p.percent1rm(),
                p.rpe(),
                p.load(),
                p.loadUnit(),
                p.impact(),
                p.equipment(),
                p.tags(),
                p.moveUpWhen(),
                p.moveDownAfter());
    }
}
