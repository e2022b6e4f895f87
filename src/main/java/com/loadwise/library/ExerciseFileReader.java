package com.loadwise.library;

import com.loadwise.figure.Pose;
import com.loadwise.figure.PoseReader;
import com.loadwise.io.LibraryImages;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns one parsed exercise file into domain records, recording every problem (with its position) rather than
 * stopping at the first. Level references to other ladders are only checked for form here; the
 * {@link LibraryLoader} resolves them once every file is read.
 */
final class ExerciseFileReader {

    static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern REF = Pattern.compile("([a-z0-9]+(-[a-z0-9]+)*/)?[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern TEMPO = Pattern.compile("[0-9X]-[0-9X]-[0-9X]-[0-9X]");
    private static final Pattern IMAGE =
            Pattern.compile("images/([A-Za-z0-9_-][A-Za-z0-9._-]*/)*[A-Za-z0-9_-][A-Za-z0-9._-]*\\.(svg|png)");

    static final List<String> FILE_FIELDS = List.of("exercises");
    static final List<String> EXERCISE_FIELDS = List.of(
            "id", "name", "summary", "pattern", "targets", "kind", "impact", "laterality", "tags", "source", "levels");
    static final List<String> LEVEL_FIELDS = List.of(
            "id",
            "name",
            "setup",
            "steps",
            "cues",
            "mistake",
            "equipment",
            "doses",
            "progress-when",
            "regress-when",
            "progress-to",
            "regress-to",
            "tags",
            "laterality",
            "impact",
            "image",
            "pose",
            "video",
            "source");
    static final List<String> DOSE_FIELDS = List.of(
            "sets",
            "reps",
            "hold-seconds",
            "minutes",
            "distance-m",
            "tempo",
            "rest-seconds",
            "rir",
            "percent-1rm",
            "rpe");
    static final List<String> PROGRESS_FIELDS =
            List.of("sets", "reps", "hold-seconds", "minutes", "pain", "no-next-day-flare", "sessions", "rir", "note");
    static final List<String> REGRESS_FIELDS = List.of("pain", "next-day-flare", "note");
    private static final List<String> AMOUNTS = List.of("reps", "hold-seconds", "minutes", "distance-m");

    /** A reference to another ladder, checked once the whole library is read. */
    record CrossRef(LevelRef ref, String fromExercise, String file, Position position) {}

    private final Vocabulary vocabulary;
    private final String layer;
    private final java.nio.file.Path root;
    private final List<CrossRef> crossRefs = new ArrayList<>();

    ExerciseFileReader(Vocabulary vocabulary, String layer, java.nio.file.Path root) {
        this.vocabulary = vocabulary;
        this.layer = layer;
        this.root = root;
    }

    /** Reads every exercise of {@code doc}; problems go to {@code problems}, good exercises are returned. */
    List<Exercise> read(YamlDocument doc, Problems problems) {
        YamlMap root = YamlMap.of(doc.file(), doc.root(), problems, "an exercise file");
        if (root == null) {
            return List.of();
        }
        root.rejectUnknown(FILE_FIELDS, "an exercise file");
        List<YamlMap> items = root.maps("exercises", 1, 500, true);
        List<Exercise> out = new ArrayList<>();
        if (items == null) {
            return out;
        }
        for (YamlMap item : items) {
            int before = problems.size();
            Exercise e = exercise(item);
            if (e != null && problems.size() == before) {
                out.add(e);
            }
        }
        return out;
    }

    private Exercise exercise(YamlMap m) {
        m.rejectUnknown(EXERCISE_FIELDS, "an exercise");
        String id = id(m, "id");
        String name = m.text("name", true);
        String summary = m.text("summary", true);
        String pattern = m.choice("pattern", vocabulary.patterns().keySet(), "pattern", true);
        List<String> targets = m.choices("targets", vocabulary.targets().keySet(), "target", true);
        if (targets != null && targets.isEmpty()) {
            m.problem("targets", "'targets' is empty", "name at least one muscle group");
            targets = null;
        }
        String kind = m.choice("kind", vocabulary.kinds().keySet(), "kind", true);
        String impact = m.choice("impact", vocabulary.impacts().keySet(), "impact", true);
        String laterality = m.choice("laterality", vocabulary.lateralities().keySet(), "laterality", true);
        List<String> tags = m.choices("tags", vocabulary.tags().keySet(), "tag", false);
        String source = m.text("source", false);
        List<YamlMap> levelMaps = m.maps("levels", 1, 12, true);
        if (id == null
                || name == null
                || summary == null
                || pattern == null
                || targets == null
                || kind == null
                || impact == null
                || laterality == null
                || tags == null
                || levelMaps == null) {
            // still check the levels so every problem is reported in one run
            if (levelMaps != null) {
                levelMaps.forEach(l -> level(l, id == null ? "?" : id, Impact.NONE, Laterality.BOTH_SIDES, List.of()));
            }
            return null;
        }
        List<Level> levels = new ArrayList<>();
        Map<String, Position> seen = new java.util.HashMap<>();
        boolean ok = true;
        for (YamlMap lm : levelMaps) {
            Level level = level(lm, id, Impact.fromId(impact), Laterality.fromId(laterality), tags);
            if (level == null) {
                ok = false;
                continue;
            }
            Position earlier = seen.putIfAbsent(level.id(), lm.positionOf("id"));
            if (earlier != null) {
                lm.problem(
                        "id",
                        "duplicate level id '" + level.id() + "' in ladder '" + id + "'",
                        "the other one is at line " + earlier.line() + "; level ids must be unique within a ladder");
                ok = false;
                continue;
            }
            levels.add(level);
        }
        if (!ok) {
            return null;
        }
        for (int i = 0; i < levels.size(); i++) {
            Level l = levels.get(i);
            for (LevelRef ref : refs(l)) {
                if (ref.exerciseId().equals(id) && !seen.containsKey(ref.levelId())) {
                    YamlMap lm = levelMaps.get(i);
                    String key = ref.equals(l.progressTo()) ? "progress-to" : "regress-to";
                    lm.problem(
                            key,
                            "level '" + ref.levelId() + "' is not in ladder '" + id + "'",
                            "its levels are: "
                                    + String.join(
                                            ", ",
                                            seen.keySet().stream()
                                                    .sorted((a, b) -> Integer.compare(
                                                            seen.get(a).line(),
                                                            seen.get(b).line()))
                                                    .toList()));
                    ok = false;
                }
            }
        }
        if (!ok) {
            return null;
        }
        return new Exercise(
                id,
                name,
                summary,
                pattern,
                targets,
                kind,
                Impact.fromId(impact),
                Laterality.fromId(laterality),
                source,
                levels,
                new Origin(layer, m.file(), m.position(), root));
    }

    static List<LevelRef> refs(Level l) {
        List<LevelRef> refs = new ArrayList<>();
        if (l.progressTo() != null) {
            refs.add(l.progressTo());
        }
        if (l.regressTo() != null) {
            refs.add(l.regressTo());
        }
        return refs;
    }

    private Level level(YamlMap m, String exerciseId, Impact exImpact, Laterality exLaterality, List<String> exTags) {
        m.rejectUnknown(LEVEL_FIELDS, "a level");
        String id = id(m, "id");
        String name = m.text("name", true);
        String setup = m.text("setup", true);
        List<String> steps = m.texts("steps", 1, 8, true);
        List<String> cues = m.texts("cues", 2, 4, true);
        String mistake = m.text("mistake", true);
        List<String> equipment = m.choices("equipment", vocabulary.equipment().keySet(), "equipment", true);
        Map<Intent, Dose> doses = doses(m);
        ProgressCriteria up = progress(m.map("progress-when", false));
        RegressCriteria down = regress(m.map("regress-when", false));
        LevelRef upTo = ref(m, "progress-to", exerciseId);
        LevelRef downTo = ref(m, "regress-to", exerciseId);
        List<String> tags = m.choices("tags", vocabulary.tags().keySet(), "tag", false);
        String laterality = m.choice("laterality", vocabulary.lateralities().keySet(), "laterality", false);
        String impact = m.choice("impact", vocabulary.impacts().keySet(), "impact", false);
        String image = m.text("image", false);
        if (image != null && !IMAGE.matcher(image).matches()) {
            m.problem(
                    "image",
                    "image '" + image + "' must be an .svg or .png under images/",
                    "for example images/" + exerciseId + ".svg");
            image = null;
        } else if (image != null) {
            LibraryImages.Refusal refused = LibraryImages.check(root, image);
            if (refused != null) {
                m.problem("image", refused.message(), refused.hint());
                image = null;
            }
        }
        YamlMap poseMap = m.map("pose", false);
        Pose pose = poseMap == null ? null : PoseReader.read(poseMap);
        String video = m.text("video", false);
        if (video != null && !video.startsWith("https://")) {
            m.problem("video", "video must be an https:// address", "copy the full address from your browser");
            video = null;
        }
        String source = m.text("source", false);
        if (id == null
                || name == null
                || setup == null
                || steps == null
                || cues == null
                || mistake == null
                || equipment == null
                || doses == null
                || tags == null) {
            return null;
        }
        Set<String> allTags = new LinkedHashSet<>(exTags);
        allTags.addAll(tags);
        return new Level(
                id,
                name,
                setup,
                steps,
                cues,
                mistake,
                equipment,
                doses,
                up,
                down,
                upTo,
                downTo,
                List.copyOf(allTags),
                laterality == null ? exLaterality : Laterality.fromId(laterality),
                impact == null ? exImpact : Impact.fromId(impact),
                image,
                pose,
                video,
                source);
    }

    private static String id(YamlMap m, String key) {
        String id = m.text(key, true);
        if (id != null && !ID.matcher(id).matches()) {
            m.problem(
                    key,
                    "id '" + id + "' is not kebab-case",
                    "use lower-case letters, digits and single hyphens, e.g. '"
                            + id.toLowerCase(java.util.Locale.ROOT)
                                    .replaceAll("[^a-z0-9]+", "-")
                                    .replaceAll("^-|-$", "")
                            + "'");
            return null;
        }
        if (id != null && id.length() > 60) {
            m.problem(key, "id '" + id + "' is longer than 60 characters", "shorten it");
            return null;
        }
        return id;
    }

    /** References to other ladders met so far. */
    List<CrossRef> crossRefs() {
        return crossRefs;
    }

    private LevelRef ref(YamlMap m, String key, String exerciseId) {
        String text = m.text(key, false);
        if (text == null) {
            return null;
        }
        if (!REF.matcher(text).matches()) {
            m.problem(key, "'" + key + "' must be level-id or exercise-id/level-id", "found '" + text + "'");
            return null;
        }
        LevelRef ref = LevelRef.parse(text, exerciseId);
        if (!ref.exerciseId().equals(exerciseId)) {
            crossRefs.add(new CrossRef(ref, exerciseId, m.file(), m.positionOf(key)));
        }
        return ref;
    }

    private Map<Intent, Dose> doses(YamlMap m) {
        YamlMap dm = m.map("doses", true);
        if (dm == null) {
            return null;
        }
        for (String key : dm.keys()) {
            if (!Intent.ids().contains(key)) {
                dm.problems()
                        .add(com.loadwise.yaml.Problem.at(
                                dm.file(),
                                dm.keyPosition(key),
                                "unknown intent '" + key + "' in doses",
                                com.loadwise.yaml.Names.hint(key, Intent.ids())));
            }
        }
        if (dm.keys().isEmpty()) {
            dm.problemHere("'doses' is empty", "give at least one dose, e.g. endurance: {sets: 3, reps: 15}");
            return null;
        }
        Map<Intent, Dose> out = new EnumMap<>(Intent.class);
        boolean ok = true;
        for (String key : dm.keys()) {
            if (!Intent.ids().contains(key)) {
                ok = false;
                continue;
            }
            Dose dose = dose(dm.map(key, true), key);
            if (dose == null) {
                ok = false;
            } else {
                out.put(Intent.fromId(key), dose);
            }
        }
        return ok ? out : null;
    }

    private static Dose dose(YamlMap m, String intent) {
        if (m == null) {
            return null;
        }
        int before = m.problems().size();
        m.rejectUnknown(DOSE_FIELDS, "a dose");
        Range sets = Range.read(m, "sets", 1, 10, true);
        Range reps = Range.read(m, "reps", 1, 100, false);
        Range hold = Range.read(m, "hold-seconds", 1, 600, false);
        Range minutes = Range.read(m, "minutes", 1, 240, false);
        Range distance = Range.read(m, "distance-m", 1, 5000, false);
        String tempo = m.text("tempo", false);
        if (tempo != null && !TEMPO.matcher(tempo).matches()) {
            m.problem(
                    "tempo",
                    "tempo '" + tempo + "' must be four numbers: lower-pause-lift-pause",
                    "for example 3-0-3-0; X means as fast as possible");
        }
        Range rest = Range.read(m, "rest-seconds", 0, 900, false);
        Range rir = Range.read(m, "rir", 0, 5, false);
        Range percent = Range.read(m, "percent-1rm", 20, 100, false);
        Range rpe = Range.read(m, "rpe", 1, 10, false);
        long amounts = AMOUNTS.stream().filter(m::has).count();
        if (amounts != 1) {
            m.problemHere(
                    "the " + intent + " dose needs exactly one of reps, hold-seconds, minutes or distance-m"
                            + (amounts == 0 ? "" : " (it has " + amounts + ")"),
                    "for example reps: 12 or hold-seconds: 30");
        }
        if (m.problems().size() != before) {
            return null;
        }
        return new Dose(sets, reps, hold, minutes, distance, tempo, rest, rir, percent, rpe);
    }

    private static ProgressCriteria progress(YamlMap m) {
        if (m == null) {
            return null;
        }
        rejectPainNumber(m, "pain-max", "within-model", "none");
        ProgressCriteria c = new ProgressCriteria(
                m.integer("sets", 1, 10, false),
                m.integer("reps", 1, 100, false),
                m.integer("hold-seconds", 1, 600, false),
                m.integer("minutes", 1, 240, false),
                pain(m, PainRule.progressIds()),
                m.bool("no-next-day-flare", false),
                m.integer("sessions", 1, 10, false),
                m.integer("rir", 0, 5, false),
                note(m));
        if (m.keys().isEmpty()) {
            m.problemHere("'progress-when' is empty", "give a target such as {sets: 3, reps: 15, pain: within-model}");
        }
        return c;
    }

    private static RegressCriteria regress(YamlMap m) {
        if (m == null) {
            return null;
        }
        rejectPainNumber(m, "pain-above", "above-model", "any");
        if (m.keys().isEmpty()) {
            m.problemHere("'regress-when' is empty", "give a rule such as {pain: above-model}");
        }
        return new RegressCriteria(pain(m, PainRule.regressIds()), m.bool("next-day-flare", false), note(m));
    }

    /**
     * A level's pain limit is the pain model's, so a number of its own ({@code pain-max: 3}) is refused: it would
     * be wrong for every program under another model (a bone allows no pain, an Achilles model up to 5/10).
     */
    private static void rejectPainNumber(YamlMap m, String key, String model, String strict) {
        List<String> known = new ArrayList<>(key.equals("pain-max") ? PROGRESS_FIELDS : REGRESS_FIELDS);
        known.add(key);
        m.rejectUnknown(known, key.equals("pain-max") ? "progress-when" : "regress-when");
        if (m.has(key)) {
            m.problem(
                    key,
                    "a level has no pain number of its own: its pain limit comes from the pain model of the program",
                    "write 'pain: " + model + "', or 'pain: " + strict + "' where no pain at all is expected");
        }
    }

    private static PainRule pain(YamlMap m, List<String> allowed) {
        String id = m.choice("pain", allowed, "pain rule", false);
        return id == null ? null : PainRule.fromId(id);
    }

    /** A note; {contact} is the only placeholder it may hold. */
    private static String note(YamlMap m) {
        String note = m.text("note", false);
        if (note != null
                && note.replace(Wording.CONTACT, "").replace("{Contact}", "").matches("(?s).*[{}].*")) {
            m.problem("note", "a note holds an unknown placeholder", "the only one is " + Wording.CONTACT);
        }
        return note;
    }
}
