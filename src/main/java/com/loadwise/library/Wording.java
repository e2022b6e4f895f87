package com.loadwise.library;

import java.util.ArrayList;
import java.util.List;

/** Doses and criteria in plain words, as printed by {@code library show} and in handouts. */
public final class Wording {

    private Wording() {}

    /** "3 × 15 each side, tempo 3-0-3-0, rest 90 s, 2 reps in reserve". */
    public static String dose(Dose d, Laterality laterality) {
        List<String> parts = new ArrayList<>();
        String side = laterality == Laterality.EACH_SIDE ? " each side" : "";
        String amount;
        if (d.reps() != null) {
            amount = d.reps().display();
        } else if (d.holdSeconds() != null) {
            amount = d.holdSeconds().display() + " s hold";
        } else if (d.minutes() != null) {
            amount = d.minutes().display() + " min";
        } else {
            amount = d.distanceM().display() + " m";
        }
        parts.add(d.sets().display() + " \u00d7 " + amount + side);
        if (d.tempo() != null) {
            parts.add("tempo " + d.tempo());
        }
        if (d.restSeconds() != null) {
            parts.add("rest " + seconds(d.restSeconds()));
        }
        if (d.percent1rm() != null) {
            parts.add(d.percent1rm().display() + "% 1RM");
        }
        if (d.rir() != null) {
            parts.add(d.rir().display() + " in reserve");
        }
        if (d.rpe() != null) {
            parts.add("effort " + d.rpe().display() + "/10");
        }
        return String.join(", ", parts);
    }

    private static String seconds(Range r) {
        if (r.min() >= 120 && r.min() % 60 == 0 && r.max() % 60 == 0) {
            Range minutes = new Range(r.min() / 60, r.max() / 60);
            return minutes.display() + " min";
        }
        return r.display() + " s";
    }

    /** "3 × 15 each side, pain ≤ 3/10, no flare the next day, 2 sessions in a row", or empty. */
    public static String progress(ProgressCriteria c, Laterality laterality) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String side = laterality == Laterality.EACH_SIDE ? " each side" : "";
        String target = null;
        if (c.reps() != null) {
            target = c.reps() + " reps";
        } else if (c.holdSeconds() != null) {
            target = c.holdSeconds() + " s hold";
        } else if (c.minutes() != null) {
            target = c.minutes() + " min";
        }
        if (target != null) {
            parts.add((c.sets() != null ? c.sets() + " \u00d7 " : "") + target + side);
        } else if (c.sets() != null) {
            parts.add(c.sets() + " sets");
        }
        if (c.rir() != null) {
            parts.add("with " + c.rir() + " or more reps in reserve");
        }
        if (c.painMax() != null) {
            parts.add(c.painMax() == 0 ? "pain-free" : "pain \u2264 " + c.painMax() + "/10");
        }
        if (Boolean.TRUE.equals(c.noNextDayFlare())) {
            parts.add("no flare the next day");
        }
        if (c.sessions() != null) {
            parts.add(c.sessions() == 1 ? "in one session" : c.sessions() + " sessions in a row");
        }
        if (c.note() != null) {
            parts.add(c.note());
        }
        return String.join(", ", parts);
    }

    /** "pain above 3/10, or a flare the next day. Any note as written.", or empty. */
    public static String regress(RegressCriteria c) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.painAbove() != null) {
            parts.add("pain above " + c.painAbove() + "/10");
        }
        if (Boolean.TRUE.equals(c.nextDayFlare())) {
            parts.add("a flare the next day");
        }
        String rule = String.join(", or ", parts);
        if (c.note() == null) {
            return rule;
        }
        return rule.isEmpty() ? c.note() : rule + ". " + c.note();
    }
}
