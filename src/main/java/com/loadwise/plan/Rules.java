package com.loadwise.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loadwise.library.Intent;
import com.loadwise.library.PainLimits;
import com.loadwise.library.Range;
import com.loadwise.library.Translations;
import com.loadwise.library.Wording;
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
        Map<String, Education> education,
        Translations translations,
        Replan replan) {

    /**
     * Re-planning after a check-in: a stage whose exit is not met as its weeks run out gets {@code extendWeeks}
     * more (up to its own maximum), taken from later stages.
     */
    public record Replan(int extendWeeks) {}

    /** Running caps (percent values are whole percents). */
    public record RunningPolicy(
            int weeklyCap,
            Range weeklyCapRange,
            int twoWeekCap,
            int singleRunCap,
            int lookbackDays,
            int longRunShare,
            int longRunShareMax,
            int longRunOverEasy,
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
                    longRunShareMax,
                    longRunOverEasy,
                    minRunMinutes,
                    stepBack != null ? stepBack : this.stepBack,
                    buildCeiling,
                    defaultEasyPace);
        }
    }

    /** In a lighter (deload) week running steps back by {@code cut} percent. */
    public record StepBack(int cut) {}

    /** Strength deload: every Nth week, volume cut (percent), reps in reserve added. */
    public record Deload(int every, int volumeCut, int rirIncrease) {}

    /** Taper before a race. */
    public record Taper(int weeks, int volumeCut, int strengthSessions, int lastRunDaysBefore) {}

    /** Strength rules. */
    public record Strength(
            int heavyGapHours,
            Set<Intent> heavyIntents,
            int climbEveryWeeks,
            Map<Intent, List<Intent>> fallback,
            Rounding rounding) {}

    /** From {@code from} up, a dose is a multiple of {@code step}. */
    public record Step(int from, int step) {}

    /**
     * How reps and hold times are rounded so a dose is one a person can count (15, 20, 25 rather than 23), kept
     * inside the level's range.
     */
    public record Rounding(List<Step> reps, List<Step> holdSeconds) {

        /** {@code value} rounded by {@code steps}, then kept within {@code min}..{@code max}. */
        public static int round(List<Step> steps, int value, int min, int max) {
            int step = 1;
            for (Step s : steps) {
                if (value >= s.from()) {
                    step = s.step();
                }
            }
            int r = (int) Math.round(value / (double) step) * step;
            // keep inside the range on a step if one fits, else at the range's own end
            if (r > max) {
                r = (max / step) * step >= min ? (max / step) * step : max;
            }
            if (r < min) {
                r = ((min + step - 1) / step) * step <= max ? ((min + step - 1) / step) * step : min;
            }
            return r;
        }
    }

    /** Load rounding and 1RM estimation. */
    public record Loads(double kgIncrement, double lbIncrement, int epleyDivisor) {}

    /** What a past injury changes. */
    public record PastInjury(String id, Integer weeklyCap, List<String> excludedTags, String note) {}

    /** A run type: name, effort and terrain as printed. */
    public record RunType(
            String id,
            String name,
            String effort,
            String terrain,
            Integer workShare,
            Integer maxWorkMinutes,
            Integer repeatMinutes,
            Integer recoverMinutes,
            Integer recoverShareMax) {}

    /** One rung of the walk/jog ladder: minutes walking, minutes jogging, repeats. */
    public record WalkJog(int walk, int jog, int repeats) {
        public int totalMinutes() {
            return (walk + jog) * repeats;
        }

        public boolean continuous() {
            return walk == 0 && repeats == 1;
        }
    }

    /**
     * The return-to-run ladder; {@code oneChangeAWeek} names the pain models under which running and impact (ground
     * contacts, a new or harder jumping exercise) never rise in the same week.
     */
    public record ReturnToRun(
            int repeatEachLevel,
            int minDaysBetween,
            List<Criterion> entry,
            List<WalkJog> levels,
            List<String> oneChangeAWeek) {}

    /** A goal race and the volumes a plan builds towards, by experience. */
    public record Race(
            String id, String name, double km, Map<String, Integer> peakWeek, Map<String, Integer> peakLong) {}

    /**
     * A pain-monitoring model as printed: a traffic light and what to do after a flare. Every pain number printed
     * in a program (cards, stage criteria, this guide) comes from {@code limits}.
     *
     * @param green the green zone as printed, its range worded from {@code limits}
     * @param amber the amber zone (repeat the level), or null when the model has none
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PainModel(
            String id,
            String name,
            String source,
            PainLimits limits,
            String nextMorning,
            String green,
            String amber,
            String red,
            String afterFlare,
            @com.fasterxml.jackson.annotation.JsonIgnore String afterFlareWithoutRunning) {

        /** The model with {@code {contact}} in its texts worded for one reader. */
        public PainModel personal(String contact) {
            return new PainModel(
                    id,
                    name,
                    source,
                    limits,
                    Wording.personal(nextMorning, contact),
                    Wording.personal(green, contact),
                    Wording.personal(amber, contact),
                    Wording.personal(red, contact),
                    Wording.personal(afterFlare, contact),
                    afterFlareWithoutRunning == null ? null : Wording.personal(afterFlareWithoutRunning, contact));
        }

        /** What to do after a flare, in a stage or program without running ({@code after-flare-without-running}). */
        public String afterFlare(boolean hasRunning) {
            return hasRunning || afterFlareWithoutRunning == null ? afterFlare : afterFlareWithoutRunning;
        }

        /** The model as a program without running prints it. */
        public PainModel withoutRunning() {
            return new PainModel(
                    id,
                    name,
                    source,
                    limits,
                    nextMorning,
                    green,
                    amber,
                    red,
                    afterFlare(false),
                    afterFlareWithoutRunning);
        }
    }

    /**
     * Red flags and who to contact, chosen per pain model and per kind of user.
     *
     * @param contact by kind of user: the phrase for "contact …" when the profile names a clinician (or coach), and
     *     when it names none (a self-guided runner)
     * @param flags "stop and contact …" flags
     * @param urgent "get urgent medical help" flags
     */
    public record RedFlags(Map<String, Contact> contact, List<Flag> flags, List<Flag> urgent) {

        /** Whom a reader of this kind is told to contact. */
        public String contactFor(String kind, boolean namesClinician) {
            Contact c = contact.get(kind);
            return namesClinician ? c.named() : c.unnamed();
        }

        /**
         * The texts of the flags that apply to this pain model, kind of user and program (a flag about running
         * only when it has running), worded for the reader.
         */
        public static List<String> select(
                List<Flag> flags, String painModel, String kind, boolean hasRunning, String contact) {
            return flags.stream()
                    .filter(f -> f.painModels().isEmpty() || f.painModels().contains(painModel))
                    .filter(f -> f.users().isEmpty() || f.users().contains(kind))
                    .filter(f -> !f.running() || hasRunning)
                    .map(f -> Wording.personal(f.text(), contact))
                    .toList();
        }
    }

    /** Whom to contact: when the profile names a clinician, and when it does not. */
    public record Contact(String named, String unnamed) {}

    /**
     * A red flag.
     *
     * @param painModels the pain models it is printed for (all when empty)
     * @param users the kinds of user it is printed for (all when empty)
     * @param running printed only in a program with running sessions
     */
    public record Flag(String text, List<String> painModels, List<String> users, boolean running, String source) {}

    /** An education block. */
    public record Education(String id, String title, List<String> paragraphs, String source) {

        /** The block with {@code {contact}} worded for one reader. */
        public Education personal(String contact) {
            return new Education(
                    id,
                    title,
                    paragraphs.stream().map(t -> Wording.personal(t, contact)).toList(),
                    source);
        }
    }
}
