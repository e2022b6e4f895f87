package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** Landing forces, in increasing order; blueprints cap it per stage. */
public enum Impact {
    NONE,
    LOW,
    MODERATE,
    HIGH;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Impact::id).toList();
    }

    public static Impact fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT));
    }

    public boolean atMost(Impact other) {
        return compareTo(other) <= 0;
    }
}
