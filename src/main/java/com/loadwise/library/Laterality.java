package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.List;

/** Whether both sides work together or each side in turn (doses are then per side). */
public enum Laterality {
    BOTH_SIDES,
    EACH_SIDE;

    @JsonValue
    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }

    public static List<String> ids() {
        return Arrays.stream(values()).map(Laterality::id).toList();
    }

    public static Laterality fromId(String id) {
        return valueOf(id.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
    }
}
