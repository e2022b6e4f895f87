package com.loadwise.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * A run as the steps a runner follows, in order: what a watch workout holds and what the plan text describes. Made
 * from the run alone, so every face shows the same steps.
 *
 * <ul>
 *   <li>an easy, long or recovery run (or the continuous top of the walk/jog ladder): one step;
 *   <li>walk/jog: {@code repeats} × (walk, jog);
 *   <li>a run with a work block (tempo): warm-up, the work, cool-down, the easy minutes split in two (the warm-up
 *       gets the odd minute);
 *   <li>a run done as repeats (intervals, hills): warm-up, {@code repeats} × (a hard piece, {@code recoverMinutes}
 *       easy), cool-down; a piece is the work minutes shared out, rounded down to 5 seconds, and what rounding takes
 *       off goes to the cool-down, so the steps always add up to the run's minutes.
 * </ul>
 *
 * A race has no steps; a run too short to hold any work minutes is one easy step.
 *
 * @param before the steps before the repeated ones
 * @param repeated the steps done {@code repeats} times (empty when nothing repeats)
 * @param after the steps after the repeated ones
 */
public record RunSteps(List<Step> before, List<Step> repeated, int repeats, List<Step> after) {

    /** What a step asks for; a watch shows each kind differently. */
    public enum Kind {
        WARM_UP,
        EASY,
        WALK,
        HARD,
        RECOVER,
        COOL_DOWN
    }

    /** One step: its kind, a short name a watch can show, how long, and how hard. */
    public record Step(Kind kind, String name, int seconds, String effort) {}

    public RunSteps {
        before = List.copyOf(before);
        repeated = List.copyOf(repeated);
        after = List.copyOf(after);
    }

    /** The steps of a run ({@code null} for a race). */
    public static RunSteps of(Program.Run r) {
        if (r.type().equals("race")) {
            return null;
        }
        int total = r.minutes() * 60;
        if (r.walkMinutes() != null && r.walkMinutes() > 0) {
            return new RunSteps(
                    List.of(),
                    List.of(
                            new Step(Kind.WALK, "Walk", r.walkMinutes() * 60, "brisk walk"),
                            new Step(Kind.EASY, "Jog", r.jogMinutes() * 60, r.effort())),
                    r.repeats(),
                    List.of());
        }
        if (r.workMinutes() == null || r.workMinutes() == 0) {
            return new RunSteps(List.of(new Step(Kind.EASY, r.name(), total, r.effort())), List.of(), 0, List.of());
        }
        int work = r.workMinutes() * 60;
        if (r.repeats() == null) {
            int easy = total - work;
            int warm = (easy / 60 + 1) / 2 * 60;
            return new RunSteps(
                    List.of(
                            new Step(Kind.WARM_UP, "Warm-up", warm, "easy"),
                            new Step(Kind.HARD, r.name(), work, r.effort())),
                    List.of(),
                    0,
                    List.of(new Step(Kind.COOL_DOWN, "Cool-down", easy - warm, "easy")));
        }
        int n = r.repeats();
        int piece = work / n / 5 * 5;
        int recover = r.recoverMinutes() * 60;
        int easy = total - n * (piece + recover);
        int warm = ((total - work - n * recover) / 60 + 1) / 2 * 60;
        List<Step> repeated = new ArrayList<>();
        repeated.add(new Step(Kind.HARD, "Hard", piece, r.effort()));
        repeated.add(new Step(Kind.RECOVER, "Easy", recover, "easy"));
        return new RunSteps(
                List.of(new Step(Kind.WARM_UP, "Warm-up", warm, "easy")),
                repeated,
                n,
                List.of(new Step(Kind.COOL_DOWN, "Cool-down", easy - warm, "easy")));
    }

    /** Every step in the order it is run, repeats written out. */
    public List<Step> flat() {
        List<Step> all = new ArrayList<>(before);
        for (int i = 0; i < repeats; i++) {
            all.addAll(repeated);
        }
        all.addAll(after);
        return all;
    }

    /** The repeated pieces as a runner reads them: "4 × 3:15" (the hard piece of intervals or hills). */
    public String pieces() {
        return repeats + " \u00d7 " + time(repeated.get(0).seconds());
    }

    /** A time as a runner reads it: "3 min", "3:15". */
    public static String time(int seconds) {
        return seconds % 60 == 0
                ? seconds / 60 + " min"
                : String.format(java.util.Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }
}
