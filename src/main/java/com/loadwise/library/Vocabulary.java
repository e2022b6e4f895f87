package com.loadwise.library;

import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import com.loadwise.yaml.YamlReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fixed vocabularies of the library (patterns, targets, kinds, impacts, lateralities, intents, equipment,
 * tags), each an ordered map from id to the label printed for people. Read from {@code vocabulary.yaml}.
 */
public record Vocabulary(
        Map<String, String> patterns,
        Map<String, String> targets,
        Map<String, String> kinds,
        Map<String, String> impacts,
        Map<String, String> lateralities,
        Map<String, String> intents,
        Map<String, String> equipment,
        Map<String, String> tags) {

    public static final List<String> SECTIONS =
            List.of("patterns", "targets", "kinds", "impacts", "lateralities", "intents", "equipment", "tags");

    public static Vocabulary read(Path file, String shownAs) {
        return read(new YamlReader(), file, shownAs);
    }

    /** Reads the vocabulary with {@code reader} (which may lay a translation over its labels). */
    public static Vocabulary read(YamlReader reader, Path file, String shownAs) {
        YamlDocument doc = reader.read(file, shownAs);
        Problems problems = new Problems();
        YamlMap root = YamlMap.of(shownAs, doc.root(), problems, "the vocabulary");
        problems.throwIfAny();
        root.rejectUnknown(SECTIONS, "the vocabulary");
        Map<String, Map<String, String>> sections = new LinkedHashMap<>();
        for (String section : SECTIONS) {
            YamlMap m = root.map(section, true);
            Map<String, String> entries = new LinkedHashMap<>();
            if (m != null) {
                for (String key : m.keys()) {
                    String label = m.text(key, true);
                    entries.put(key, label == null ? key : label);
                }
            }
            sections.put(section, java.util.Collections.unmodifiableMap(entries));
        }
        checkMatches(root, "impacts", sections.get("impacts"), Impact.ids());
        checkMatches(root, "lateralities", sections.get("lateralities"), Laterality.ids());
        checkMatches(root, "intents", sections.get("intents"), Intent.ids());
        problems.throwIfAny();
        return new Vocabulary(
                sections.get("patterns"),
                sections.get("targets"),
                sections.get("kinds"),
                sections.get("impacts"),
                sections.get("lateralities"),
                sections.get("intents"),
                sections.get("equipment"),
                sections.get("tags"));
    }

    /** Impacts, lateralities and intents steer the engine's code, so their ids are fixed. */
    private static void checkMatches(YamlMap root, String section, Map<String, String> found, List<String> expected) {
        if (!List.copyOf(found.keySet()).equals(expected)) {
            root.problem(
                    section,
                    "'" + section + "' must list exactly " + String.join(", ", expected) + " in that order",
                    "the engine depends on these ids");
        }
    }

    /** All entries of one section by its name in vocabulary.yaml. */
    public Map<String, String> section(String name) {
        return switch (name) {
            case "patterns" -> patterns;
            case "targets" -> targets;
            case "kinds" -> kinds;
            case "impacts" -> impacts;
            case "lateralities" -> lateralities;
            case "intents" -> intents;
            case "equipment" -> equipment;
            case "tags" -> tags;
            default -> throw new IllegalArgumentException("no vocabulary section " + name);
        };
    }
}
