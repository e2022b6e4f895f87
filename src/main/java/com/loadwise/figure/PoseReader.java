package com.loadwise.figure;

import com.loadwise.yaml.Names;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.YamlMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads and checks a level's {@code pose}: known fields, angles within a human range, known props and body
 * points, and a figure that stays above the floor and moves between its start and end.
 */
public final class PoseReader {

    public static final List<String> POSE_FIELDS = List.of(
            "posture", "view", "turn", "elevation", "focus", "props", "working", "arrow", "anchor", "start", "end");
    public static final List<String> STANCE_FIELDS = List.of(
            "tilt",
            "spine",
            "pelvis-tilt",
            "lift-cm",
            "forward-cm",
            "side-cm",
            "hip",
            "left-hip",
            "right-hip",
            "knee",
            "left-knee",
            "right-knee",
            "ankle",
            "left-ankle",
            "right-ankle",
            "shoulder",
            "left-shoulder",
            "right-shoulder",
            "elbow",
            "left-elbow",
            "right-elbow",
            "ground");
    public static final List<String> HIP_FIELDS = List.of("flex", "abd", "rot");
    public static final List<String> SHOULDER_FIELDS = List.of("flex", "abd");
    public static final List<String> LIMBS = List.of("left-leg", "right-leg", "left-arm", "right-arm");
    public static final List<String> BODY_POINTS = List.copyOf(Skeleton.GROUPS.keySet());
    public static final List<String> PROPS = Props.KINDS;
    public static final List<String> POSTURES = Pose.Posture.ids();

    /** Joint ranges in degrees: a little beyond what most people reach, so that only mistakes are refused. */
    public static final Map<String, int[]> RANGES = Map.ofEntries(
            Map.entry("tilt", new int[] {-180, 180}),
            Map.entry("spine", new int[] {-45, 100}),
            Map.entry("pelvis-tilt", new int[] {-30, 30}),
            Map.entry("lift-cm", new int[] {0, 150}),
            Map.entry("forward-cm", new int[] {-300, 300}),
            Map.entry("side-cm", new int[] {-300, 300}),
            Map.entry("hip.flex", new int[] {-40, 140}),
            Map.entry("hip.abd", new int[] {-40, 80}),
            Map.entry("hip.rot", new int[] {-60, 70}),
            Map.entry("knee", new int[] {0, 160}),
            Map.entry("ankle", new int[] {-60, 40}),
            Map.entry("shoulder.flex", new int[] {-70, 190}),
            Map.entry("shoulder.abd", new int[] {-20, 190}),
            Map.entry("elbow", new int[] {0, 160}),
            Map.entry("turn", new int[] {-90, 90}),
            Map.entry("elevation", new int[] {0, 90}));

    /** How far (m) a body point may dip below the floor before the pose is refused. */
    static final double FLOOR_TOLERANCE = 0.04;

    private PoseReader() {}

    /** Reads the pose in {@code m}; problems go to m's problem list and null is returned. */
    public static Pose read(YamlMap m) {
        int before = m.problems().size();
        m.rejectUnknown(POSE_FIELDS, "a pose");
        String posture = m.choice("posture", Pose.Posture.ids(), "posture", true);
        String view = m.choice("view", Pose.View.ids(), "view", false);
        Integer turn = angle(m, "turn", "turn");
        Integer elevation = angle(m, "elevation", "elevation");
        List<Pose.Prop> props = props(m);
        List<String> working = m.choices("working", LIMBS, "limb", false);
        String arrow = m.choice("arrow", Skeleton.GROUPS.keySet(), "body point", false);
        List<String> anchors = new ArrayList<>(Skeleton.GROUPS.keySet());
        anchors.add("none");
        String anchor = m.choice("anchor", anchors, "body point", false);
        String focus = m.choice("focus", Pose.Focus.ids(), "focus", false);
        YamlMap startMap = m.map("start", true);
        YamlMap endMap = m.map("end", true);
        Stance start = startMap == null ? null : stance(startMap);
        Stance end = endMap == null ? null : stance(endMap);
        if (m.problems().size() != before || posture == null || start == null || end == null || props == null) {
            return null;
        }
        Pose.View v = view == null ? Pose.View.SIDE : Pose.View.valueOf(view.toUpperCase(java.util.Locale.ROOT));
        Pose pose = new Pose(
                Pose.Posture.fromId(posture),
                v,
                turn == null ? v.turn : turn,
                elevation == null ? v.elevation : elevation,
                props,
                working == null ? List.of() : working,
                arrow,
                anchor,
                focus == null ? Pose.Focus.WHOLE : Pose.Focus.fromId(focus),
                start,
                end);
        return check(m, pose) ? pose : null;
    }

