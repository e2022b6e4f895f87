package com.loadwise.plan;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Impact;
import com.loadwise.library.Intent;
import com.loadwise.library.PainLimits;
import com.loadwise.library.Range;
import com.loadwise.yaml.Names;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import com.loadwise.yaml.YamlReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reads and checks a blueprint against the library and the rules; every problem is reported with its position. */
public final class BlueprintReader {

    static final List<String> FIELDS = List.of(
            "id",
            "name",
            "summary",
            "for",
            "sources",
            "pain-model",
            "education",
            "excluded-tags",
            "periodisation",
            "deload",
            "taper",
            "running",
            "irritability",
            "warm-up",
            "cool-down",
            "stages");
    static final List<String> STAGE_FIELDS = List.of(
            "id",
            "name",
            "purpose",
            "subtitle",
            "intent",
            "weeks",
            "entry",
            "exit",
            "strength-sessions",
            "plyometric-sessions",
            "max-impact",
            "excluded-tags",
            "slots",
            "running",
            "cross-training",
            "taper");
    static final List<String> SLOT_FIELDS = List.of("pattern", "exercises", "level", "start", "climb");
    static final List<String> RUNNING_FIELDS = List.of(
            "mode",
            "sessions",
            "types",
            "volume",
            "start-percent",
            "min-days-between",
            "speed-after-minutes",
            "ceiling-percent");
    static final List<String> KINDS = List.of("client", "team", "runner");
    static final List<String> IRRITABILITY = List.of("high", "moderate", "low");

    private final ExerciseLibrary library;
    private final Rules rules;
    private final YamlReader reader;

    /** Reads blueprints in the language the rules were read in ({@link Rules#translations}). */
    public BlueprintReader(ExerciseLibrary library, Rules rules) {
        this.library = library;
        this.rules = rules;
        this.reader = rules.translations().reader();
    }

    public Blueprint read(Path file, String shownAs) {
        YamlDocument doc = reader.read(file, shownAs);
        Problems problems = new Problems();
        YamlMap m = YamlMap.of(shownAs, doc.root(), problems, "a blueprint");
        problems.throwIfAny();
        m.rejectUnknown(FIELDS, "a blueprint");
        String id = m.text("id", true);
        String expected = file.getFileName().toString().replaceAll("\\.ya?ml$", "");
        if (id != null && !id.equals(expected)) {
            m.problem("id", "blueprint id '" + id + "' differs from its file name", "rename one to '" + expected + "'");
        }
        List<String> forKinds = m.choices("for", KINDS, "profile kind", true);
        String painModel = m.choice("pain-model", rules.painModels().keySet(), "pain model", true);
        List<String> education = m.choices("education", rules.education().keySet(), "education block", true);
        List<String> excluded = tags(m, "excluded-tags");
        String periodisation =
                m.choice("periodisation", List.of("linear", "daily-undulating", "block"), "periodisation model", true);
        Rules.Deload deload = RulesReader.deload(m.map("deload", false), false);
        Rules.Taper taper = RulesReader.taper(m.map("taper", false), rules.taper());
        Blueprint.RunningOverride running = runningOverride(m.map("running", false));
        Map<String, String> irritability = new LinkedHashMap<>();
        YamlMap irr = m.map("irritability", false);
        List<YamlMap> stageMaps = m.maps("stages", 1, 12, true);
        Set<String> stageIds = new java.util.LinkedHashSet<>();
        Set<String> namedStages = new java.util.LinkedHashSet<>();
        List<Blueprint.Stage> stages = new ArrayList<>();
        if (stageMaps != null) {
            for (YamlMap sm : stageMaps) {
                Blueprint.Stage s = stage(sm, painModel);
                String sid = sm.has("id") ? sm.text("id", false) : null;
                if (s == null && sid != null) {
                    namedStages.add(sid); // a broken stage still has its name, so references to it do not also fail
                }
                if (s != null) {
                    if (!stageIds.add(s.id())) {
                        sm.problem("id", "duplicate stage id '" + s.id() + "'", "stage ids must be unique");
                    }
                    stages.add(s);
                }
            }
            long tapers = stages.stream().filter(Blueprint.Stage::taper).count();
            if (tapers > 1 || (tapers == 1 && !stages.get(stages.size() - 1).taper())) {
                m.problem("stages", "only the last stage may be the taper", "set taper: true on the last stage only");
            }
        }
        if (irr != null) {
            irr.rejectUnknown(IRRITABILITY, "irritability");
            for (String level : irr.keys()) {
                Set<String> known = new java.util.LinkedHashSet<>(stageIds);
                known.addAll(namedStages);
                String stage = irr.choice(level, known, "stage", true);
                if (stage != null) {
                    irritability.put(level, stage);
                }
            }
        }
        List<Blueprint.Slot> warmUp = slots(m, "warm-up", false);
        List<Blueprint.Slot> coolDown = slots(m, "cool-down", false);
        String name = m.text("name", true);
        String summary = m.text("summary", true);
        List<String> sources = m.texts("sources", 1, 20, true);
        problems.throwIfAny();
        return new Blueprint(
                id,
                name,
                summary,
                new LinkedHashSet<>(forKinds),
                sources,
                painModel,
                education,
                excluded,
                Blueprint.Periodisation.valueOf(
                        periodisation.toUpperCase(Locale.ROOT).replace('-', '_')),
                deload,
                m.has("taper") ? taper : null,
                running,
                irritability,
                warmUp,
                coolDown,
                stages,
                shownAs);
    }

