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

    /** The token in a printed text that stands for whom the reader should contact ({@link #personal}). */
    public static final String CONTACT = "{contact}";

    /** Who to contact when no program is in view ({@code library show}). */
    public static final String DEFAULT_CONTACT = "your clinician";

    /**
     * The text with {@code {contact}} replaced by the phrase for this reader ("your clinician", "a physiotherapist
     * or doctor"); {@code {Contact}} starts a sentence. Null stays null.
     */
    public static String personal(String text, String contact) {
        if (text == null) {
            return null;
        }
        String capital = contact.isEmpty() ? contact : Character.toUpperCase(contact.charAt(0)) + contact.substring(1);
        return text.replace(CONTACT, contact).replace("{Contact}", capital);
    }

    /**
     * "3 × 15 each side, pain ≤ 3/10 (4–5/10: repeat this level), no flare the next day, 2 sessions in a row", or
     * empty. The pain number comes from {@code limits}, the pain model in force; without one (a level shown on its
     * own) the pain part refers to the reader's pain guide.
     */
    public static String progress(ProgressCriteria c, Laterality laterality, PainLimits limits, String contact) {
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
        if (c.pain() == PainRule.NONE || (c.pain() != null && limits != null && limits.moveUpMax() == 0)) {
            parts.add("pain-free");
        } else if (c.pain() != null && limits == null) {
            parts.add("pain in the green zone of your pain guide");
        } else if (c.pain() != null) {
            String amber = limits.amberRange() == null
                    ? ""
                    : " (" + limits.amberRange().replace(" out of 10", "/10") + ": repeat this level)";
            parts.add("pain \u2264 " + limits.moveUpMax() + "/10" + amber);
        }
        if (Boolean.TRUE.equals(c.noNextDayFlare())) {
            parts.add("no flare the next day");
        }
        if (c.sessions() != null) {
            parts.add(c.sessions() == 1 ? "in one session" : c.sessions() + " sessions in a row");
        }
        String rule = String.join(", ", parts);
        String note = c.note() == null ? null : personal(c.note(), contact);
        if (note == null) {
            return rule;
        }
        // a note is a sentence of its own
        return rule.isEmpty() ? note : rule + ". " + note;
    }

    /** "pain above 5/10, or a flare the next day. Any note as written.", or empty. */
    public static String regress(RegressCriteria c, PainLimits limits, String contact) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.pain() == PainRule.ANY || (c.pain() != null && limits != null && limits.stepBackAbove() == 0)) {
            parts.add("any pain");
        } else if (c.pain() != null && limits == null) {
            parts.add("pain in the red zone of your pain guide");
        } else if (c.pain() != null) {
            parts.add("pain above " + limits.stepBackAbove() + "/10");
        }
        if (Boolean.TRUE.equals(c.nextDayFlare())) {
            parts.add("a flare the next day");
        }
        String rule = String.join(", or ", parts);
        String note = personal(c.note(), contact);
        if (note == null) {
            return rule;
        }
        return rule.isEmpty() ? note : rule + ". " + note;
    }
}
