package com.loadwise.plan;

import com.loadwise.library.Intent;
import com.loadwise.library.Range;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import com.loadwise.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/** Reads the rule files of a library folder into {@link Rules}, reporting every problem with its position. */
public final class RulesReader {

    private final YamlReader reader = new YamlReader();
    private final Problems problems = new Problems();

    /** Reads the rule files under {@code root} (the bundled {@code exercise-library} folder). */
    public Rules read(Path root) {
        YamlMap policies = open(root, "policies.yaml");
        YamlMap running = open(root, "running.yaml");
        YamlMap pain = open(root, "pain-models.yaml");
        YamlMap flags = open(root, "red-flags.yaml");
        problems.throwIfAny();

        policies.rejectUnknown(
                List.of(
                        "running",
                        "deload",
                        "taper",
                        "strength",
                        "plyometrics",
                        "loads",
                        "experience",
                        "past-injuries"),
                "policies");
        Rules.RunningPolicy runningPolicy = runningPolicy(policies.map("running", true));
        Rules.Deload deload = deload(policies.map("deload", true), true);
        Rules.Taper taper = taper(policies.map("taper", true), null);
        Rules.Strength strength = strength(policies.map("strength", true));
        Map<String, Range> contacts = new LinkedHashMap<>();
        int plyoGap = 0;
        YamlMap plyo = policies.map("plyometrics", true);
        if (plyo != null) {
            YamlMap c = plyo.map("contacts", true);
            if (c != null) {
                for (String k : c.keys()) {
                    contacts.put(k, Range.read(c, k, 1, 500, true));
                }
            }
            plyoGap = orZero(plyo.integer("gap-hours", 24, 168, true));
        }
        YamlMap loadsMap = policies.map("loads", true);
        Rules.Loads loads = loadsMap == null
                ? null
                : new Rules.Loads(
                        decimal(loadsMap, "kg-increment"),
                        decimal(loadsMap, "lb-increment"),
                        orZero(loadsMap.integer("epley-divisor", 1, 100, true)));
        Map<String, Integer> deloadEvery = new LinkedHashMap<>();
        YamlMap exp = policies.map("experience", true);
        if (exp != null) {
            for (String k : exp.keys()) {
                YamlMap e = exp.map(k, true);
                if (e != null) {
                    deloadEvery.put(k, e.integer("deload-every", 2, 12, true));
                }
            }
        }
        Map<String, Rules.PastInjury> injuries = new LinkedHashMap<>();
        YamlMap inj = policies.map("past-injuries", true);
        if (inj != null) {
            for (String k : inj.keys()) {
                YamlMap e = inj.map(k, true);
                if (e != null) {
                    e.rejectUnknown(List.of("weekly-cap", "excluded-tags", "note"), "a past injury");
                    List<String> tags = e.texts("excluded-tags", 0, 50, false);
                    injuries.put(
                            k,
                            new Rules.PastInjury(
                                    k,
                                    e.integer("weekly-cap", 1, 30, false),
                                    tags == null ? List.of() : tags,
                                    e.text("note", true)));
                }
            }
        }

        running.rejectUnknown(List.of("run-types", "return-to-run", "races"), "running rules");
        Map<String, Rules.RunType> runTypes = new LinkedHashMap<>();
        YamlMap types = running.map("run-types", true);
        if (types != null) {
            for (String k : types.keys()) {
                YamlMap t = types.map(k, true);
                if (t != null) {
                    t.rejectUnknown(
                            List.of("name", "effort", "terrain", "work-share", "max-work-minutes"), "a run type");
                    Integer share = t.integer("work-share", 10, 90, false);
                    Integer max = t.integer("max-work-minutes", 5, 120, share != null);
                    runTypes.put(
                            k,
                            new Rules.RunType(
                                    k,
                                    t.text("name", true),
                                    t.text("effort", true),
                                    t.text("terrain", true),
                                    share,
                                    max == null ? 0 : max));
                }
            }
        }
        YamlMap rtr = running.map("return-to-run", true);
        Rules.ReturnToRun ladder = returnToRun(rtr);
        Map<String, Rules.Race> races = new LinkedHashMap<>();
        YamlMap raceMap = running.map("races", true);
        if (raceMap != null) {
            for (String k : raceMap.keys()) {
                YamlMap r = raceMap.map(k, true);
                if (r != null) {
                    races.put(
                            k,
                            new Rules.Race(
                                    k,
                                    r.text("name", true),
                                    decimal(r, "km"),
                                    ints(r.map("peak-week", true)),
                                    ints(r.map("peak-long", true))));
                }
            }
        }

        Map<String, Rules.PainModel> painModels = new LinkedHashMap<>();
        YamlMap models = pain.map("models", true);
        if (models != null) {
            for (String k : models.keys()) {
                YamlMap m = models.map(k, true);
                if (m == null) {
                    continue;
                }
                YamlMap zones = m.map("zones", true);
                painModels.put(
                        k,
                        new Rules.PainModel(
                                k,
                                m.text("name", true),
                                m.text("source", true),
                                orZero(m.integer("during-max", 0, 10, true)),
                                m.text("next-morning", true),
                                zones == null ? null : zones.text("green", true),
                                zones == null ? null : zones.text("amber", true),
                                zones == null ? null : zones.text("red", true),
                                m.text("after-flare", true)));
            }
        }

        if (ladder != null) {
            for (String k : ladder.oneChangeAWeek()) {
                if (!painModels.containsKey(k)) {
                    rtr.problem(
                            "one-change-a-week", "unknown pain model '" + k + "'", "use one of " + painModels.keySet());
                }
            }
        }

        flags.rejectUnknown(List.of("general", "urgent", "by-pain-model"), "red flags");
        Map<String, List<String>> byModel = new LinkedHashMap<>();
        YamlMap bm = flags.map("by-pain-model", true);
        if (bm != null) {
            for (String k : bm.keys()) {
                if (!painModels.containsKey(k)) {
                    bm.problem(k, "unknown pain model '" + k + "'", "use one of " + painModels.keySet());
                }
                byModel.put(k, bm.texts(k, 1, 20, true));
            }
        }
        Rules.RedFlags redFlags =
                new Rules.RedFlags(flags.texts("general", 1, 30, true), flags.texts("urgent", 1, 30, true), byModel);

        Map<String, Rules.Education> education = education(root.resolve("education"));
        problems.throwIfAny();
        return new Rules(
                runningPolicy,
                deload,
                taper,
                strength,
                contacts,
                plyoGap,
                loads,
                deloadEvery,
                injuries,
                runTypes,
                ladder,
                races,
                painModels,
                redFlags,
                education);
    }

