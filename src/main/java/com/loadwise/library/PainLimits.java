package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The pain numbers of the pain model in force, from which every printed pain limit is worded: cards, stage
 * criteria and the pain guide.
 *
 * @param moveUpMax highest pain (0-10) that still allows moving up (the green zone is 0 to this)
 * @param repeatMax highest pain at which the level is repeated rather than moved up (the amber zone runs from
 *     {@code moveUpMax + 1} to this), or null when any pain above {@code moveUpMax} means stepping back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PainLimits(int moveUpMax, Integer repeatMax) {

    public PainLimits {
        if (moveUpMax < 0 || moveUpMax > 10) {
            throw new IllegalArgumentException("move-up limit " + moveUpMax + " is outside 0-10");
        }
        if (repeatMax != null && (repeatMax <= moveUpMax || repeatMax > 10)) {
            throw new IllegalArgumentException("repeat limit " + repeatMax + " must lie above " + moveUpMax);
        }
    }

    /** Pain above this means stepping back: the top of the amber zone, or the move-up limit when there is none. */
    public int stepBackAbove() {
        return repeatMax != null ? repeatMax : moveUpMax;
    }

    /** "0–3 out of 10", or "0 out of 10". */
    public String greenRange() {
        return moveUpMax == 0 ? "0 out of 10" : "0\u2013" + moveUpMax + " out of 10";
    }

    /** "4–5 out of 10", or null without an amber zone. */
    public String amberRange() {
        if (repeatMax == null) {
            return null;
        }
        return repeatMax == moveUpMax + 1
                ? repeatMax + " out of 10"
                : (moveUpMax + 1) + "\u2013" + repeatMax + " out of 10";
    }

    /** "Above 5 out of 10", or "Any pain" when the limit is 0. */
    public String redRange() {
        return stepBackAbove() == 0 ? "Any pain" : "Above " + stepBackAbove() + " out of 10";
    }
}
