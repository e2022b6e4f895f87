package com.loadwise.testing;

import com.loadwise.library.PainLimits;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the pain numbers printed in a text ("pain ≤ 3/10", "4–5 out of 10", "Above 5 out of 10") and checks each
 * against the pain model in force, recomputed from its limits: the green range 0 to move-up-max, the amber range
 * above it up to repeat-max, "≤" the move-up limit and "above" the step-back limit. Effort ratings ("effort 3-5/10")
 * are not pain and are skipped.
 */
public final class PainNumbers {

    private PainNumbers() {}

    /** A number out of 10, or a range: "3/10", "4–5/10", "0–3 out of 10", "3 to 5 out of 10". */
    private static final Pattern NUMBER =
            Pattern.compile("(\\d+)(?:\\s*(?:\u2013|-|to)\\s*(\\d+))?\\s*(?:/\\s*10\\b|out of 10)");

    /** Each pain number of {@code text} that the model does not explain, with its context; empty when all agree. */
    public static List<String> inconsistent(String text, PainLimits l) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String before =
                    text.substring(Math.max(0, m.start() - 60), m.start()).toLowerCase(Locale.ROOT);
            if (before.contains("effort") || before.contains("rpe")) {
                continue;
            }
            String context = text.substring(Math.max(0, m.start() - 40), Math.min(text.length(), m.end() + 10));
            int a = Integer.parseInt(m.group(1));
            boolean ok;
            if (m.group(2) != null) {
                int b = Integer.parseInt(m.group(2));
                ok = (a == 0 && b == l.moveUpMax())
                        || (l.repeatMax() != null && a == l.moveUpMax() + 1 && b == l.repeatMax());
            } else if (before.endsWith("\u2264 ") || before.endsWith("no more than ") || before.endsWith("up to ")) {
                ok = a == l.moveUpMax();
            } else if (before.endsWith("above ")) {
                ok = a == l.stepBackAbove();
            } else {
                ok = a == l.moveUpMax()
                        || a == l.stepBackAbove()
                        || (l.repeatMax() != null && a > l.moveUpMax() && a <= l.repeatMax());
            }
            if (!ok) {
                out.add("'" + context + "' (model: move up \u2264 " + l.moveUpMax() + ", step back above "
                        + l.stepBackAbove() + ")");
            }
        }
        return out;
    }
}
