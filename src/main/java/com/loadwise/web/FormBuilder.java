package com.loadwise.web;

import com.loadwise.plan.Planner;
import com.loadwise.web.Views.Field;
import com.loadwise.web.Views.Option;
import com.loadwise.web.Views.Section;
import com.loadwise.web.Views.Shown;
import com.loadwise.yaml.Problem;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The client and runner form as a page: the fields with their choices (from the library's vocabulary and the
 * rules, the lists the readers check against) and each problem the readers found, next to its field.
 */
final class FormBuilder {

    static final Map<String, String> DAYS = ordered(
            "mon",
            "Monday",
            "tue",
            "Tuesday",
            "wed",
            "Wednesday",
            "thu",
            "Thursday",
            "fri",
            "Friday",
            "sat",
            "Saturday",
            "sun",
            "Sunday");

    private final WebServer server;

    FormBuilder(WebServer server) {
        this.server = server;
    }

    Views.FormPage page(
            ProfileForm f,
            String slug,
            String version,
            List<Problem> problems,
            ProfileForm.Yaml yaml,
            String conflict) {
        boolean runner = f.runner();
        Map<String, List<Shown>> byField = new LinkedHashMap<>();
        List<Shown> general = new ArrayList<>();
        for (Problem p : problems) {
            String field = ProfileForm.fieldOf(p, yaml, runner);
            if (field.isEmpty()) {
                general.add(Shown.of(p, false));
            } else {
                byField.computeIfAbsent(field, k -> new ArrayList<>()).add(Shown.of(p, false));
            }
        }
        var vocab = server.planner.library().vocabulary();
        var rules = server.planner.rules();
        Fields x = new Fields(f, byField);
        List<Section> sections = new ArrayList<>();
        List<Field> who = new ArrayList<>();
        who.add(x.text("name", runner ? "Runner's name" : "Client's name", "As printed on the handout.", true));
        if (!runner) {
            who.add(x.text("clinician", "Clinician", "Optional: printed on the cover.", false));
            who.add(x.text("clinic", "Clinic", "Optional.", false));
        }
        sections.add(new Section(runner ? "Runner" : "Client", who));
        List<Field> goal = new ArrayList<>();
        goal.add(x.select(
                "blueprint",
                runner ? "Plan (blueprint)" : "Condition (blueprint)",
                blueprints(),
                runner ? "Optional: race-plan unless you choose another." : "The program the engine follows.",
                !runner));
        if (runner) {
            goal.add(x.select(
                    "race", "Goal race", ordered(rules.races().keySet()), "Optional with a number of weeks.", false));
            goal.add(x.date("race-date", "Race date", "YYYY-MM-DD; the plan ends on race day.", false));
            goal.add(x.text("race-name", "Race name", "Optional.", false));
        } else {
            goal.add(x.text("goal", "Goal", "In the client's words.", false));
            goal.add(x.select(
                    "irritability",
                    "Irritability",
                    ordered("high", "high", "moderate", "moderate", "low", "low"),
                    "How easily symptoms flare; a high one starts gentler.",
                    true));
        }
        goal.add(x.date("start", "Start date", "YYYY-MM-DD, e.g. 2027-01-04.", true));
        goal.add(x.number(
                "weeks", "Weeks", runner ? "Leave empty for a race plan." : "1 to 104; or give a review date.", false));
        if (!runner) {
            goal.add(x.date("review", "Review date", "Optional: YYYY-MM-DD instead of a number of weeks.", false));
        }
        sections.add(new Section("Goal and dates", goal));
        List<Field> week = new ArrayList<>();
        week.add(x.checks("available-days", "Days available", DAYS, "At least one day.", true));
        week.add(x.checks("equipment", "Equipment", vocab.equipment(), "What the person has.", true));
        week.add(x.checks(
                "excluded-tags", "Leave out", vocab.tags(), "Exercises with these tags are not chosen.", false));
        sections.add(new Section("Week and equipment", week));
        List<Field> history = new ArrayList<>();
        history.add(x.checks(
                "past-injuries",
                "Injury history",
                ordered(rules.pastInjuries().keySet()),
                "Past injuries tighten the running and loading rules.",
                false));
        history.add(x.select(
                "experience",
                "Training experience",
                ordered(rules.deloadEveryByExperience().keySet()),
                "Default: novice.",
                false));
        history.add(x.select("units", "Units", ordered("kg", "kg", "lb", "lb"), "For loads.", false));
        history.add(x.select(
                "language",
                "Handout language",
                ordered("en", "English", "es", "Español"),
                "The handout, the plan and the watch workouts print in it. Default: English.",
                false));
        history.add(x.textarea(
                "levels",
                "Current levels",
                "Optional, one a line: pattern: exercise/level, e.g. hip-extension: glute-bridge/double-leg.",
                false));
        sections.add(new Section("History", history));
        List<Field> running = new ArrayList<>();
        running.add(
                x.select("running-unit", "Running measured in", ordered("minutes", "minutes", "km", "km"), "", false));
        running.add(x.number("running-weekly", "Running now, per week", runner ? "Required." : "Optional.", runner));
        running.add(x.number("running-longest", "Longest run now", runner ? "Required." : "Optional.", runner));
        running.add(x.number("easy-pace", "Easy pace (min per km)", "Optional: 3 to 15.", false));
        sections.add(new Section("Running", running));
        sections.add(new Section(
                "Notes",
                List.of(x.textarea(
                        "notes", runner ? "Notes" : "Clinician notes", "Printed on the handout's cover.", false))));
        for (String field : byField.keySet()) {
            if (!x.shown.contains(field)) {
                byField.get(field).forEach(general::add);
            }
        }
        String who2 = f.get("name").isEmpty() ? (runner ? "new runner" : "new client") : f.get("name");
        return new Views.FormPage(
                Views.Frame.clients((slug == null ? "New " : "Edit ") + (runner ? "runner" : "client")),
                slug == null ? (runner ? "New runner" : "New client") : "Edit " + who2,
                slug == null ? "/clients" : "/clients/" + slug,
                f.get("kind"),
                version,
                slug == null,
                Views.Message.of(conflict),
                general,
                !general.isEmpty(),
                sections,
                slug == null ? "/clients" : "/clients/" + slug,
                false,
                "Save and plan");
    }

