package com.loadwise.library;

import java.util.Arrays;
import java.util.List;

/**
 * The pain part of a level's criteria. A level never carries a pain number of its own: the same exercise serves
 * programs under different pain models (a tendon allows some pain, a healing bone none), so the number is taken
 * from the pain model in force when the program is built ({@link PainLimits}).
 */
public enum PainRule {
    /** Move up only with pain within the model's move-up limit (progress-when). */
    WITHIN_MODEL("within-model"),
    /** Move up only when pain-free, whatever the model: for levels where no pain is expected, such as stretches. */
    NONE("none"),
    /** Step back after pain above the model's step-back limit (regress-when). */
    ABOVE_MODEL("above-model"),
    /** Step back after any pain, whatever the model (regress-when). */
    ANY("any");

    private final String id;

    PainRule(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** The values allowed in progress-when. */
    public static List<String> progressIds() {
        return List.of(WITHIN_MODEL.id, NONE.id);
    }

    /** The values allowed in regress-when. */
    public static List<String> regressIds() {
        return List.of(ABOVE_MODEL.id, ANY.id);
    }

    public static PainRule fromId(String id) {
        return Arrays.stream(values())
                .filter(r -> r.id.equals(id))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(id));
    }

    @com.fasterxml.jackson.annotation.JsonValue
    public String json() {
        return id;
    }
}