    /** Checks the figure as drawn: above the floor in both positions, and moving between them. */
    private static boolean check(YamlMap m, Pose pose) {
        Figure.Placed placed = Figure.place(pose);
        boolean ok = true;
        for (String key : List.of("start", "end")) {
            Map<String, Vec> points = key.equals("start") ? placed.start() : placed.end();
            String worst = null;
            double depth = FLOOR_TOLERANCE;
            for (Map.Entry<String, Double> e : Figure.sunk(points).entrySet()) {
                if (e.getValue() > depth) {
                    depth = e.getValue();
                    worst = e.getKey();
                }
            }
            if (worst != null) {
                m.problem(
                        key,
                        "in the " + key + " position the " + worst.replace('-', ' ') + " is " + Math.round(depth * 100)
                                + " cm below the floor",
                        "list the points that rest on the floor or a prop under 'ground', or change 'tilt' or the"
                                + " joint angles");
                ok = false;
            }
        }
        double moved = 0;
        for (String n : Skeleton.POINTS) {
            moved = Math.max(
                    moved, placed.end().get(n).minus(placed.start().get(n)).length());
        }
        if (moved < 0.05) {
            m.problem(
                    "end",
                    "the end position is the same as the start",
                    "change at least one joint enough to see; for a hold, start from the position before it");
            ok = false;
        }
        return ok;
    }

    private static Integer angle(YamlMap m, String key, String range) {
        int[] r = RANGES.get(range);
        return m.integer(key, r[0], r[1], false);
    }

    /** Extra settings a prop given as a mapping may have besides its kind. */
    public static final List<String> PROP_FIELDS = List.of("height-cm", "from");

    private static List<Pose.Prop> props(YamlMap m) {
        List<Node> items = m.list("props", 0, 8, false);
        if (items == null) {
            return null;
        }
        List<Pose.Prop> out = new ArrayList<>();
        int before = m.problems().size();
        for (Node item : items) {
            if (item instanceof ScalarNode s) {
                if (known(m, s.getValue(), s)) {
                    out.add(new Pose.Prop(s.getValue(), Props.DEFAULT_AT.get(s.getValue())));
                }
                continue;
            }
            YamlMap p = YamlMap.of(
                    m.file(), item, m.problems(), "a prop (a name, or 'name: body point' such as '- step: toes')");
            if (p == null) {
                continue;
            }
            List<String> kinds =
                    p.keys().stream().filter(Props.DEFAULT_AT::containsKey).toList();
            List<String> allowed = new ArrayList<>(PROP_FIELDS);
            allowed.addAll(kinds);
            List<String> others =
                    p.keys().stream().filter(k -> !PROP_FIELDS.contains(k)).toList();
            if (kinds.isEmpty() && others.size() == 1) {
                p.problems()
                        .add(Problem.at(
                                m.file(),
                                p.keyPosition(others.get(0)),
                                "unknown prop '" + others.get(0) + "'",
                                Names.hint(others.get(0), Props.KINDS)));
                continue;
            }
            if (kinds.size() != 1) {
                p.problemHere(
                        kinds.isEmpty() ? "a prop needs its name as the first key" : "one prop per list item",
                        "for example '- {box: right-foot, height-cm: 30}'; props: " + String.join(", ", Props.KINDS));
                continue;
            }
            p.rejectUnknown(allowed, "a prop");
            String kind = kinds.get(0);
            String at;
            String to = null;
            if (kind.equals("band") && p.node("band") instanceof SequenceNode) {
                List<String> ends = p.choices("band", Skeleton.GROUPS.keySet(), "body point", true);
                if (ends != null && ends.size() != 2) {
                    p.problem("band", "a band between points names two of them", "for example [hands, right-foot]");
                    continue;
                }
                at = ends == null ? null : ends.get(0);
                to = ends == null ? null : ends.get(1);
            } else {
                at = p.choice(kind, Skeleton.GROUPS.keySet(), "body point", true);
            }
            Integer height = p.integer("height-cm", 1, 150, false);
            if (height != null && !Props.supports(kind)) {
                p.problem(
                        "height-cm",
                        "a " + kind + " has no height to set",
                        "height-cm is for "
                                + String.join(
                                        ", ",
                                        Props.KINDS.stream()
                                                .filter(Props::supports)
                                                .toList()));
            }
            String from = p.choice("from", List.of("start", "end"), "position", false);
            if (at != null) {
                out.add(new Pose.Prop(kind, at, to, height == null ? null : height / 100.0, "start".equals(from)));
            }
        }
        return m.problems().size() == before ? out : null;
    }

