package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonValue;
import com.loadwise.yaml.YamlMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

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

    /** A whole number or a "lo-hi" range within [min, max]. */
    public static Range read(YamlMap m, String key, int min, int max, boolean required) {
        ScalarNode s = m.scalar(key);
        if (s == null) {
            if (m.has(key) || required) {
                if (m.has(key) && m.node(key) instanceof ScalarNode) {
                    m.problem(key, "'" + key + "' is empty", "write a number such as 3 or a range such as 8-12");
                } else if (m.has(key)) {
                    m.problem(
                            key,
                            "'" + key + "' must be a number or a range such as 8-12",
                            "found " + YamlMap.describe(m.node(key)));
                } else {
                    m.problemHere("missing required field '" + key + "'", "add " + key + ": a number");
                }
            }
            return null;
        }
        Range backwards = parse(s.getValue().replaceAll("^\\s*(\\d+)\\s*-\\s*(\\d+)\\s*$", "$2-$1"));
        if (parse(s.getValue()) == null && backwards != null && !backwards.isSingle()) {
            m.problem(
                    key,
                    "range '" + s.getValue() + "' in '" + key + "' runs backwards",
                    "write the smaller number first: " + backwards);
            return null;
        }
        Range r = parse(s.getValue());
        if (r == null || !(s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.STR))) {
            m.problem(
                    key,
                    "'" + key + "' must be a whole number or a range such as 8-12",
                    "found " + YamlMap.describe(s));
            return null;
        }
        if (r.min() < min || r.max() > max) {
            m.problem(
                    key,
                    "'" + key + "' is " + r + ", outside " + min + "-" + max,
                    "use values from " + min + " to " + max);
            return null;
        }
        return r;
    }
}
