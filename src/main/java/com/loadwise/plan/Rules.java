package com.loadwise.plan;

import com.loadwise.library.Intent;
import com.loadwise.library.Range;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every rule the engine applies, read from {@code policies.yaml}, {@code running.yaml}, {@code pain-models.yaml},
 * {@code red-flags.yaml} and {@code education/}. Nothing here is a Java literal; see those files for the
 * defaults and their evidence.
 */
public record Rules(
        RunningPolicy running,
        Deload deload,
        Taper taper,
        Strength strength,
        Map<String, Range> plyometricContacts,
        int plyometricGapHours,
        Loads loads,
        Map<String, Integer> deloadEveryByExperience,
        Map<String, PastInjury> pastInjuries,
        Map<String, RunType> runTypes,
        ReturnToRun returnToRun,
        Map<String, Race> races,
        Map<String, PainModel> painModels,
        RedFlags redFlags,
        Map<String, Education> education) {

    /** Running caps (percent values are whole percents). */
    public record RunningPolicy(
            int weeklyCap,
            Range weeklyCapRange,
            int twoWeekCap,
            int singleRunCap,
            int lookbackDays,
            int longRunShare,
            int minRunMinutes,
            StepBack stepBack,
            int buildCeiling,
            double defaultEasyPace) {

        public RunningPolicy with(
                Integer weeklyCap, Integer singleRunCap, Integer twoWeekCap, StepBack stepBack, Integer longRunShare) {
            return new RunningPolicy(
                    weeklyCap != null ? weeklyCap : this.weeklyCap,
                    weeklyCapRange,
                    twoWeekCap != null ? twoWeekCap : this.twoWeekCap,
                    singleRunCap != null ? singleRunCap : this.singleRunCap,
                    lookbackDays,
                    longRunShare != null ? longRunShare : this.longRunShare,
                    minRunMinutes,
                    stepBack != null ? stepBack : this.stepBack,
                    buildCeiling,
                    defaultEasyPace);
        }
    }

    /** Hold or step back running every {@code every} weeks by {@code cut} percent. */
    public record StepBack(int every, int cut) {}

    /** Strength deload: every Nth week, volume cut (percent), reps in reserve added. */
    public record Deload(int every, int volumeCut, int rirIncrease) {}

    /** Taper before a race. */
    public record Taper(int weeks, int volumeCut, int strengthSessions, int lastRunDaysBefore) {}

    /** Strength rules. */
    public record Strength(
            int heavyGapHours, Set<Intent> heavyIntents, int climbEveryWeeks, Map<Intent, List<Intent>> fallback) {}

    /** Load rounding and 1RM estimation. */
    public record Loads(double kgIncrement, double lbIncrement, int epleyDivisor) {}

    /** What a past injury changes. */
    public record PastInjury(String id, Integer weeklyCap, List<String> excludedTags, String note) {}

    /** A run type: name, effort and terrain as printed. */
    public record RunType(
            String id, String name, String effort, String terrain, Integer workShare, Integer maxWorkMinutes) {}

    /** One rung of the walk/jog ladder: minutes walking, minutes jogging, repeats. */
    public record WalkJog(int walk, int jog, int repeats) {
        public int totalMinutes() {
            return (walk + jog) * repeats;
        }

        public boolean continuous() {
            return walk == 0 && repeats == 1;
        }
    }

    /** The return-to-run ladder. */
    public record ReturnToRun(int repeatEachLevel, int minDaysBetween, List<Criterion> entry, List<WalkJog> levels) {}

    /** A goal race and the volumes a plan builds towards, by experience. */
    public record Race(
            String id, String name, double km, Map<String, Integer> peakWeek, Map<String, Integer> peakLong) {}

    /** A pain-monitoring model as printed: a traffic light and what to do after a flare. */
    public record PainModel(
            String id,
            String name,
            String source,
            int duringMax,
            String nextMorning,
            String green,
            String amber,
            String red,
            String afterFlare) {}

    /** Red flags: printed in every handout, plus those of the program's pain model. */
    public record RedFlags(List<String> general, List<String> urgent, Map<String, List<String>> byPainModel) {}

    /** An education block. */
    public record Education(String id, String title, List<String> paragraphs, String source) {}
}
