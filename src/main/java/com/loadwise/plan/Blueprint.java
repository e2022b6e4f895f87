package com.loadwise.plan;

import com.loadwise.library.Impact;
import com.loadwise.library.Intent;
import com.loadwise.library.Range;
import com.loadwise.yaml.Position;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A staged program template. Optional policies ({@code deload}, {@code taper}, {@code running}) are null when the
 * blueprint keeps the defaults of {@code policies.yaml}.
 */
public record Blueprint(
        String id,
        String name,
        String summary,
        Set<String> forKinds,
        List<String> sources,
        String painModel,
        List<String> education,
        List<String> excludedTags,
        Periodisation periodisation,
        Rules.Deload deload,
        Rules.Taper taper,
        RunningOverride running,
        Map<String, String> irritability,
        List<Slot> warmUp,
        List<Slot> coolDown,
        List<Stage> stages,
        String file) {

    /** How the dose changes within a stage. */
    public enum Periodisation {
        LINEAR,
        DAILY_UNDULATING,
        BLOCK;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }
    }

    /** How a slot's level is chosen. */
    public enum LevelMode {
        CURRENT,
        STEP_UP,
        FIXED
    }

    /** What running a stage holds. */
    public enum RunMode {
        NONE,
        WALK_JOG,
        CONTINUOUS
    }

    /** How a continuous-running stage sets weekly volume. */
    public enum VolumeMode {
        REDUCE,
        HOLD,
        BUILD
    }

    /** Running caps a blueprint overrides (null keeps the default). */
    public record RunningOverride(
            Integer weeklyCap,
            Integer singleRunCap,
            Integer twoWeekCap,
            Rules.StepBack stepBack,
            Integer longRunShare) {}

    /** One stage. */
    public record Stage(
            String id,
            String name,
            String purpose,
            String subtitle,
            Intent intent,
            Range weeks,
            List<Criterion> entry,
            List<Criterion> exit,
            int strengthSessions,
            int plyometricSessions,
            Impact maxImpact,
            List<String> excludedTags,
            List<Slot> slots,
            RunningStage running,
            CrossTraining crossTraining,
            boolean taper,
            Position position) {}

    /** An exercise slot of a session: a pattern, the exercises that may fill it, and how the level is chosen. */
    public record Slot(
            String pattern, List<String> exercises, LevelMode level, String start, boolean climb, Position position) {}

    /**
     * A stage's running.
     *
     * @param minDaysBetween at least this many days from one run to the next (1 allows back-to-back days); null for
     *     the default (running.yaml return-to-run min-days-between for walk/jog, else 1)
     * @param speedAfterMinutes no quality run (tempo, intervals, hills) until an easy run of this length has been run;
     *     null for no such condition
     * @param ceilingPercent a build stage grows weekly running towards this share of the athlete's current running;
     *     null for policies.yaml running.build-ceiling (a goal race sets its own peak)
     */
    public record RunningStage(
            RunMode mode,
            int sessions,
            List<String> types,
            VolumeMode volume,
            int startPercent,
            Integer minDaysBetween,
            Integer speedAfterMinutes,
            Integer ceilingPercent) {

        public static final RunningStage NONE =
                new RunningStage(RunMode.NONE, 0, List.of(), VolumeMode.HOLD, 100, null, null, null);
    }

    /** Aerobic work in place of running. */
    public record CrossTraining(int sessions, String exercise, String level) {}

    public Stage stage(String stageId) {
        return stages.stream().filter(s -> s.id().equals(stageId)).findFirst().orElse(null);
    }
}
