package com.loadwise.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Damages a valid YAML (or CSV) file the ways people and mail programs do: a line or key deleted, a key duplicated,
 * a value of the wrong type, the file cut short, two fields' values swapped, indentation broken, bytes garbled,
 * YAML syntax pasted in. Each mutation is described in words so a failing case can be read and replayed from its
 * seed.
 */
public final class YamlMutator {

    /** A damaged file and what was done to it. */
    public record Mutation(String description, byte[] bytes) {}

    private static final Pattern KEY_VALUE = Pattern.compile("^(\\s*(?:- )?)([A-Za-z0-9_:-]+):( +)(\\S.*)$");
    private static final Pattern KEY = Pattern.compile("^(\\s*(?:- )?)([A-Za-z0-9_:-]+):.*$");

    private static final String LONG = "x".repeat(3000);
    private static final String[] VALUES = {
        "0",
        "-1",
        "-0",
        "99999999999",
        "2147483648",
        "1.5",
        "-2.75",
        "1e400",
        "1e-400",
        ".nan",
        ".inf",
        "-.inf",
        "abc",
        "\"12\"",
        "'3'",
        "[]",
        "[1, two]",
        "[[[[]]]]",
        "{}",
        "{a: 1}",
        "{reps: [1, 2]}",
        "~",
        "null",
        "true",
        "no",
        "2027-02-30",
        "2027-13-45",
        "0001-01-01",
        "9999-12-31",
        "''",
        "\"\"",
        LONG,
        "-",
        "8-",
        "3-1",
        "1-3-5",
        "x-y",
        "10-1",
        "0-0",
        "!!binary aGk=",
        "!!timestamp 2001-12-14",
        "!!int x",
        "!!float",
        "!!str",
        "!!set {a}",
        "!!python/object:os.system",
        "&a 1",
        "*a",
        "|",
        ">",
        "@",
        "`",
        "%",
        "\"\\u0000\"",
        "\"\\uD800\"",
        "mon, tue",
        "[mon, mon, mon]",
        "[\"\"]",
        "[~]",
        "[{}]",
        "\u202Eevil",
        "🏃",
        "a: b",
        "0x1F",
        "0o17",
        "1_000",
        "+5",
        "1,5",
        "3 × 10",
        "NaN",
        "Infinity",
        "-2147483649",
        "9223372036854775808",
        "\"2027-01-04\"",
        "2027-01-04T10:00:00Z",
    };
    private static final String[] LINES = {
        "---",
        "...",
        "%YAML 1.1",
        "? complex key",
        "- item",
        "key: [unclosed",
        "\"unterminated",
        "<<: {a: 1}",
        "&anchor",
        "{",
        "]",
        "# comment",
        "\t",
        "key: value: other",
        "!!map",
        "unknown-field: 1",
        "id: duplicate",
        "levels: []",
        "stages: {}",
        "- {}",
        "- ~",
        "  - [",
        ":",
        "- - - -",
        "x: &a [1]",
        "y: *a",
        "\u0000",
        "exercises: ~",
        "roster: ~",
        "kind: team",
        "kind: runner",
        "kind: client",
        "weeks: 0",
        "start: 1900-01-01",
    };

    private final Random random;
    private final List<String> steps = new ArrayList<>();

    public YamlMutator(long seed) {
        this.random = new Random(seed);
    }

