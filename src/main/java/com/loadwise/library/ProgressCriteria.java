package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When to move up a level. Every field is optional; the handout prints those that are set.
 *
 * @param sets target sets
 * @param reps target reps per set
 * @param holdSeconds target hold
 * @param minutes target minutes
 * @param pain the pain rule; its number comes from the pain model in force ({@link PainLimits})
 * @param noNextDayFlare the next day must bring no flare
 * @param sessions sessions in a row that must meet the target
 * @param rir reps still in reserve on the last set
 * @param note anything else, printed as written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ProgressCriteria(
        Integer sets,
        Integer reps,
        Integer holdSeconds,
        Integer minutes,
        PainRule pain,
        Boolean noNextDayFlare,
        Integer sessions,
        Integer rir,
        String note) {}
