package com.loadwise.plan;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * A printable criterion to start or leave a stage: "10 single-leg calf raises", with an optional pain ceiling.
 *
 * @param text what to do, as printed
 * @param painMax highest pain (0-10) allowed while doing it, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Criterion(String text, Integer painMax) {

    public Criterion {
        Objects.requireNonNull(text, "text");
    }

    /** "10 single-leg calf raises, pain ≤ 3/10". */
    public String display() {
        if (painMax == null) {
            return text;
        }
        return painMax == 0 ? text + ", pain-free" : text + ", pain \u2264 " + painMax + "/10";
    }
}