    /** The blueprints of the --library folders and the bundled ones, as the Planner finds them. */
    Map<String, String> blueprints() {
        TreeSet<String> ids = new TreeSet<>();
        for (Path dir : server.blueprintFolders()) {
            ids.addAll(Planner.ids(dir));
        }
        Map<String, String> m = new LinkedHashMap<>();
        ids.forEach(id -> m.put(id, id.replace('-', ' ')));
        return m;
    }

    static Map<String, String> ordered(String... pairs) {
        Map<String, String> m = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            m.put(pairs[i], pairs[i + 1]);
        }
        return m;
    }

    static Map<String, String> ordered(java.util.Collection<String> ids) {
        Map<String, String> m = new LinkedHashMap<>();
        ids.forEach(id -> m.put(id, id.replace('-', ' ')));
        return m;
    }

    /** Makes the fields of one form, remembering which fields are on the page. */
    static final class Fields {
        final ProfileForm f;
        final Map<String, List<Shown>> errors;
        final java.util.Set<String> shown = new java.util.HashSet<>();

        Fields(ProfileForm f, Map<String, List<Shown>> errors) {
            this.f = f;
            this.errors = errors;
        }

        Field text(String name, String label, String help, boolean required) {
            return field(name, label, help, List.of(), required, 0);
        }

        Field date(String name, String label, String help, boolean required) {
            return field(name, label, help, List.of(), required, 1);
        }

        Field number(String name, String label, String help, boolean required) {
            return field(name, label, help, List.of(), required, 2);
        }

        Field select(String name, String label, Map<String, String> choices, String help, boolean required) {
            List<Option> options = new ArrayList<>();
            options.add(new Option("", "(choose)", f.get(name).isEmpty()));
            choices.forEach((v, l) -> options.add(new Option(v, l, v.equals(f.get(name)))));
            if (!f.get(name).isEmpty() && !choices.containsKey(f.get(name))) {
                options.add(new Option(f.get(name), f.get(name), true));
            }
            return field(name, label, help, options, required, 3);
        }

        Field checks(String name, String label, Map<String, String> choices, String help, boolean required) {
            List<Option> options = new ArrayList<>();
            choices.forEach(
                    (v, l) -> options.add(new Option(v, l, f.getAll(name).contains(v))));
            for (String v : f.getAll(name)) {
                if (!choices.containsKey(v)) {
                    options.add(new Option(v, v, true));
                }
            }
            return field(name, label, help, options, required, 4);
        }

        Field textarea(String name, String label, String help, boolean required) {
            return field(name, label, help, List.of(), required, 5);
        }

        Field file(String name, String label, String help, boolean required) {
            return field(name, label, help, List.of(), required, 6);
        }

        private Field field(String name, String label, String help, List<Option> options, boolean required, int type) {
            shown.add(name);
            List<Shown> e = errors.getOrDefault(name, List.of());
            return new Field(
                    name,
                    "f-" + name,
                    label,
                    help,
                    !help.isEmpty(),
                    f.get(name),
                    options,
                    e,
                    !e.isEmpty(),
                    type == 0,
                    type == 1,
                    type == 2,
                    type == 3,
                    type == 4,
                    type == 5,
                    type == 6,
                    required);
        }
    }
}
