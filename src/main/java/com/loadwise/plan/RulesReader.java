package com.loadwise.plan;

import com.loadwise.i18n.Messages;
import com.loadwise.library.Intent;
import com.loadwise.library.PainLimits;
import com.loadwise.library.PainRule;
import com.loadwise.library.Range;
import com.loadwise.library.Translations;
import com.loadwise.library.Wording;
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
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Reads the rule files of a library folder into {@link Rules}, reporting every problem with its position. */
public final class RulesReader {

    private final Translations translations;
    private final YamlReader reader;
    private final Messages words;
    private final Problems problems = new Problems();

    public RulesReader() {
        this(Translations.english());
    }

    /** Reads the rules in the language of {@code translations} (its texts, and the pain ranges in its words). */
    public RulesReader(Translations translations) {
        this.translations = translations;
        this.reader = translations.reader();
        this.words = Messages.of(translations.language());
    }

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
                        "past-injuries",
                        "replan"),
                "policies");
        Rules.RunningPolicy runningPolicy = runningPolicy(policies.map("running", true));
        Rules.Deload deload = deload(policies.map("deload", true), true);
        Rules.Taper taper = taper(policies.map("taper", true), null);
        Rules.Strength strength = strength(policies.map("strength", true));
        Rules.Replan replan = replan(policies.map("replan", true));
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
                            List.of(
                                    "name",
                                    "effort",
                                    "terrain",
                                    "work-share",
                                    "max-work-minutes",
                                    "repeat-minutes",
                                    "recover-minutes",
                                    "recover-share-max"),
                            "a run type");
                    Integer share = t.integer("work-share", 10, 90, false);
                    Integer max = t.integer("max-work-minutes", 5, 120, share != null);
                    // hard repeats with easy running between: both or neither, and only for a run with a work block
                    Integer repeat = t.integer("repeat-minutes", 1, 30, false);
                    Integer recover = t.integer("recover-minutes", 1, 10, repeat != null);
                    Integer recoverShare = t.integer("recover-share-max", 10, 90, repeat != null);
                    if (share == null && repeat != null) {
                        t.integer("work-share", 10, 90, true);
                    }
                    runTypes.put(
                            k,
                            new Rules.RunType(
                                    k,
                                    t.text("name", true),
                                    t.text("effort", true),
                                    t.text("terrain", true),
                                    share,
                                    max == null ? 0 : max,
                                    repeat,
                                    recover,
                                    recoverShare));
                }
            }
        }
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

        Map<String, Rules.PainModel> painModels = painModels(pain);
        Rules.RedFlags redFlags = redFlags(flags, painModels.keySet());
        int strictest = painModels.values().stream()
                .mapToInt(pm -> pm.limits().moveUpMax())
                .min()
                .orElse(0);
        YamlMap rtr = running.map("return-to-run", true);
        Rules.ReturnToRun ladder = returnToRun(rtr, new PainLimits(strictest, null), "the strictest pain model");
        if (ladder != null) {
            for (String k : ladder.oneChangeAWeek()) {
                if (!painModels.containsKey(k)) {
                    rtr.problem(
                            "one-change-a-week", "unknown pain model '" + k + "'", "use one of " + painModels.keySet());
                }
            }
        }

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
                education,
                translations,
                replan);
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

    static Rules.Replan replan(YamlMap m) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(List.of("extend-weeks"), "replan");
        return new Rules.Replan(orZero(m.integer("extend-weeks", 1, 4, true)));
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

    private Rules.ReturnToRun returnToRun(YamlMap m, PainLimits limits, String model) {
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
                criteria(m, "entry", limits, model),
                levels,
                oneChange == null ? List.of() : oneChange);
    }

    /** A pain number written into a text ("3 out of 10", "2/10", "3-5 out of 10"). */
    static final Pattern PAIN_NUMBER =
            Pattern.compile("\\d+(\\s*(-|\u2013|to|a)\\s*\\d+)?\\s*(out of 10|de 10|sobre 10|/\\s*10)");

    private static final Pattern REST = Pattern.compile("(?i)at rest|at night|while resting");

    /**
     * A list of {text, pain-max or pain} criteria, their pain numbers checked against the pain model in force:
     * {@code pain: within-model} takes the model's move-up limit, {@code pain: none} means pain-free, and a
     * {@code pain-max} above the model's limit is an error. A pain number inside the text is refused (it would escape
     * the check), and so is a criterion that calls itself pain-free or speaks of pain at rest or at night while it
     * allows pain (the red flags tell the reader to report pain at rest).
     */
    static List<Criterion> criteria(YamlMap m, String key, PainLimits limits, String model) {
        List<YamlMap> items = m.maps(key, 0, 20, false);
        List<Criterion> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (YamlMap c : items) {
            c.rejectUnknown(List.of("text", "pain-max", "pain"), "a criterion");
            String text = c.text("text", true);
            Integer pain = c.integer("pain-max", 0, 10, false);
            String rule = c.choice("pain", PainRule.progressIds(), "pain rule", false);
            if (pain != null && rule != null) {
                c.problem("pain", "a criterion gives both 'pain-max' and 'pain'", "keep one of them");
            } else if (pain != null && pain > limits.moveUpMax()) {
                c.problem(
                        "pain-max",
                        "pain-max " + pain + " is above the move-up limit of " + model + " (" + limits.moveUpMax()
                                + "/10)",
                        "write 'pain: within-model', or a number from 0 to " + limits.moveUpMax());
            } else if (rule != null) {
                pain = rule.equals(PainRule.NONE.id()) ? 0 : limits.moveUpMax();
            }
            if (text != null) {
                checkText(c, "text", text);
                if (pain != null
                        && pain > 0
                        && Criterion.PAIN_FREE.matcher(text).find()) {
                    c.problem(
                            "text",
                            "the text says there is no pain but the criterion allows pain up to " + pain + "/10",
                            "take 'pain-free' out of the text, or write 'pain: none'");
                }
                if (pain != null && pain > 0 && REST.matcher(text).find()) {
                    c.problem(
                            "text",
                            "a criterion allows pain at rest or at night, which the red flags tell the reader to"
                                    + " report",
                            "say what must be true without a pain limit, e.g. 'any pain at rest eases when you"
                                    + " change position'");
                }
                out.add(new Criterion(text, pain));
            }
        }
        return out;
    }

    /**
     * A printed text: no pain number of its own (pain numbers come from the pain model's limits) and no
     * placeholder but {@code {contact}}.
     */
    static void checkText(YamlMap m, String key, String text) {
        if (PAIN_NUMBER.matcher(text).find()) {
            m.problem(
                    key,
                    "a pain number is written into the text",
                    "pain numbers come from the pain model: use 'pain: within-model' or 'pain-max' in a criterion,"
                            + " 'move-up-max' and 'repeat-max' in a pain model, or words such as 'the red zone of"
                            + " your pain guide'");
        }
        if (text.replace(Wording.CONTACT, "").replace("{Contact}", "").matches("(?s).*[{}].*")) {
            m.problem(key, "the text holds an unknown placeholder", "the only one is " + Wording.CONTACT);
        }
    }

    private Map<String, Rules.PainModel> painModels(YamlMap pain) {
        Map<String, Rules.PainModel> painModels = new LinkedHashMap<>();
        YamlMap models = pain.map("models", true);
        if (models == null) {
            return painModels;
        }
        for (String k : models.keys()) {
            YamlMap m = models.map(k, true);
            if (m == null) {
                continue;
            }
            m.rejectUnknown(
                    List.of(
                            "name",
                            "source",
                            "move-up-max",
                            "repeat-max",
                            "next-morning",
                            "zones",
                            "after-flare",
                            "after-flare-without-running"),
                    "a pain model");
            Integer moveUp = m.integer("move-up-max", 0, 10, true);
            Integer repeat = m.integer("repeat-max", 1, 10, false);
            if (moveUp != null && repeat != null && repeat <= moveUp) {
                m.problem("repeat-max", "repeat-max must be above move-up-max (" + moveUp + ")", "");
                repeat = null;
            }
            YamlMap zones = m.map("zones", true);
            String green = null;
            String amber = null;
            String red = null;
            if (zones != null) {
                zones.rejectUnknown(List.of("green", "amber", "red"), "zones");
                green = zoneText(zones, "green", true);
                amber = zoneText(zones, "amber", repeat != null);
                // A repeat-max given but refused above has its own problem; its amber text is not a second one.
                red = zoneText(zones, "red", true);
                if (amber != null && repeat == null && !m.has("repeat-max")) {
                    zones.problem(
                            "amber", "an amber zone needs 'repeat-max' in its model", "add repeat-max or remove amber");
                }
            }
            String name = m.text("name", true);
            String nextMorning = m.text("next-morning", true);
            String afterFlare = m.text("after-flare", true);
            Map<String, String> texts = new LinkedHashMap<>();
            texts.put("name", name);
            texts.put("next-morning", nextMorning);
            texts.put("after-flare", afterFlare);
            String withoutRunning = m.text("after-flare-without-running", false);
            texts.put("after-flare-without-running", withoutRunning);
            texts.forEach((f, t) -> {
                if (t != null) {
                    checkText(m, f, t);
                }
            });
            if (moveUp == null) {
                continue;
            }
            PainLimits limits = new PainLimits(moveUp, repeat);
            painModels.put(
                    k,
                    new Rules.PainModel(
                            k,
                            name,
                            m.text("source", true),
                            limits,
                            nextMorning,
                            zone(limits.greenRange(words), green),
                            repeat == null ? null : zone(limits.amberRange(words), amber),
                            zone(limits.redRange(words), red),
                            afterFlare,
                            withoutRunning));
        }
        return painModels;
    }

    private static String zoneText(YamlMap zones, String key, boolean required) {
        String t = zones.text(key, required);
        if (t != null) {
            checkText(zones, key, t);
        }
        return t;
    }

    /** "0–3 out of 10" and "during the exercise…" as "0–3 out of 10 during the exercise…". */
    private static String zone(String range, String text) {
        if (text == null) {
            return null;
        }
        return range + (text.startsWith(",") || text.startsWith(":") ? "" : " ") + text;
    }

    private static Rules.RedFlags redFlags(YamlMap flags, Set<String> painModels) {
        flags.rejectUnknown(List.of("contact", "flags", "urgent"), "red flags");
        Map<String, Rules.Contact> contact = new LinkedHashMap<>();
        YamlMap c = flags.map("contact", true);
        if (c != null) {
            c.rejectUnknown(BlueprintReader.KINDS, "contact");
            for (String kind : BlueprintReader.KINDS) {
                YamlMap k = c.map(kind, true);
                if (k != null) {
                    k.rejectUnknown(List.of("named", "unnamed"), "a contact");
                    contact.put(kind, new Rules.Contact(k.text("named", true), k.text("unnamed", true)));
                }
            }
        }
        return new Rules.RedFlags(contact, flags(flags, "flags", painModels), flags(flags, "urgent", painModels));
    }

    private static List<Rules.Flag> flags(YamlMap m, String key, Set<String> painModels) {
        List<Rules.Flag> out = new ArrayList<>();
        List<YamlMap> items = m.maps(key, 1, 40, true);
        if (items == null) {
            return out;
        }
        for (YamlMap f : items) {
            f.rejectUnknown(List.of("text", "pain-models", "users", "running", "source"), "a red flag");
            String text = f.text("text", true);
            if (text != null) {
                checkText(f, "text", text);
            }
            List<String> models = f.choices("pain-models", painModels, "pain model", false);
            List<String> users = f.choices("users", BlueprintReader.KINDS, "kind of user", false);
            Boolean running = f.bool("running", false);
            String source = f.text("source", true);
            if (text != null) {
                out.add(new Rules.Flag(
                        text,
                        models == null ? List.of() : models,
                        users == null ? List.of() : users,
                        Boolean.TRUE.equals(running),
                        source));
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
