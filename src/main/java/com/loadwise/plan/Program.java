package com.loadwise.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;

/**
 * One athlete's dated, staged program: what the engine produces and every output format reads. Plain data; the
 * engine decides, renderers only print.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"format", "kind"})
public record Program(
        String format,
        String kind,
        String athlete,
        String group,
        String title,
        String clinician,
        String clinic,
        String goal,
        String notes,
        BlueprintInfo blueprint,
        LocalDate start,
        LocalDate end,
        RaceInfo race,
        String units,
        Rules.PainModel painModel,
        String contact,
        List<String> redFlags,
        List<String> urgentFlags,
        List<Rules.Education> education,
        List<StageBlock> stages,
        RunningAfter runningAfter,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Review.Adjustment> adjustments,
        List<Explanation> explanations) {

    /** Identifies the JSON layout; see docs/schema/program.schema.json. */
    public static final String FORMAT = "loadwise-program/1";

    public Program {
        stages = List.copyOf(stages);
        adjustments = List.copyOf(adjustments);
        explanations = List.copyOf(explanations);
    }

    /** The blueprint the program follows. */
    public record BlueprintInfo(String id, String name, String summary, String periodisation, List<String> sources) {}

    /**
     * Where the running stands when the program ends short of the runner's usual week (a program without a goal race):
     * what to build back towards afterwards, and the limits the program kept to, which still apply.
     *
     * @param week the program's last full week of running (not a lighter or taper week)
     * @param minutes the running minutes of that week
     * @param usualMinutes the weekly running minutes the profile gives as usual before the program
     * @param weeklyCap the most weekly running may rise in a week (%)
     * @param singleRunOver the most a run may be longer than the longest run of the last {@code lookbackDays} (%)
     * @param lookbackDays the days that rule looks back
     * @param lighterEvery a lighter week every this many weeks
     */
    public record RunningAfter(
            int week,
            int minutes,
            int usualMinutes,
            int weeklyCap,
            int singleRunOver,
            int lookbackDays,
            int lighterEvery) {

        /** The sentence a reader sees, in {@code w}'s language. */
        public String sentence(com.loadwise.i18n.Messages w) {
            return w.format(
                    "after.running", minutes, usualMinutes, weeklyCap, singleRunOver, lookbackDays, lighterEvery);
        }
    }

    /** The goal race. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record RaceInfo(String id, String name, double km, LocalDate date) {}

    /**
     * A stage with its dated weeks.
     *
     * @param number the stage's place in the program from its first week (1 = the first), kept by a re-plan, whose
     *     block may start at a later stage
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StageBlock(
            int number,
            String id,
            String name,
            String purpose,
            String subtitle,
            String intent,
            int firstWeek,
            int lastWeek,
            List<Criterion> entry,
            List<Criterion> exit,
            String afterFlare,
            List<Week> weeks) {}

    /**
     * A week.
     *
     * @param strengthSets sets of strength and plyometric work in the week
     * @param runMinutes running minutes in the week (walk/jog sessions count their whole time; the race does not
     *     count)
     */
    public record Week(
            int number,
            LocalDate start,
            LocalDate end,
            boolean deload,
            boolean stepBack,
            boolean taper,
            int strengthSets,
            int runMinutes,
            List<Day> days) {}

    /** A day; a day without sessions is a rest day. */
    public record Day(LocalDate date, String weekday, List<Session> sessions) {}

    /**
     * A session.
     *
     * @param type strength, plyometric, run, cross-training or race
     * @param heavy a strength session of a heavy intent (spaced at least 48 h apart)
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Session(String type, String title, boolean heavy, List<Prescription> items, Run run) {}

    /**
     * One exercise as prescribed.
     *
     * @param section warm-up, main or cool-down
     * @param load load in {@code loadUnit} rounded to what a gym holds, when a test result gives a 1RM
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Prescription(
            String section,
            String exercise,
            String exerciseName,
            String pattern,
            String level,
            String levelName,
            int levelNumber,
            int levels,
            String intent,
            int sets,
            Integer reps,
            Integer holdSeconds,
            Integer minutes,
            Integer distanceM,
            boolean eachSide,
            String tempo,
            Integer restSeconds,
            Integer rir,

            @com.fasterxml.jackson.annotation.JsonProperty("percent-1rm")
            Integer percent1rm,

            Integer rpe,
            Double load,
            String loadUnit,
            String impact,
            List<String> equipment,
            List<String> tags,
            String moveUpWhen,
            String moveDownAfter) {

        /**
         * A level at the low end of its first dose, outside any periodisation: for cross-training sessions and
         * for showing a level on its own (the card contact sheet, where {@code limits} is null).
         */
        public static Prescription atFirstDose(
                com.loadwise.library.Exercise e,
                com.loadwise.library.Level l,
                com.loadwise.library.PainLimits limits,
                String contact) {
            java.util.Map.Entry<com.loadwise.library.Intent, com.loadwise.library.Dose> first =
                    l.doses().entrySet().iterator().next();
            com.loadwise.library.Dose d = first.getValue();
            return new Prescription(
                    "main",
                    e.id(),
                    e.name(),
                    e.pattern(),
                    l.id(),
                    l.name(),
                    e.indexOf(l.id()) + 1,
                    e.levels().size(),
                    first.getKey().id(),
                    d.sets().min(),
                    low(d.reps()),
                    low(d.holdSeconds()),
                    low(d.minutes()),
                    low(d.distanceM()),
                    l.laterality() == com.loadwise.library.Laterality.EACH_SIDE,
                    d.tempo(),
                    low(d.restSeconds()),
                    low(d.rir()),
                    low(d.percent1rm()),
                    low(d.rpe()),
                    null,
                    null,
                    l.impact().id(),
                    l.equipment(),
                    l.tags(),
                    blankToNull(
                            com.loadwise.library.Wording.progress(l.progressWhen(), l.laterality(), limits, contact)),
                    blankToNull(com.loadwise.library.Wording.regress(l.regressWhen(), limits, contact)));
        }

        private static Integer low(com.loadwise.library.Range r) {
            return r == null ? null : r.min();
        }

        private static String blankToNull(String s) {
            return s == null || s.isEmpty() ? null : s;
        }
    }

    /**
     * A run.
     *
     * @param minutes whole session minutes (walk and jog together for walk/jog sessions)
     * @param km distance at the athlete's easy pace, when known
     * @param workMinutes for tempo, interval and hill runs: the minutes at the named effort (the rest is easy
     *     running before and after)
     * @param repeats walk/jog rounds; or, for a run whose work is done in repeats (intervals, hills), the number of
     *     hard pieces the work minutes are split into, each followed by {@code recoverMinutes} of easy running
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Run(
            String type,
            String name,
            int minutes,
            Double km,
            String effort,
            String terrain,
            Integer workMinutes,
            Integer walkMinutes,
            Integer jogMinutes,
            Integer repeats,
            Integer recoverMinutes) {}

    /**
     * Why the engine made a choice.
     *
     * @param topic what was decided (e.g. "week 4", "slot hip-abduction")
     * @param decision what it decided
     * @param rule the rule applied
     * @param source where the rule or input is: a file and line, or a policies.yaml key
     */
    public record Explanation(String topic, String decision, String rule, String source) {}
}
