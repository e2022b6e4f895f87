package com.loadwise.figure;

import java.util.List;
import java.util.Map;

/** What each prop is, where it goes when the pose does not say, and how high its top is. */
final class Props {

    /** Props the pose format knows, with the body points they touch by default. */
    static final Map<String, String> DEFAULT_AT = Map.ofEntries(
            Map.entry("floor", "feet"),
            Map.entry("mat", "pelvis"),
            Map.entry("step", "feet"),
            Map.entry("box", "right-foot"),
            Map.entry("bench", "pelvis"),
            Map.entry("wall", "hands"),
            Map.entry("band", "knees"),
            Map.entry("dumbbell", "hands"),
            Map.entry("kettlebell", "hands"),
            Map.entry("barbell", "hands"),
            Map.entry("slider", "right-foot"),
            Map.entry("sled", "hands"),
            Map.entry("ball", "hands"),
            Map.entry("roller", "pelvis"),
            Map.entry("water", "shoulders"),
            Map.entry("bike", "pelvis"));

    static final List<String> KINDS = DEFAULT_AT.keySet().stream().sorted().toList();

    private Props() {}

    /** Height of the top of a prop that carries weight, or 0 for props that do not. */
    static double height(String kind) {
        return switch (kind) {
            case "step" -> 0.18;
            case "box" -> 0.42;
            case "bench" -> 0.45;
            case "slider" -> 0.03;
            case "roller" -> 0.15;
            case "mat" -> 0.01;
            case "bike" -> 0.85; // the saddle: a rider's pelvis rests on it
            default -> 0;
        };
    }

    /** Whether the prop is a surface the body can rest on. */
    static boolean supports(String kind) {
        return height(kind) > 0;
    }
}
