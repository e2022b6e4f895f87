package com.loadwise.library;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Which texts of which library file a reader sees, and the key that names each one in a translation file
 * ({@code docs/translations.md}). The one list of translatable fields.
 *
 * <p>A key is the path of the text in the English file, segments joined by dots: a mapping key by its name, an
 * item of a list that is a mapping with an {@code id} by that id, any other item by its 1-based index. A list of
 * texts (steps, cues, paragraphs) is one text.
 */
public final class TranslatableFields {

    private TranslatableFields() {}

    /** For each kind of file (a glob on its path inside the library), the paths of its translatable texts. */
    static final Map<String, List<String>> FIELDS = fields();

    private static Map<String, List<String>> fields() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put(
                "exercises/*",
                List.of(
                        "exercises.*.name",
                        "exercises.*.summary",
                        "exercises.*.levels.*.name",
                        "exercises.*.levels.*.setup",
                        "exercises.*.levels.*.steps",
                        "exercises.*.levels.*.cues",
                        "exercises.*.levels.*.mistake",
                        "exercises.*.levels.*.progress-when.note",
                        "exercises.*.levels.*.regress-when.note"));
        f.put("education/*", List.of("title", "paragraphs"));
        f.put(
                "blueprints/*",
                List.of(
                        "name",
                        "summary",
                        "stages.*.name",
                        "stages.*.subtitle",
                        "stages.*.purpose",
                        "stages.*.entry.*.text",
                        "stages.*.exit.*.text"));
        f.put(
                "pain-models.yaml",
                List.of(
                        "models.*.name",
                        "models.*.next-morning",
                        "models.*.after-flare",
                        "models.*.after-flare-without-running",
                        "models.*.zones.*"));
        f.put("red-flags.yaml", List.of("contact.*.*", "flags.*.text", "urgent.*.text"));
        f.put(
                "running.yaml",
                List.of(
                        "races.*.name",
                        "run-types.*.name",
                        "run-types.*.effort",
                        "run-types.*.terrain",
                        "return-to-run.entry.*.text"));
        f.put("vocabulary.yaml", List.of("*.*"));
        f.put("policies.yaml", List.of("past-injuries.*.note"));
        return f;
    }

    /** The translatable paths of the file at {@code rel} (its path inside the library), empty for none. */
    public static List<String> of(String rel) {
        for (Map.Entry<String, List<String>> e : FIELDS.entrySet()) {
            if (glob(e.getKey()).matcher(rel).matches()) {
                return e.getValue();
            }
        }
        return List.of();
    }

    /** A glob's {@code *} matches any characters, {@code /} too (as Python's fnmatch). */
    private static Pattern glob(String glob) {
        List<String> parts = new ArrayList<>();
        for (String part : glob.split("\\*", -1)) {
            parts.add(part.isEmpty() ? "" : Pattern.quote(part));
        }
        return Pattern.compile(String.join(".*", parts));
    }

    /**
     * One translatable text of a file.
     *
     * @param key its key
     * @param node the English node (a scalar, or a sequence of scalars)
     * @param english the text, or the list of texts
     * @param replace puts another node in its place in the tree
     */
    public record Text(String key, Node node, Object english, Consumer<Node> replace) {}

    /** Every translatable text in the tree, by key, in file order. */
    public static Map<String, Text> texts(Node root, List<String> patterns) {
        Map<String, Text> out = new LinkedHashMap<>();
        walk(root, new ArrayList<>(), patterns, out, n -> {});
        return out;
    }

    private static void walk(
            Node node, List<String> path, List<String> patterns, Map<String, Text> out, Consumer<Node> replace) {
        if (node instanceof MappingNode m) {
            List<NodeTuple> tuples = m.getValue();
            for (int i = 0; i < tuples.size(); i++) {
                NodeTuple t = tuples.get(i);
                if (!(t.getKeyNode() instanceof ScalarNode k)) {
                    continue;
                }
                int at = i;
                path.add(k.getValue());
                walk(t.getValueNode(), path, patterns, out, n -> tuples.set(at, new NodeTuple(k, n)));
                path.remove(path.size() - 1);
            }
        } else if (node instanceof SequenceNode s) {
            List<Node> items = s.getValue();
            if (!path.isEmpty() && matches(path, patterns) && items.stream().allMatch(TranslatableFields::isText)) {
                String key = String.join(".", path);
                out.put(
                        key,
                        new Text(
                                key,
                                node,
                                items.stream()
                                        .map(n -> ((ScalarNode) n).getValue())
                                        .toList(),
                                replace));
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                Node item = items.get(i);
                String id = item instanceof MappingNode m ? id(m) : null;
                int at = i;
                path.add(id != null ? id : Integer.toString(i + 1));
                walk(item, path, patterns, out, n -> items.set(at, n));
                path.remove(path.size() - 1);
            }
        } else if (isText(node) && matches(path, patterns)) {
            String key = String.join(".", path);
            out.put(key, new Text(key, node, ((ScalarNode) node).getValue(), replace));
        }
    }

    static boolean isText(Node n) {
        return n instanceof ScalarNode s && s.getTag().equals(Tag.STR);
    }

    private static String id(MappingNode m) {
        String id = null;
        for (NodeTuple t : m.getValue()) {
            if (t.getKeyNode() instanceof ScalarNode k
                    && k.getValue().equals("id")
                    && t.getValueNode() instanceof ScalarNode v) {
                id = v.getValue();
            }
        }
        return id;
    }

    private static boolean matches(List<String> path, List<String> patterns) {
        for (String p : patterns) {
            String[] ps = p.split("\\.");
            if (ps.length != path.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < ps.length && all; i++) {
                all = ps[i].equals("*") || ps[i].equals(path.get(i));
            }
            if (all) {
                return true;
            }
        }
        return false;
    }
}
