package com.loadwise.library;

import com.loadwise.i18n.Messages;
import java.util.ArrayList;
import java.util.List;

/** Doses and criteria in plain words, as printed by {@code library show} and in handouts. */
public final class Wording {

    private Wording() {}

    /** "3 × 15 each side, tempo 3-0-3-0, rest 90 s, 2 reps in reserve". */
    public static String dose(Dose d, Laterality laterality) {
        return dose(d, laterality, Messages.english());
    }

    /** The dose in {@code w}'s words. */
    public static String dose(Dose d, Laterality laterality, Messages w) {
        List<String> parts = new ArrayList<>();
        String side = laterality == Laterality.EACH_SIDE ? w.get("dose.eachSide") : "";
        String amount;
        if (d.reps() != null) {
            amount = d.reps().display();
        } else if (d.holdSeconds() != null) {
            amount = w.format("dose.hold", d.holdSeconds().display());
        } else if (d.minutes() != null) {
            amount = w.format("dose.minutes", d.minutes().display());
        } else {
            amount = w.format("dose.metres", d.distanceM().display());
        }
        parts.add(d.sets().display() + " \u00d7 " + amount + side);
        if (d.tempo() != null) {
            parts.add(w.format("dose.tempo", d.tempo()));
        }
        if (d.restSeconds() != null) {
            parts.add(w.format("dose.rest", seconds(d.restSeconds(), w)));
        }
        if (d.percent1rm() != null) {
            parts.add(w.format("dose.percent1rm", d.percent1rm().display()));
        }
        if (d.rir() != null) {
            parts.add(w.format("dose.inReserve", d.rir().display()));
        }
        if (d.rpe() != null) {
            parts.add(w.format("dose.effort", d.rpe().display()));
        }
        return String.join(", ", parts);
    }

    private static String seconds(Range r, Messages w) {
        if (r.min() >= 120 && r.min() % 60 == 0 && r.max() % 60 == 0) {
            Range minutes = new Range(r.min() / 60, r.max() / 60);
            return w.format("dose.minutes", minutes.display());
        }
        return w.format("dose.seconds", r.display());
    }

    /** The token in a printed text that stands for whom the reader should contact ({@link #personal}). */
    public static final String CONTACT = "{contact}";

    /** Who to contact when no program is in view ({@code library show}). */
    public static final String DEFAULT_CONTACT = "your clinician";

    /** Who to contact when no program is in view, in {@code w}'s words. */
    public static String defaultContact(Messages w) {
        return w.get("contact.default");
    }

    /**
     * The text with {@code {contact}} replaced by the phrase for this reader ("your clinician", "a physiotherapist
     * or doctor"); {@code {Contact}} starts a sentence. Null stays null.
     */
    public static String personal(String text, String contact) {
        if (text == null) {
            return null;
        }
        return text.replace(CONTACT, contact).replace("{Contact}", capitalised(contact));
    }

    /** The text with its first letter a capital, to start a sentence. */
    public static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /**
     * "3 × 15 each side, pain ≤ 3/10 (4–5/10: repeat this level), no flare the next day, 2 sessions in a row", or
     * empty. The pain number comes from {@code limits}, the pain model in force; without one (a level shown on its
     * own) the pain part refers to the reader's pain guide.
     */
    public static String progress(ProgressCriteria c, Laterality laterality, PainLimits limits, String contact) {
        return progress(c, laterality, limits, contact, Messages.english());
    }

    /** The criteria to move up, in {@code w}'s words. */
    public static String progress(
            ProgressCriteria c, Laterality laterality, PainLimits limits, String contact, Messages w) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        String side = laterality == Laterality.EACH_SIDE ? w.get("dose.eachSide") : "";
        String target = null;
        if (c.reps() != null) {
            target = w.format("criteria.reps", c.reps());
        } else if (c.holdSeconds() != null) {
            target = w.format("dose.hold", c.holdSeconds());
        } else if (c.minutes() != null) {
            target = w.format("dose.minutes", c.minutes());
        }
        if (target != null) {
            parts.add((c.sets() != null ? c.sets() + " \u00d7 " : "") + target + side);
        } else if (c.sets() != null) {
            parts.add(w.format("criteria.sets", c.sets()));
        }
        if (c.rir() != null) {
            parts.add(w.format("criteria.inReserve", c.rir()));
        }
        if (c.pain() == PainRule.NONE || (c.pain() != null && limits != null && limits.moveUpMax() == 0)) {
            parts.add(w.get("criteria.painFree"));
        } else if (c.pain() != null && limits == null) {
            parts.add(w.get("criteria.painGreen"));
        } else if (c.pain() != null) {
            String amber = limits.amberShort() == null ? "" : w.format("criteria.painAmber", limits.amberShort());
            parts.add(w.format("criteria.painAtMost", limits.moveUpMax()) + amber);
        }
        if (Boolean.TRUE.equals(c.noNextDayFlare())) {
            parts.add(w.get("criteria.noFlare"));
        }
        if (c.sessions() != null) {
            parts.add(c.sessions() == 1 ? w.get("criteria.sessions.one") : w.format("criteria.sessions", c.sessions()));
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
        return regress(c, limits, contact, Messages.english());
    }

    /** The criteria to step back, in {@code w}'s words. */
    public static String regress(RegressCriteria c, PainLimits limits, String contact, Messages w) {
        if (c == null) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        if (c.pain() == PainRule.ANY || (c.pain() != null && limits != null && limits.stepBackAbove() == 0)) {
            parts.add(w.get("criteria.anyPain"));
        } else if (c.pain() != null && limits == null) {
            parts.add(w.get("criteria.painRed"));
        } else if (c.pain() != null) {
            parts.add(w.format("criteria.painAbove", limits.stepBackAbove()));
        }
        if (Boolean.TRUE.equals(c.nextDayFlare())) {
            parts.add(w.get("criteria.flare"));
        }
        String rule = String.join(w.get("criteria.or"), parts);
        String note = personal(c.note(), contact);
        if (note == null) {
            return rule;
        }
        return rule.isEmpty() ? note : rule + ". " + note;
    }
}