    private List<String> tags(YamlMap m, String key) {
        List<String> t = m.choices(key, library.vocabulary().tags().keySet(), "tag", false);
        return t == null ? List.of() : t;
    }

    private Blueprint.RunningOverride runningOverride(YamlMap m) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(
                List.of("weekly-cap", "single-run-cap", "two-week-cap", "step-back", "long-run-share"), "running caps");
        Range allowed = rules.running().weeklyCapRange();
        return new Blueprint.RunningOverride(
                m.integer("weekly-cap", allowed.min(), allowed.max(), false),
                m.integer("single-run-cap", 100, 200, false),
                m.integer("two-week-cap", 1, 100, false),
                RulesReader.stepBack(m.map("step-back", false)),
                m.integer("long-run-share", 10, 60, false));
    }

    private Blueprint.Stage stage(YamlMap m, String painModel) {
        Rules.PainModel model = painModel == null ? null : rules.painModels().get(painModel);
        // Without a known pain model (a problem reported already) the criteria are read but not checked.
        PainLimits limits = model == null ? new PainLimits(10, null) : model.limits();
        String modelName = "pain model '" + painModel + "'";
        m.rejectUnknown(STAGE_FIELDS, "a stage");
        String id = m.text("id", true);
        String intent = m.choice("intent", Intent.ids().subList(0, 5), "intent", true);
        Range weeks = Range.read(m, "weeks", 1, 52, true);
        if (weeks != null && weeks.min() < 1) {
            m.problem("weeks", "a stage lasts at least one week", "use 1 or more");
        }
        Integer strength = m.integer("strength-sessions", 0, 7, true);
        Integer plyo = m.integer("plyometric-sessions", 0, 3, false);
        String maxImpact = m.choice("max-impact", Impact.ids(), "impact", true);
        List<String> excluded = tags(m, "excluded-tags");
        List<Blueprint.Slot> slots = slots(m, "slots", true);
        Blueprint.RunningStage running = runningStage(m.map("running", false));
        Blueprint.CrossTraining cross = crossTraining(m.map("cross-training", false));
        Boolean taper = m.bool("taper", false);
        String name = m.text("name", true);
        String purpose = m.text("purpose", true);
        String subtitle = m.text("subtitle", false);
        List<Criterion> entry = RulesReader.criteria(m, "entry", limits, modelName);
        List<Criterion> exit = RulesReader.criteria(m, "exit", limits, modelName);
        if (id == null || intent == null || weeks == null || strength == null || maxImpact == null || slots == null) {
            return null;
        }
        return new Blueprint.Stage(
                id,
                name,
                purpose,
                subtitle,
                Intent.fromId(intent),
                weeks,
                entry,
                exit,
                strength,
                plyo == null ? 0 : plyo,
                Impact.fromId(maxImpact),
                excluded,
                slots,
                running == null ? Blueprint.RunningStage.NONE : running,
                cross,
                Boolean.TRUE.equals(taper),
                m.position());
    }

    private List<Blueprint.Slot> slots(YamlMap parent, String key, boolean required) {
        List<YamlMap> items = parent.maps(key, required ? 1 : 0, 12, required);
        if (items == null) {
            return required ? null : List.of();
        }
        List<Blueprint.Slot> out = new ArrayList<>();
        for (YamlMap m : items) {
            m.rejectUnknown(SLOT_FIELDS, "a slot");
            String pattern = m.choice("pattern", library.vocabulary().patterns().keySet(), "pattern", true);
            List<String> exercises = m.texts("exercises", 1, 6, true);
            String level = m.choice("level", List.of("current", "step-up", "fixed"), "level mode", true);
            String start = m.text("start", false);
            Boolean climb = m.bool("climb", false);
            if (exercises != null) {
                for (int i = 0; i < exercises.size(); i++) {
                    String exId = exercises.get(i);
                    Exercise e = library.exercise(exId).orElse(null);
                    if (e == null) {
                        m.problem(
                                "exercises",
                                "no exercise '" + exId + "' in the library",
                                Names.nearest(exId, library.exercises().keySet())
                                        .map(n -> "did you mean '" + n + "'?")
                                        .orElse("see 'loadwise library list'"));
                    } else if (pattern != null && !e.pattern().equals(pattern)) {
                        m.problem(
                                "exercises",
                                "exercise '" + exId + "' has pattern '" + e.pattern() + "', not '" + pattern + "'",
                                "put it in a slot for " + e.pattern());
                    } else if (i == 0 && start != null && e.level(start).isEmpty()) {
                        m.problem(
                                "start",
                                "level '" + start + "' is not in ladder '" + exId + "'",
                                "its levels are: " + String.join(", ", e.levelIds()));
                    }
                }
            }
            if ("fixed".equals(level) && start == null) {
                m.problemHere("a fixed slot needs 'start'", "name the level to use, e.g. start: " + "level-id");
            }
            if (pattern != null && exercises != null && level != null) {
                out.add(new Blueprint.Slot(
                        pattern,
                        exercises,
                        Blueprint.LevelMode.valueOf(
                                level.toUpperCase(Locale.ROOT).replace('-', '_')),
                        start,
                        climb == null || climb,
                        m.position()));
            }
        }
        return out;
    }

    private Blueprint.RunningStage runningStage(YamlMap m) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(RUNNING_FIELDS, "stage running");
        String mode = m.choice("mode", List.of("none", "walk-jog", "continuous"), "running mode", true);
        if (mode == null) {
            return null;
        }
        if (mode.equals("none")) {
            return Blueprint.RunningStage.NONE;
        }
        Integer sessions = m.integer("sessions", 1, 7, true);
        List<String> types = m.choices("types", rules.runTypes().keySet(), "run type", mode.equals("continuous"));
        String volume = m.choice("volume", List.of("reduce", "hold", "build"), "volume mode", false);
        Integer startPercent = m.integer("start-percent", 10, 100, false);
        Integer minDaysBetween = m.integer("min-days-between", 1, 3, false);
        Integer speedAfter = m.integer("speed-after-minutes", 10, 180, false);
        Integer ceilingPercent = m.integer("ceiling-percent", 50, 300, false);
        if ("reduce".equals(volume) && startPercent == null) {
            m.problemHere("volume: reduce needs start-percent", "e.g. start-percent: 70");
        }
        return new Blueprint.RunningStage(
                mode.equals("walk-jog") ? Blueprint.RunMode.WALK_JOG : Blueprint.RunMode.CONTINUOUS,
                sessions == null ? 0 : sessions,
                types == null ? List.of("easy") : types,
                volume == null
                        ? Blueprint.VolumeMode.BUILD
                        : Blueprint.VolumeMode.valueOf(volume.toUpperCase(Locale.ROOT)),
                startPercent == null ? 100 : startPercent,
                minDaysBetween,
                speedAfter,
                ceilingPercent);
    }

    private Blueprint.CrossTraining crossTraining(YamlMap m) {
        if (m == null) {
            return null;
        }
        m.rejectUnknown(List.of("sessions", "exercise", "level"), "cross-training");
        Integer sessions = m.integer("sessions", 1, 7, true);
        String exercise = m.text("exercise", true);
        String level = m.text("level", true);
        if (exercise != null) {
            Exercise e = library.exercise(exercise).orElse(null);
            if (e == null) {
                m.problem("exercise", "no exercise '" + exercise + "' in the library", "see 'loadwise library list'");
            } else if (level != null && e.level(level).isEmpty()) {
                m.problem(
                        "level",
                        "level '" + level + "' is not in ladder '" + exercise + "'",
                        "its levels are: " + String.join(", ", e.levelIds()));
            }
        }
        return sessions == null || exercise == null || level == null
                ? null
                : new Blueprint.CrossTraining(sessions, exercise, level);
    }
}
