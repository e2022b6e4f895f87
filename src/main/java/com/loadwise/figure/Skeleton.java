package com.loadwise.figure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Forward kinematics of a simple human figure (1.75 m). Limbs hang from their joints, so a figure can never
 * come apart: only angles are given, never free points.
 */
final class Skeleton {

    static final double TRUNK = 0.50;
    static final double HEAD_OFFSET = 0.15;
    static final double HEAD_RADIUS = 0.11;
    static final double SHOULDER_HALF = 0.17;
    static final double HIP_HALF = 0.09;
    static final double UPPER_ARM = 0.29;
    static final double FOREARM = 0.27;
    static final double THIGH = 0.43;
    static final double SHANK = 0.42;
    static final Vec HEEL = new Vec(-0.05, -0.07, 0);
    static final Vec TOES = new Vec(0.16, -0.07, 0);

    /** Every named point, with the two sides in the order left, right. */
    static final List<String> POINTS = List.of(
            "head",
            "neck",
            "upper-back",
            "pelvis",
            "left-shoulder",
            "left-elbow",
            "left-hand",
            "left-hip",
            "left-knee",
            "left-ankle",
            "left-heel",
            "left-toes",
            "right-shoulder",
            "right-elbow",
            "right-hand",
            "right-hip",
            "right-knee",
            "right-ankle",
            "right-heel",
            "right-toes");

    /** Names that stand for several points. */
    static final Map<String, List<String>> GROUPS = groups();

    private Skeleton() {}

    private static Map<String, List<String>> groups() {
        Map<String, List<String>> g = new LinkedHashMap<>();
        for (String p : POINTS) {
            g.put(p, List.of(p));
        }
        g.put("shoulders", List.of("left-shoulder", "right-shoulder"));
        g.put("elbows", List.of("left-elbow", "right-elbow"));
        g.put("hands", List.of("left-hand", "right-hand"));
        g.put("hips", List.of("left-hip", "right-hip"));
        g.put("knees", List.of("left-knee", "right-knee"));
        g.put("ankles", List.of("left-ankle", "right-ankle"));
        g.put("heels", List.of("left-heel", "right-heel"));
        g.put("toes", List.of("left-toes", "right-toes"));
        g.put("left-foot", List.of("left-heel", "left-toes"));
        g.put("right-foot", List.of("right-heel", "right-toes"));
        g.put("feet", List.of("left-heel", "left-toes", "right-heel", "right-toes"));
        return java.util.Collections.unmodifiableMap(g);
    }

    /** How far the drawn body reaches beyond a point (half a limb's thickness, the head's radius). */
    static double clearance(String point) {
        if (point.equals("head")) {
            return HEAD_RADIUS;
        }
        if (point.equals("upper-back")) {
            return 0.01; // a point on the surface of the back, not inside the body
        }
        if (point.equals("pelvis") || point.endsWith("hip")) {
            return 0.08;
        }
        if (point.endsWith("shoulder") || point.equals("neck")) {
            return 0.07;
        }
        if (point.endsWith("heel") || point.endsWith("toes")) {
            return 0.015;
        }
        return 0.04;
    }

    /** The points of {@code stance} in the room, the pelvis at the origin, before the body is set on the floor. */
    static Map<String, Vec> points(Pose.Posture posture, Stance stance, double tilt) {
        Rot body = posture.placement().then(Rot.z(-tilt));
        Map<String, Vec> out = new LinkedHashMap<>();
        Rot trunk = Rot.z(-stance.spine());
        Vec neck = trunk.apply(new Vec(0, TRUNK, 0));
        out.put("head", body.apply(neck.plus(trunk.apply(new Vec(0, HEAD_OFFSET, 0)))));
        out.put("neck", body.apply(neck));
        out.put("upper-back", body.apply(neck.plus(trunk.apply(new Vec(-0.09, -0.08, 0)))));
        out.put("pelvis", Vec.ZERO);
        side(out, "left", -1, stance, stance.left(), trunk, neck, body);
        side(out, "right", 1, stance, stance.right(), trunk, neck, body);
        return out;
    }

    private static void side(
            Map<String, Vec> out, String name, int s, Stance stance, Stance.Side j, Rot trunk, Vec neck, Rot body) {
        Vec shoulder = neck.plus(trunk.apply(new Vec(0, -0.04, s * SHOULDER_HALF)));
        Rot arm = trunk.then(Rot.z(j.shoulderFlex())).then(Rot.x(-s * j.shoulderAbd()));
        Vec elbow = shoulder.plus(arm.apply(new Vec(0, -UPPER_ARM, 0)));
        Vec hand = elbow.plus(arm.then(Rot.z(j.elbow())).apply(new Vec(0, -FOREARM, 0)));
        // the pelvis tilted sideways about its centre: the left hip (s = -1) rises for a positive tilt
        double pelvis = Math.toRadians(stance.pelvis());
        Vec hip = new Vec(0, -s * HIP_HALF * Math.sin(pelvis), s * HIP_HALF * Math.cos(pelvis));
        Rot leg = Rot.z(j.hipFlex()).then(Rot.x(-s * j.hipAbd())).then(Rot.y(-s * j.hipRot()));
        Vec knee = hip.plus(leg.apply(new Vec(0, -THIGH, 0)));
        Rot shank = leg.then(Rot.z(-j.knee()));
        Vec ankle = knee.plus(shank.apply(new Vec(0, -SHANK, 0)));
        Rot foot = shank.then(Rot.z(j.ankle()));
        out.put(name + "-shoulder", body.apply(shoulder));
        out.put(name + "-elbow", body.apply(elbow));
        out.put(name + "-hand", body.apply(hand));
        out.put(name + "-hip", body.apply(hip));
        out.put(name + "-knee", body.apply(knee));
        out.put(name + "-ankle", body.apply(ankle));
        out.put(name + "-heel", body.apply(ankle.plus(foot.apply(HEEL))));
        out.put(name + "-toes", body.apply(ankle.plus(foot.apply(TOES))));
    }
}
