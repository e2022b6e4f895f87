package com.loadwise.web;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.YamlReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client and runner form, both ways: its fields become a profile's YAML (each field on lines of its own, so
 * every problem the profile reader reports at a line and column is shown next to the field it came from), and a
 * profile's YAML fills the form. It checks nothing itself: {@code ProfileReader} does, as for the CLI.
 */
final class ProfileForm {

    /** Single-valued fields, by form name. */
    static final List<String> TEXT = List.of(
            "kind",
            "name",
            "clinician",
            "clinic",
            "blueprint",
            "goal",
            "race",
            "race-date",
            "race-name",
            "irritability",
            "start",
            "weeks",
            "review",
            "experience",
            "units",
            "language",
            "running-unit",
            "running-weekly",
            "running-longest",
            "easy-pace",
            "levels",
            "notes",
            "team",
            "coach");

    /** Multi-valued fields (check boxes), by form name, which is also the profile's key. */
    static final List<String> MULTI =
            List.of("available-days", "equipment", "excluded-tags", "past-injuries", "session-days");

    final Map<String, String> text = new LinkedHashMap<>();
    final Map<String, List<String>> multi = new LinkedHashMap<>();

    /** The profile's YAML and, for each of its lines, the form field written there. */
    record Yaml(String text, Map<Integer, String> fieldAt) {}

    /**
     * A profile's YAML written line by line, each line noted with the form field it came from ("" for none), so that
     * a problem the reader reports by line is shown at its field. Opens with the schema and the CLI command that reads
     * the file as it is.
     */
    static final class Lines implements java.util.function.BiConsumer<String, String> {
        private final StringBuilder sb = new StringBuilder();
        private final Map<Integer, String> at = new TreeMap<>();

        Lines(String readBy) {
            accept("", "# yaml-language-server: $schema=../../exercise-library/schema/profile.schema.json");
            accept("", "# Saved by 'loadwise serve'; the CLI reads it as it is: " + readBy + ".");
        }

        @Override
        public void accept(String field, String line) {
            sb.append(line).append('\n');
            at.put(at.size() + 1, field);
        }

        Yaml yaml() {
            return new Yaml(sb.toString(), at);
        }
    }

    String get(String field) {
        return text.getOrDefault(field, "");
    }

    List<String> getAll(String field) {
        return multi.getOrDefault(field, List.of());
    }

    boolean runner() {
        return get("kind").equals("runner");
    }

    /** The form as posted: unknown names are ignored, text is trimmed, line ends made plain. */
    static ProfileForm of(Map<String, List<String>> params) {
        ProfileForm f = new ProfileForm();
        for (String k : TEXT) {
            List<String> v = params.get(k);
            f.text.put(
                    k,
                    v == null || v.isEmpty()
                            ? ""
                            : v.get(0).replace("\r\n", "\n").strip());
        }
        for (String k : MULTI) {
            List<String> v = params.get(k);
            f.multi.put(k, v == null ? List.of() : List.copyOf(v));
        }
        return f;
    }

    /** A new, empty form for a client or a runner. */
    static ProfileForm empty(String kind) {
        ProfileForm f = of(Map.of());
        f.text.put("kind", kind);
        f.text.put("units", "kg");
        f.text.put("running-unit", "minutes");
        return f;
    }

    /** Fills the form from a saved profile (read with the project's YAML limits first). */
    @SuppressWarnings("unchecked")
    static ProfileForm fromYaml(String yaml) {
        new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "profile");
        Map<String, Object> m;
        try {
            ObjectMapper mapper = new YAMLMapper();
            m = mapper.readValue(yaml, Map.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("a saved profile that cannot be read: " + e.getMessage(), e);
        }
        ProfileForm f = empty(str(m.get("kind")));
        for (String k : List.of(
                "name",
                "clinician",
                "clinic",
                "blueprint",
                "irritability",
                "start",
                "weeks",
                "review",
                "experience",
                "units",
                "language",
                "notes",
                "team",
                "coach")) {
            if (m.containsKey(k)) {
                f.text.put(k, str(m.get(k)));
            }
        }
        Object goal = m.get("goal");
        if (goal instanceof Map<?, ?> g) {
            f.text.put("race", str(g.get("race")));
            f.text.put("race-date", str(g.get("date")));
            f.text.put("race-name", str(g.get("name")));
        } else if (goal != null) {
            f.text.put("goal", str(goal));
        }
        if (m.get("running") instanceof Map<?, ?> r) {
            boolean km = r.containsKey("weekly-km") || r.containsKey("longest-run-km");
            f.text.put("running-unit", km ? "km" : "minutes");
            f.text.put("running-weekly", str(r.get(km ? "weekly-km" : "weekly-minutes")));
            f.text.put("running-longest", str(r.get(km ? "longest-run-km" : "longest-run-minutes")));
            f.text.put("easy-pace", str(r.get("easy-pace-min-per-km")));
        }
        if (m.get("levels") instanceof Map<?, ?> lv) {
            StringBuilder sb = new StringBuilder();
            lv.forEach((k, v) -> sb.append(k).append(": ").append(str(v)).append('\n'));
            f.text.put("levels", sb.toString().strip());
        }
        for (String k : MULTI) {
            if (m.get(k) instanceof List<?> list) {
                f.multi.put(k, list.stream().map(ProfileForm::str).toList());
            }
        }
        return f;
    }

