package com.loadwise.yaml;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * A YAML mapping read field by field. Every accessor records a problem (with the position of the offending
 * value) instead of throwing, and returns {@code null} for a value it could not read, so a whole file is
 * checked in one pass and every problem reported together.
 */
public final class YamlMap {

    private final String file;
    private final MappingNode node;
    private final Problems problems;
    private final Map<String, NodeTuple> entries = new LinkedHashMap<>();

    private YamlMap(String file, MappingNode node, Problems problems) {
        this.file = file;
        this.node = node;
        this.problems = problems;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            if (!(keyNode instanceof ScalarNode key) || key.getTag().equals(Tag.NULL)) {
                problems.add(
                        Problem.at(file, Position.of(keyNode), "a key must be a plain name", "write 'name: value'"));
                continue;
            }
            NodeTuple earlier = entries.putIfAbsent(key.getValue(), tuple);
            if (earlier != null) {
                problems.add(Problem.at(
                        file,
                        Position.of(keyNode),
                        "duplicate key '" + key.getValue() + "'",
                        "it is already set at line "
                                + Position.of(earlier.getKeyNode()).line() + "; keep one of them"));
            }
        }
    }

    /** Reads {@code node} as a mapping, or records a problem and returns null. */
    public static YamlMap of(String file, Node node, Problems problems, String what) {
        if (node instanceof MappingNode map) {
            return new YamlMap(file, map, problems);
        }
        problems.add(Problem.at(
                file,
                Position.of(node),
                what + " must be a mapping of 'name: value' lines",
                "found " + describe(node)));
        return null;
    }

    public String file() {
        return file;
    }

    public Problems problems() {
        return problems;
    }

    public Position position() {
        return Position.of(node);
    }

    public Set<String> keys() {
        return entries.keySet();
    }

    public boolean has(String key) {
        return entries.containsKey(key);
    }

    /** Position of the value of {@code key}, or of this mapping when the key is absent. */
    public Position positionOf(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : Position.of(t.getValueNode());
    }

    /** Position of the key itself (for unknown-field messages). */
    public Position keyPosition(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? position() : Position.of(t.getKeyNode());
    }

    public Node node(String key) {
        NodeTuple t = entries.get(key);
        return t == null ? null : t.getValueNode();
    }

    /** Records a problem at the value of {@code key}. */
    public void problem(String key, String message, String hint) {
        problems.add(Problem.at(file, positionOf(key), message, hint));
    }

    /** Records a problem at this mapping. */
    public void problemHere(String message, String hint) {
        problems.add(Problem.at(file, position(), message, hint));
    }

    /** Reports every key not in {@code known}, suggesting the nearest known name. */
    public void rejectUnknown(Collection<String> known, String where) {
        for (String key : entries.keySet()) {
            if (!known.contains(key)) {
                problems.add(Problem.at(
                        file,
                        keyPosition(key),
                        "unknown field '" + key + "' in " + where,
                        Names.nearest(key, known)
                                .map(n -> "did you mean '" + n + "'?")
                                .orElse("known fields: " + String.join(", ", known))));
            }
        }
    }

    private boolean missing(String key, boolean required, String what) {
        Node value = node(key);
        if (value == null || isNull(value)) {
            if (required) {
                problems.add(Problem.at(
                        file,
                        value == null ? position() : Position.of(value),
                        "missing required field '" + key + "'",
                        "add " + key + ": " + what));
            }
            return true;
        }
        return false;
    }

    /** A non-empty text value. */
    public String text(String key, boolean required) {
        if (missing(key, required, "a text")) {
            return null;
        }
        return textOf(node(key), key);
    }

    private String textOf(Node value, String key) {
        if (!(value instanceof ScalarNode scalar)) {
            problems.add(
                    Problem.at(file, Position.of(value), "'" + key + "' must be a text", "found " + describe(value)));
            return null;
        }
        String s = scalar.getValue().strip();
        if (s.isEmpty()) {
            problems.add(Problem.at(
                    file, Position.of(value), "'" + key + "' is empty", "write the text or remove the field"));
            return null;
        }
        int max = InputLimits.current().maxTextChars();
        if (s.length() > max) {
            problems.add(Problem.at(
                    file,
                    Position.of(value),
                    "'" + key + "' is too long (" + s.length() + " characters; the limit is " + max + ")",
                    "shorten it, " + InputLimits.howToRaise(InputLimits.TEXT)));
            return null;
        }
        return s;
    }

    /** A whole number in [min, max]. */
    public Integer integer(String key, int min, int max, boolean required) {
        if (missing(key, required, "a whole number")) {
            return null;
        }
        Node value = node(key);
        if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.INT)) {
            problem(key, "'" + key + "' must be a whole number", "found " + describe(value));
            return null;
        }
        try {
            int n = Integer.parseInt(scalar.getValue().replace("_", ""));
            if (n < min || n > max) {
                problem(
                        key,
                        "'" + key + "' is " + n + ", outside " + min + "-" + max,
                        "use a value from " + min + " to " + max);
                return null;
            }
            return n;
        } catch (NumberFormatException e) {
            problem(key, "'" + key + "' is not a whole number I can read: " + scalar.getValue(), "write digits only");
            return null;
        }
    }

    /** true or false. */
    public Boolean bool(String key, boolean required) {
        if (missing(key, required, "true or false")) {
            return null;
        }
        Node value = node(key);
        if (!(value instanceof ScalarNode scalar) || !scalar.getTag().equals(Tag.BOOL)) {
            problem(key, "'" + key + "' must be true or false", "found " + describe(value));
            return null;
        }
        return Boolean.parseBoolean(scalar.getValue().toLowerCase(java.util.Locale.ROOT))
                || scalar.getValue().equalsIgnoreCase("yes")
                || scalar.getValue().equalsIgnoreCase("on");
    }

    /** One of {@code allowed}; an unknown value gets the nearest name and the allowed list as hint. */
    public String choice(String key, Collection<String> allowed, String what, boolean required) {
        if (missing(key, required, "one of " + String.join(", ", allowed))) {
            return null;
        }
        String s = text(key, required);
        if (s == null) {
            return null;
        }
        if (!allowed.contains(s)) {
            problem(key, "unknown " + what + " '" + s + "'", Names.hint(s, allowed));
            return null;
        }
        return s;
    }

    /** A list of texts, with between {@code minItems} and {@code maxItems} entries. */
    public List<String> texts(String key, int minItems, int maxItems, boolean required) {
        List<Node> items = list(key, minItems, maxItems, required);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            String s = textOf(item, key);
            ok &= s != null;
            out.add(s);
        }
        return ok ? List.copyOf(out) : null;
    }

    /** A list of values each from {@code allowed}, without repeats. */
    public List<String> choices(String key, Collection<String> allowed, String what, boolean required) {
        List<Node> items = list(key, 0, Integer.MAX_VALUE, required);
        if (items == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        boolean ok = true;
        for (Node item : items) {
            String s = textOf(item, key);
            if (s == null) {
                ok = false;
            } else if (!allowed.contains(s)) {
                problems.add(Problem.at(
                        file, Position.of(item), "unknown " + what + " '" + s + "'", Names.hint(s, allowed)));
                ok = false;
            } else if (out.contains(s)) {
                problems.add(Problem.at(file, Position.of(item), what + " '" + s + "' is listed twice", "remove one"));
                ok = false;
            } else {
                out.add(s);
            }
        }
        return ok ? List.copyOf(out) : null;
    }

    /** The raw items of a list, checked for count. */
    public List<Node> list(String key, int minItems, int maxItems, boolean required) {
        if (missing(key, required, "a list")) {
            return required ? null : List.of();
        }
        Node value = node(key);
        if (!(value instanceof SequenceNode seq)) {
            problem(
                    key,
                    "'" + key + "' must be a list",
                    "start each item on its own line with '- '; found " + describe(value));
            return null;
        }
        List<Node> items = seq.getValue();
        if (items.size() < minItems || items.size() > maxItems) {
            String range = maxItems == Integer.MAX_VALUE ? "at least " + minItems : minItems + "-" + maxItems;
            problem(
                    key,
                    "'" + key + "' has " + items.size() + " item" + (items.size() == 1 ? "" : "s") + "; it needs "
                            + range,
                    "add or remove items");
            return null;
        }
        return items;
    }

    /** A nested mapping. */
    public YamlMap map(String key, boolean required) {
        if (missing(key, required, "a mapping")) {
            return null;
        }
        return of(file, node(key), problems, "'" + key + "'");
    }

    /** A list of mappings. */
    public List<YamlMap> maps(String key, int minItems, int maxItems, boolean required) {
        List<Node> items = list(key, minItems, maxItems, required);
        if (items == null) {
            return null;
        }
        List<YamlMap> out = new ArrayList<>();
        for (Node item : items) {
            YamlMap m = of(file, item, problems, "each item of '" + key + "'");
            if (m != null) {
                out.add(m);
            }
        }
        // an item that is not a mapping is already reported; too few good ones left means no list at all, so that
        // no caller builds a record from fewer items than it allows (a ladder with no levels was an internal error)
        return out.size() < minItems ? null : out;
    }

    /** The scalar text of {@code key}, or null; the caller interprets it (for ranges and similar). */
    public ScalarNode scalar(String key) {
        Node value = node(key);
        return value instanceof ScalarNode s && !isNull(s) ? s : null;
    }

    private static boolean isNull(Node node) {
        return node instanceof ScalarNode s && s.getTag().equals(Tag.NULL);
    }

    /** How a node looks to a user: "a list", "a mapping", "the text 'x'", "the number 3", "nothing". */
    public static String describe(Node node) {
        if (node == null || isNull(node)) {
            return "nothing";
        }
        if (node instanceof SequenceNode) {
            return "a list";
        }
        if (node instanceof MappingNode) {
            return "a mapping";
        }
        ScalarNode s = (ScalarNode) node;
        String v = s.getValue();
        if (v.length() > 40) {
            v = v.substring(0, 37) + "...";
        }
        if (s.getTag().equals(Tag.INT) || s.getTag().equals(Tag.FLOAT)) {
            return "the number " + v;
        }
        if (s.getTag().equals(Tag.BOOL)) {
            return "the value " + v;
        }
        return "the text '" + v + "'";
    }
}
