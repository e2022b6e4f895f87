package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loadwise.i18n.Messages;

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
        return greenRange(Messages.english());
    }

    /** The green zone's range in {@code words}. */
    public String greenRange(Messages words) {
        return moveUpMax == 0 ? words.format("pain.range.one", 0) : words.format("pain.range", 0, moveUpMax);
    }

    /** "4–5 out of 10", or null without an amber zone. */
    public String amberRange() {
        return amberRange(Messages.english());
    }

    /** The amber zone's range in {@code words}, or null. */
    public String amberRange(Messages words) {
        if (repeatMax == null) {
            return null;
        }
        return repeatMax == moveUpMax + 1
                ? words.format("pain.range.one", repeatMax)
                : words.format("pain.range", moveUpMax + 1, repeatMax);
    }

    /** "4–5/10", the amber range as a card prints it, or null. */
    public String amberShort() {
        if (repeatMax == null) {
            return null;
        }
        return repeatMax == moveUpMax + 1 ? repeatMax + "/10" : (moveUpMax + 1) + "\u2013" + repeatMax + "/10";
    }

    /** "Above 5 out of 10", or "Any pain" when the limit is 0. */
    public String redRange() {
        return redRange(Messages.english());
    }

    /** The red zone's range in {@code words}. */
    public String redRange(Messages words) {
        return stepBackAbove() == 0 ? words.get("pain.range.any") : words.format("pain.range.above", stepBackAbove());
    }
}
