package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A whole number or an inclusive range of whole numbers, written "8" or "8-12". */
public record Range(int min, int max) {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,6})(?:\\s*-\\s*(\\d{1,6}))?");

    public Range {
        if (min < 0 || max < min) {
            throw new IllegalArgumentException("bad range " + min + "-" + max);
        }
    }

    public static Range of(int value) {
        return new Range(value, value);
    }

    /** Parses "8" or "8-12"; returns null when the text is neither. */
    public static Range parse(String text) {
        Matcher m = TEXT.matcher(text.strip());
        if (!m.matches()) {
            return null;
        }
        int lo = Integer.parseInt(m.group(1));
        int hi = m.group(2) == null ? lo : Integer.parseInt(m.group(2));
        return hi < lo ? null : new Range(lo, hi);
    }

    public boolean isSingle() {
        return min == max;
    }

    @JsonValue
    @Override
    public String toString() {
        return isSingle() ? Integer.toString(min) : min + "-" + max;
    }

    /** As printed for people: "8–12" with an en dash. */
    public String display() {
        return isSingle() ? Integer.toString(min) : min + "\u2013" + max;
    }
}
