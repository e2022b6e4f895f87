package com.loadwise.library;

import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * One file of {@code translations/LANG/}: for each key, the English it was translated from and the translation
 * ({@code docs/translations.md}). A file that is not of that shape is a problem with its position; an entry
 * without a translation is simply missing.
 *
 * @param file the file as shown in messages
 * @param entries the entries by key, in file order
 */
public record TranslationFile(String file, Map<String, Entry> entries) {

    /**
     * One entry.
     *
     * @param key the key
     * @param position where the key is written
     * @param english the English it was translated from: a text or a list of texts
     * @param translation the translation (same kind as {@code english}), or null when there is none yet
     * @param node the translation's node, or null
     */
    public record Entry(String key, Position position, Object english, Object translation, Node node) {}

    /** Reads a translation file for {@code lang}, recording every problem. */
    public static TranslationFile read(YamlDocument doc, String lang, Problems problems) {
        Map<String, Entry> entries = new LinkedHashMap<>();
        YamlMap root = YamlMap.of(doc.file(), doc.root(), problems, "a translation file");
        if (root == null) {
            return new TranslationFile(doc.file(), entries);
        }
        for (String key : root.keys()) {
            YamlMap e = YamlMap.of(doc.file(), root.node(key), problems, "the entry '" + key + "'");
            if (e == null) {
                continue;
            }
            e.rejectUnknown(List.of("en", lang), "a translation entry (it holds en and " + lang + ")");
            Object en = value(e, "en", problems);
            if (en == null) {
                if (!e.has("en")) {
                    e.problemHere("the entry '" + key + "' has no 'en'", "copy the English it translates");
                }
                continue;
            }
            Object tr = e.has(lang) ? value(e, lang, problems) : null;
            if (tr != null && (tr instanceof List) != (en instanceof List)) {
                e.problem(
                        lang,
                        "'" + lang + "' is " + kind(tr) + " but 'en' is " + kind(en),
                        en instanceof List ? "write one '- ' line per item, as in 'en'" : "write one text, as in 'en'");
                continue;
            }
            entries.put(
                    key,
                    new Entry(key, root.keyPosition(key), en, tr, tr == null ? null : moved(e.node(lang), doc.file())));
        }
        return new TranslationFile(doc.file(), entries);
    }

    private static String kind(Object v) {
        return v instanceof List ? "a list" : "a text";
    }

    /** A text or a list of texts; null (with no problem) for an empty value, which is a missing translation. */
    private static Object value(YamlMap e, String field, Problems problems) {
        Node n = e.node(field);
        if (n == null || n instanceof ScalarNode s && s.getTag().equals(Tag.NULL)) {
            return null;
        }
        if (TranslatableFields.isText(n)) {
            String v = ((ScalarNode) n).getValue();
            return v.isBlank() ? null : v;
        }
        if (n instanceof SequenceNode s && s.getValue().stream().allMatch(TranslatableFields::isText)) {
            List<String> items =
                    s.getValue().stream().map(i -> ((ScalarNode) i).getValue()).toList();
            if (items.stream().anyMatch(String::isBlank)) {
                problems.add(Problem.at(
                        e.file(), e.positionOf(field), "'" + field + "' has an empty item", "remove it or fill it in"));
                return null;
            }
            return items.isEmpty() ? null : items;
        }
        e.problem(field, "'" + field + "' must be a text or a list of texts", "found " + YamlMap.describe(n));
        return null;
    }

    /** The translation's node, its marks saying they lie in the translation file. */
    private static Node moved(Node n, String file) {
        if (n instanceof SequenceNode s) {
            List<Node> items = new ArrayList<>();
            s.getValue().forEach(i -> items.add(moved(i, file)));
            return new SequenceNode(
                    Tag.SEQ,
                    true,
                    items,
                    Position.elsewhere(s.getStartMark(), file),
                    Position.elsewhere(s.getEndMark(), file),
                    DumperOptions.FlowStyle.BLOCK);
        }
        ScalarNode s = (ScalarNode) n;
        return new ScalarNode(
                Tag.STR,
                s.getValue(),
                Position.elsewhere(s.getStartMark(), file),
                Position.elsewhere(s.getEndMark(), file),
                s.getScalarStyle());
    }
}