    /** One to three mutations of {@code original}, chosen by the seed. */
    public Mutation mutate(byte[] original) {
        byte[] bytes = original;
        int n = random.nextInt(10) < 7 ? 1 : 2 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            bytes = once(bytes);
        }
        return new Mutation(String.join("; then ", steps), bytes);
    }

    private byte[] once(byte[] bytes) {
        int op = random.nextInt(14);
        switch (op) {
            case 0:
                return truncate(bytes);
            case 1:
                return garble(bytes);
            default:
                break;
        }
        List<String> lines = new ArrayList<>(Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\n", -1)));
        if (lines.isEmpty()) {
            steps.add("nothing to do");
            return bytes;
        }
        switch (op) {
            case 2 -> deleteLine(lines);
            case 3 -> deleteKey(lines);
            case 4 -> duplicateKey(lines);
            case 5, 6 -> retype(lines);
            case 7 -> swapValues(lines);
            case 8 -> badIndent(lines);
            case 9 -> insertLine(lines);
            case 10 -> duplicateBlock(lines);
            case 11 -> emptyValue(lines);
            default -> edgeValue(lines);
        }
        return String.join("\n", lines).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] truncate(byte[] bytes) {
        int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
        steps.add("truncate at byte " + at);
        return Arrays.copyOf(bytes, at);
    }

    private byte[] garble(byte[] bytes) {
        byte[] out = bytes.clone();
        int n = 1 + random.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int i = 0; i < n && out.length > 0; i++) {
            int at = random.nextInt(out.length);
            out[at] = (byte) random.nextInt(256);
            where.append(i == 0 ? "" : ",").append(at).append("=0x").append(Integer.toHexString(out[at] & 0xff));
        }
        steps.add("random bytes at " + where);
        return out;
    }

    private List<Integer> matching(List<String> lines, Pattern p) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).matches()) {
                at.add(i);
            }
        }
        return at;
    }

    private int pick(List<Integer> candidates, List<String> lines) {
        return candidates.isEmpty() ? random.nextInt(lines.size()) : candidates.get(random.nextInt(candidates.size()));
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '-')) {
            i++;
        }
        return i;
    }

    /** The index after the block that starts at {@code at}: the following lines indented deeper. */
    private static int blockEnd(List<String> lines, int at) {
        int base = indent(lines.get(at));
        int end = at + 1;
        while (end < lines.size()
                && (lines.get(end).isBlank() || indent(lines.get(end)) > base)
                && !lines.get(end).stripLeading().startsWith("- ")) {
            end++;
        }
        return end;
    }

    private void deleteLine(List<String> lines) {
        int at = random.nextInt(lines.size());
        steps.add("delete line " + (at + 1));
        lines.remove(at);
    }

    private void deleteKey(List<String> lines) {
        int at = pick(matching(lines, KEY), lines);
        int end = blockEnd(lines, at);
        steps.add("delete key at line " + (at + 1) + " (" + (end - at) + " lines)");
        lines.subList(at, end).clear();
    }

    private void duplicateKey(List<String> lines) {
        int at = pick(matching(lines, KEY_VALUE), lines);
        String copy = lines.get(at).replaceFirst("^(\\s*)- ", "$1  ");
        steps.add("duplicate the key at line " + (at + 1));
        lines.add(at + 1, copy);
    }

    private void retype(List<String> lines) {
        int at = pick(matching(lines, KEY_VALUE), lines);
        Matcher m = KEY_VALUE.matcher(lines.get(at));
        if (!m.matches()) {
            steps.add("retype: no key on line " + (at + 1));
            return;
        }
        int kind = random.nextInt(4);
        String head = m.group(1) + m.group(2) + ":";
        String pad = " ".repeat(m.group(1).length() + 2);
        if (kind == 0) {
            steps.add("retype line " + (at + 1) + " as a block list");
            lines.set(at, head);
            lines.add(at + 1, pad + "- " + m.group(4));
            lines.add(at + 2, pad + "- 2");
        } else if (kind == 1) {
            steps.add("retype line " + (at + 1) + " as a block map");
            lines.set(at, head);
            lines.add(at + 1, pad + "a: " + m.group(4));
        } else {
            String v = VALUES[random.nextInt(VALUES.length)];
            steps.add("retype line " + (at + 1) + " to '" + (v.length() > 40 ? v.substring(0, 40) + "..." : v) + "'");
            lines.set(at, head + " " + v);
        }
    }

    private void swapValues(List<String> lines) {
        List<Integer> kv = matching(lines, KEY_VALUE);
        if (kv.size() < 2) {
            steps.add("swap: too few fields");
            return;
        }
        int a = kv.get(random.nextInt(kv.size()));
        int b = kv.get(random.nextInt(kv.size()));
        Matcher ma = KEY_VALUE.matcher(lines.get(a));
        Matcher mb = KEY_VALUE.matcher(lines.get(b));
        ma.matches();
        mb.matches();
        steps.add("swap the values of lines " + (a + 1) + " and " + (b + 1));
        lines.set(a, ma.group(1) + ma.group(2) + ":" + ma.group(3) + mb.group(4));
        lines.set(b, mb.group(1) + mb.group(2) + ":" + mb.group(3) + ma.group(4));
    }

    private void badIndent(List<String> lines) {
        int at = random.nextInt(lines.size());
        String line = lines.get(at);
        int kind = random.nextInt(3);
        if (kind == 0) {
            int n = 1 + random.nextInt(3);
            steps.add("indent line " + (at + 1) + " by " + n + " more");
            lines.set(at, " ".repeat(n) + line);
        } else if (kind == 1) {
            steps.add("unindent line " + (at + 1));
            lines.set(at, line.stripLeading());
        } else {
            steps.add("tab before line " + (at + 1));
            lines.set(at, "\t" + line);
        }
    }

    private void insertLine(List<String> lines) {
        int at = random.nextInt(lines.size() + 1);
        String junk = " ".repeat(2 * random.nextInt(4)) + LINES[random.nextInt(LINES.length)];
        steps.add("insert '" + junk + "' before line " + (at + 1));
        lines.add(at, junk);
    }

    private void duplicateBlock(List<String> lines) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).stripLeading().startsWith("- ")) {
                items.add(i);
            }
        }
        int at = pick(items, lines);
        int end = blockEnd(lines, at);
        steps.add("duplicate the block at lines " + (at + 1) + "-" + end);
        lines.addAll(end, new ArrayList<>(lines.subList(at, end)));
    }

    private static final Pattern NUMBER_OR_DATE = Pattern.compile("(?<=: )-?[0-9][0-9.:-]*(?=[,}\\s]|$)");
    private static final String[] EDGE_NUMBERS = {
        "0",
        "1",
        "-1",
        "2",
        "10",
        "11",
        "50",
        "99",
        "100",
        "101",
        "104",
        "105",
        "1000",
        "99999",
        "2147483647",
        "0.0001",
        "0-0",
        "1-1",
        "1-1000",
        "100-1"
    };
    private static final String[] EDGE_DATES = {
        "0001-01-01",
        "1970-01-01",
        "2000-02-29",
        "2027-02-28",
        "2027-12-31",
        "2099-12-31",
        "9999-12-25",
        "+999999999-12-31",
        "-0001-01-01"
    };

    /** A number or date (also inside a flow map such as a dose) replaced by one at or just past an edge. */
    private void edgeValue(List<String> lines) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = NUMBER_OR_DATE.matcher(lines.get(i));
            while (m.find()) {
                found.add(new int[] {i, m.start(), m.end()});
            }
        }
        if (found.isEmpty()) {
            steps.add("edge: no number or date");
            return;
        }
        int[] f = found.get(random.nextInt(found.size()));
        String line = lines.get(f[0]);
        boolean date = line.substring(f[1], f[2]).matches("\\d{4}-\\d\\d-\\d\\d");
        String v = date
                ? EDGE_DATES[random.nextInt(EDGE_DATES.length)]
                : EDGE_NUMBERS[random.nextInt(EDGE_NUMBERS.length)];
        steps.add("edge value '" + v + "' on line " + (f[0] + 1) + " column " + (f[1] + 1));
        lines.set(f[0], line.substring(0, f[1]) + v + line.substring(f[2]));
    }

    private void emptyValue(List<String> lines) {
        int at = pick(matching(lines, KEY_VALUE), lines);
        Matcher m = KEY_VALUE.matcher(lines.get(at));
        if (m.matches()) {
            steps.add("empty the value at line " + (at + 1));
            lines.set(at, m.group(1) + m.group(2) + ":");
        } else {
            steps.add("empty: no key on line " + (at + 1));
        }
    }
}