    private YamlMap open(Path root, String name) {
        try {
            YamlDocument doc = reader.read(root.resolve(name), "exercise-library/" + name);
            return YamlMap.of(doc.file(), doc.root(), problems, name);
        } catch (InputException e) {
            problems.addAll(e.problems());
            return null;
        }
    }

    private Rules.RunningPolicy runningPolicy(YamlMap m) {
        if (m == null) {
            return null;
        }
        return new Rules.RunningPolicy(
                orZero(m.integer("weekly-cap", 1, 50, true)),
                Range.read(m, "weekly-cap-range", 1, 50, true),
                orZero(m.integer("two-week-cap", 1, 100, true)),
                orZero(m.integer("single-run-cap", 100, 200, true)),
                orZero(m.integer("lookback-days", 7, 90, true)),
                orZero(m.integer("long-run-share", 10, 60, true)),
                orZero(m.integer("long-run-share-max", 20, 60, true)),
                orZero(m.integer("long-run-over-easy", 0, 100, true)),
                orZero(m.integer("min-run-minutes", 5, 60, true)),
                stepBack(m.map("step-back", true)),
                orZero(m.integer("build-ceiling", 100, 300, true)),
                decimal(m, "default-easy-pace-min-per-km"));
    }

    static Rules.StepBack stepBack(YamlMap m) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(List.of("cut"), "step-back");
        return new Rules.StepBack(orZero(m.integer("cut", 0, 60, true)));
    }

    static Rules.Deload deload(YamlMap m, boolean required) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(List.of("every", "volume-cut", "rir-increase"), "deload");
        return new Rules.Deload(
                orZero(m.integer("every", 2, 12, required)),
                orZero(m.integer("volume-cut", 0, 70, true)),
                orZero(m.integer("rir-increase", 0, 4, true)));
    }

    static Rules.Taper taper(YamlMap m, Rules.Taper defaults) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(List.of("weeks", "volume-cut", "strength-sessions", "last-run-days-before-race"), "taper");
        boolean req = defaults == null;
        Integer weeks = m.integer("weeks", 1, 4, req);
        Integer cut = m.integer("volume-cut", 10, 80, req);
        Integer sessions = m.integer("strength-sessions", 0, 3, req);
        Integer lastRun = m.integer("last-run-days-before-race", 1, 7, req);
        return new Rules.Taper(
                weeks != null ? weeks : defaults == null ? 0 : defaults.weeks(),
                cut != null ? cut : defaults == null ? 0 : defaults.volumeCut(),
                sessions != null ? sessions : defaults == null ? 0 : defaults.strengthSessions(),
                lastRun != null ? lastRun : defaults == null ? 1 : defaults.lastRunDaysBefore());
    }

    private static Rules.Strength strength(YamlMap m) {
        if (m == null) {
            return null;
        }
        List<String> heavy = m.choices("heavy-intents", Intent.ids(), "intent", true);
        Set<Intent> heavyIntents = EnumSet.noneOf(Intent.class);
        if (heavy != null) {
            heavy.forEach(h -> heavyIntents.add(Intent.fromId(h)));
        }
        Map<Intent, List<Intent>> fallback = new EnumMap<>(Intent.class);
        YamlMap f = m.map("intent-fallback", true);
        if (f != null) {
            for (String k : f.keys()) {
                List<String> order = f.choices(k, Intent.ids(), "intent", true);
                if (Intent.ids().contains(k) && order != null) {
                    fallback.put(
                            Intent.fromId(k), order.stream().map(Intent::fromId).toList());
                }
            }
        }
        YamlMap round = m.map("rounding", true);
        Rules.Rounding rounding = round == null
                ? new Rules.Rounding(List.of(), List.of())
                : new Rules.Rounding(steps(round, "reps"), steps(round, "hold-seconds"));
        return new Rules.Strength(
                orZero(m.integer("heavy-gap-hours", 0, 168, true)),
                heavyIntents,
                orZero(m.integer("climb-every-weeks", 1, 12, true)),
                fallback,
                rounding);
    }

    /** A list of {from, step}: from each size up, values are rounded to multiples of the step. */
    private static List<Rules.Step> steps(YamlMap m, String key) {
        List<Rules.Step> out = new ArrayList<>();
        List<YamlMap> items = m.maps(key, 1, 10, true);
        if (items == null) {
            return out;
        }
        for (YamlMap i : items) {
            i.rejectUnknown(List.of("from", "step"), "a rounding step");
            Integer from = i.integer("from", 0, 1000, true);
            Integer step = i.integer("step", 1, 60, true);
            if (from != null && step != null) {
                if (!out.isEmpty() && from <= out.get(out.size() - 1).from()) {
                    i.problem("from", "rounding steps must be in increasing order of 'from'", "sort them");
                }
                out.add(new Rules.Step(from, step));
            }
        }
        return out;
    }

    private Rules.ReturnToRun returnToRun(YamlMap m) {
        if (m == null) {
            return null;
        }
        List<Rules.WalkJog> levels = new ArrayList<>();
        List<YamlMap> lv = m.maps("levels", 1, 20, true);
        if (lv != null) {
            for (YamlMap l : lv) {
                levels.add(new Rules.WalkJog(
                        orZero(l.integer("walk", 0, 30, true)),
                        orZero(l.integer("jog", 1, 60, true)),
                        orZero(l.integer("repeats", 1, 20, true))));
            }
        }
        m.rejectUnknown(
                List.of("repeat-each-level", "min-days-between", "one-change-a-week", "entry", "levels"),
                "return-to-run");
        List<String> oneChange = m.texts("one-change-a-week", 0, 20, false);
        return new Rules.ReturnToRun(
                orZero(m.integer("repeat-each-level", 1, 6, true)),
                orZero(m.integer("min-days-between", 1, 3, true)),
                criteria(m, "entry"),
                levels,
                oneChange == null ? List.of() : oneChange);
    }

    /** A list of {text, pain-max} criteria. */
    static List<Criterion> criteria(YamlMap m, String key) {
        List<YamlMap> items = m.maps(key, 0, 20, false);
        List<Criterion> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (YamlMap c : items) {
            c.rejectUnknown(List.of("text", "pain-max"), "a criterion");
            String text = c.text("text", true);
            Integer pain = c.integer("pain-max", 0, 10, false);
            if (text != null) {
                out.add(new Criterion(text, pain));
            }
        }
        return out;
    }

    private Map<String, Rules.Education> education(Path dir) {
        Map<String, Rules.Education> out = new LinkedHashMap<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list " + dir, e);
        }
        for (Path f : files) {
            String shown = "exercise-library/education/" + f.getFileName();
            try {
                YamlDocument doc = reader.read(f, shown);
                YamlMap m = YamlMap.of(shown, doc.root(), problems, "an education block");
                if (m == null) {
                    continue;
                }
                m.rejectUnknown(List.of("id", "title", "paragraphs", "source"), "an education block");
                String id = m.text("id", true);
                String expected = f.getFileName().toString().replace(".yaml", "");
                if (id != null && !id.equals(expected)) {
                    m.problem("id", "id '" + id + "' differs from the file name", "rename one to '" + expected + "'");
                }
                out.put(
                        expected,
                        new Rules.Education(
                                expected,
                                m.text("title", true),
                                m.texts("paragraphs", 1, 12, true),
                                m.text("source", true)));
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return out;
    }

    private static Map<String, Integer> ints(YamlMap m) {
        Map<String, Integer> out = new LinkedHashMap<>();
        if (m != null) {
            for (String k : m.keys()) {
                out.put(k, m.integer(k, 0, 10_000, true));
            }
        }
        return out;
    }

    static double decimal(YamlMap m, String key) {
        String t = m.text(key, true);
        if (t == null) {
            return 0;
        }
        try {
            return Double.parseDouble(t);
        } catch (NumberFormatException e) {
            m.problem(key, "'" + key + "' must be a number", "found '" + t + "'");
            return 0;
        }
    }

    static int orZero(Integer i) {
        return i == null ? 0 : i;
    }
}