    private static boolean known(YamlMap m, String kind, Node node) {
        if (Props.DEFAULT_AT.containsKey(kind)) {
            return true;
        }
        m.problems()
                .add(Problem.at(
                        m.file(), Position.of(node), "unknown prop '" + kind + "'", Names.hint(kind, Props.KINDS)));
        return false;
    }

    private static Stance stance(YamlMap m) {
        int before = m.problems().size();
        m.rejectUnknown(STANCE_FIELDS, "a position");
        Integer tilt = angle(m, "tilt", "tilt");
        double spine = value(angle(m, "spine", "spine"));
        double pelvis = value(angle(m, "pelvis-tilt", "pelvis-tilt"));
        double lift = value(angle(m, "lift-cm", "lift-cm"));
        double forward = value(angle(m, "forward-cm", "forward-cm"));
        double sideways = value(angle(m, "side-cm", "side-cm"));
        double[] hip = hip(m, "hip");
        Integer knee = angle(m, "knee", "knee");
        Integer ankle = angle(m, "ankle", "ankle");
        double[] shoulder = shoulder(m, "shoulder");
        Integer elbow = angle(m, "elbow", "elbow");
        Stance.Side left = side(m, "left-", hip, knee, ankle, shoulder, elbow);
        Stance.Side right = side(m, "right-", hip, knee, ankle, shoulder, elbow);
        List<String> ground = m.choices("ground", Skeleton.GROUPS.keySet(), "body point", false);
        for (String joint : List.of("hip", "knee", "ankle", "shoulder", "elbow")) {
            if (m.has(joint) && m.has("left-" + joint) && m.has("right-" + joint)) {
                m.problem(
                        joint,
                        "'" + joint + "' is overridden by both 'left-" + joint + "' and 'right-" + joint + "'",
                        "remove '" + joint + "'");
            }
        }
        if (m.problems().size() != before || ground == null) {
            return null;
        }
        return new Stance(
                tilt == null ? null : tilt.doubleValue(), spine, pelvis, lift, forward, sideways, left, right, ground);
    }

    /** One side's joints: its own value where the position gives one ({@code left-knee}), else the both-sides one. */
    private static Stance.Side side(
            YamlMap m, String prefix, double[] hip, Integer knee, Integer ankle, double[] shoulder, Integer elbow) {
        double[] h = pick(hip(m, prefix + "hip"), hip, 3);
        double[] s = pick(shoulder(m, prefix + "shoulder"), shoulder, 2);
        return new Stance.Side(
                h[0],
                h[1],
                h[2],
                value(pick(angle(m, prefix + "knee", "knee"), knee)),
                value(pick(angle(m, prefix + "ankle", "ankle"), ankle)),
                s[0],
                s[1],
                value(pick(angle(m, prefix + "elbow", "elbow"), elbow)));
    }

    private static double value(Integer i) {
        return i == null ? 0 : i;
    }

    private static Integer pick(Integer side, Integer both) {
        return side != null ? side : both;
    }

    private static double[] pick(double[] side, double[] both, int n) {
        return side != null ? side : both != null ? both : new double[n];
    }

    /** A hip: a number (flexion) or a mapping of flex, abd and rot. */
    private static double[] hip(YamlMap m, String key) {
        return joint(m, key, "hip", HIP_FIELDS);
    }

    /** A shoulder: a number (flexion) or a mapping of flex and abd. */
    private static double[] shoulder(YamlMap m, String key) {
        return joint(m, key, "shoulder", SHOULDER_FIELDS);
    }

    private static double[] joint(YamlMap m, String key, String joint, List<String> fields) {
        Node node = m.node(key);
        if (node == null) {
            return null;
        }
        double[] out = new double[fields.size()];
        if (node instanceof ScalarNode) {
            Integer flex = angle(m, key, joint + ".flex");
            if (flex == null) {
                return null;
            }
            out[0] = flex;
            return out;
        }
        YamlMap j = m.map(key, true);
        if (j == null) {
            return null;
        }
        int before = j.problems().size();
        j.rejectUnknown(fields, "'" + key + "'");
        for (int i = 0; i < fields.size(); i++) {
            out[i] = value(angle(j, fields.get(i), joint + "." + fields.get(i)));
        }
        return j.problems().size() == before ? out : null;
    }
}
