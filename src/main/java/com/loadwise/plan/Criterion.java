package com.loadwise.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.loadwise.i18n.Messages;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A printable criterion to start or leave a stage: "10 single-leg calf raises", with an optional pain ceiling.
 *
 * @param text what to do, as printed
 * @param painMax highest pain (0-10) allowed while doing it, or null; never above the move-up limit of the pain
 *     model in force (checked when the blueprint is read, see {@link RulesReader#criteria})
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criterion(String text, Integer painMax) {

    /** Words by which a text already says "no pain". */
    static final Pattern PAIN_FREE =
            Pattern.compile("(?i)pain-free|pain free|without pain|no pain|sin dolor|sin molestias");

    public Criterion {
        Objects.requireNonNull(text, "text");
    }

    /** "10 single-leg calf raises, pain ≤ 3/10". */
    public String display() {
        return display(Messages.english());
    }

    /** The criterion with its pain ceiling in {@code w}'s words. */
    public String display(Messages w) {
        if (painMax == null) {
            return text;
        }
        if (painMax == 0) {
            return PAIN_FREE.matcher(text).find() ? text : text + ", " + w.get("criteria.painFree");
        }
        return text + ", " + w.format("criteria.painAtMost", painMax);
    }
}
