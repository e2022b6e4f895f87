package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** What a dose is for. The labels printed in handouts live in vocabulary.yaml. */
public enum Intent {
    ISOMETRIC,
    ENDURANCE,
    HYPERTROPHY,
    STRENGTH,
    POWER,
    ANY;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Intent::id).toList();
    }

    public static Intent fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }
}
