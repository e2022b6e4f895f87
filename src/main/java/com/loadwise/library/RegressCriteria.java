package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * When to move down a level.
 *
 * @param painAbove pain (0-10) above which to step down
 * @param nextDayFlare step down after a flare the next day
 * @param note anything else, printed as written
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegressCriteria(Integer painAbove, Boolean nextDayFlare, String note) {}