    /** The {@code roster} a saved team profile names, or "". */
    @SuppressWarnings("unchecked")
    static String rosterOf(String yaml) {
        new YamlReader().parse(yaml.getBytes(StandardCharsets.UTF_8), "profile");
        try {
            Map<String, Object> m = new YAMLMapper().readValue(yaml, Map.class);
            return str(m.get("roster"));
        } catch (java.io.IOException e) {
            return "";
        }
    }

    private static String str(Object o) {
        return o == null ? "" : o.toString();
    }

    /** The profile this form describes, in the format the CLI reads. Empty fields are left out. */
    Yaml toYaml() {
        Lines put = new Lines("loadwise plan FILE, loadwise handout FILE");
        put.accept("kind", "kind: " + quote(get("kind")));
        for (String k : List.of("name", "clinician", "clinic", "blueprint")) {
            scalar(put, k, k, false);
        }
        if (runner()) {
            if (!get("race").isEmpty()
                    || !get("race-date").isEmpty()
                    || !get("race-name").isEmpty()) {
                put.accept("race", "goal:");
                scalar(put, "race", "  race", false);
                scalar(put, "race-date", "  date", false);
                scalar(put, "race-name", "  name", false);
            }
        } else {
            scalar(put, "goal", "goal", false);
            scalar(put, "irritability", "irritability", false);
        }
        scalar(put, "start", "start", false);
        scalar(put, "weeks", "weeks", true);
        scalar(put, "review", "review", false);
        put.accept("available-days", "available-days: " + list(getAll("available-days")));
        put.accept("equipment", "equipment: " + list(getAll("equipment")));
        for (String k : List.of("excluded-tags", "past-injuries")) {
            if (!getAll(k).isEmpty()) {
                put.accept(k, k + ": " + list(getAll(k)));
            }
        }
        scalar(put, "experience", "experience", false);
        scalar(put, "units", "units", false);
        scalar(put, "language", "language", false);
        if (!get("levels").isEmpty()) {
            put.accept("levels", "levels:");
            for (String l : get("levels").split("\n")) {
                if (l.isBlank()) {
                    continue;
                }
                int colon = l.indexOf(':');
                put.accept(
                        "levels",
                        colon < 0
                                ? "  " + quote(l.strip()) + ": \"\""
                                : "  " + quote(l.substring(0, colon).strip()) + ": "
                                        + quote(l.substring(colon + 1).strip()));
            }
        }
        boolean km = get("running-unit").equals("km");
        if (!get("running-weekly").isEmpty()
                || !get("running-longest").isEmpty()
                || !get("easy-pace").isEmpty()) {
            put.accept("running-weekly", "running:");
            scalar(put, "running-weekly", km ? "  weekly-km" : "  weekly-minutes", true);
            scalar(put, "running-longest", km ? "  longest-run-km" : "  longest-run-minutes", true);
            scalar(put, "easy-pace", "  easy-pace-min-per-km", true);
        }
        scalar(put, "notes", "notes", false);
        return put.yaml();
    }

    private void scalar(java.util.function.BiConsumer<String, String> put, String field, String key, boolean number) {
        String v = get(field);
        if (!v.isEmpty()) {
            put.accept(field, key + ": " + (number && v.matches("-?\\d+(\\.\\d+)?") ? v : quote(v)));
        }
    }

    static String list(List<String> values) {
        List<String> q = new ArrayList<>();
        values.forEach(v -> q.add(quote(v)));
        return "[" + String.join(", ", q) + "]";
    }

    /** A YAML double-quoted scalar (JSON string escapes are YAML escapes too). */
    static String quote(String s) {
        return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(s)) + "\"";
    }

    private static final Pattern MISSING = Pattern.compile("missing (?:required field )?'([a-z-]+)'");
    private static final Map<String, String> KEY_TO_FIELD = Map.of(
            "weekly-minutes", "running-weekly",
            "weekly-km", "running-weekly",
            "longest-run-minutes", "running-longest",
            "date", "race-date");

    /** The form field a problem of this form's YAML belongs to, or "" for the form as a whole. */
    static String fieldOf(Problem p, Yaml yaml, boolean runner) {
        Matcher m = MISSING.matcher(p.message());
        if (m.find()) {
            String key = m.group(1);
            if (key.equals("goal") && runner) {
                return "race";
            }
            return KEY_TO_FIELD.getOrDefault(key, TEXT.contains(key) || MULTI.contains(key) ? key : "");
        }
        if (p.message().contains("needs 'weeks'")) {
            return "weeks";
        }
        if (p.message().contains("needs a goal race")) {
            return "race";
        }
        return yaml.fieldAt().getOrDefault(p.line(), "");
    }
}
