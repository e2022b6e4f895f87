package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When to move down a level.
 *
 * @param pain the pain rule; its number comes from the pain model in force ({@link PainLimits})
 * @param nextDayFlare step down after a flare the next day
 * @param note anything else, printed as written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegressCriteria(PainRule pain, Boolean nextDayFlare, String note) {}
