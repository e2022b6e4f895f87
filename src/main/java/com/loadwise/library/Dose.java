package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A default dose for one intent. Exactly one of reps, holdSeconds, minutes or distanceM is set.
 *
 * @param sets sets
 * @param reps repetitions or ground contacts per set (per side when the level is each-side)
 * @param holdSeconds seconds held per set
 * @param minutes minutes per set
 * @param distanceM metres per set
 * @param tempo lower-pause-lift-pause seconds, X for explosive, or null
 * @param restSeconds rest between sets, or null
 * @param rir reps in reserve, or null
 * @param percent1rm load as % of one-repetition maximum, or null
 * @param rpe effort 1-10, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Dose(
        Range sets,
        Range reps,
        Range holdSeconds,
        Range minutes,
        Range distanceM,
        String tempo,
        Range restSeconds,
        Range rir,
        @JsonProperty("percent-1rm") Range percent1rm,
        Range rpe) {

    public Dose {
        if (sets == null) {
            throw new IllegalArgumentException("a dose needs sets");
        }
        int amounts = (reps != null ? 1 : 0)
                + (holdSeconds != null ? 1 : 0)
                + (minutes != null ? 1 : 0)
                + (distanceM != null ? 1 : 0);
        if (amounts != 1) {
            throw new IllegalArgumentException("a dose needs exactly one of reps, hold, minutes or distance");
        }
    }
}
