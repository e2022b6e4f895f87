package com.loadwise.figure;

import java.util.List;

/**
 * One position of the figure as joint angles in degrees.
 *
 * @param tilt forward lean of the whole body; null to let the ground points level the body
 * @param spine trunk bend forward from the pelvis (negative arches back)
 * @param pelvis the pelvis tilted sideways, the left hip higher (negative: the right): a hip hike or a hip drop; the
 *     trunk stays upright and each leg keeps its own angles, hanging from its hip
 * @param lift centimetres the whole body is raised off its ground points (a hop in the air)
 * @param forward centimetres the whole body has moved forward (a jump, a step)
 * @param side centimetres the whole body has moved to its right (negative: to its left), for sideways hops
 * @param ground body points resting on the floor or a prop; empty for "the lowest point"
 */
public record Stance(
        Double tilt,
        double spine,
        double pelvis,
        double lift,
        double forward,
        double side,
        Side left,
        Side right,
        List<String> ground) {

    public Stance {
        ground = List.copyOf(ground);
    }

    /** The whole-body move of {@code forward}, {@code lift} and {@code side}, in metres. */
    Vec offset() {
        return new Vec(forward / 100.0, lift / 100.0, side / 100.0);
    }

    /** One side's joints. Flexion is positive; abduction and external rotation are positive. */
    public record Side(
            double hipFlex,
            double hipAbd,
            double hipRot,
            double knee,
            double ankle,
            double shoulderFlex,
            double shoulderAbd,
            double elbow) {

        public static final Side NEUTRAL = new Side(0, 0, 0, 0, 0, 0, 0, 0);
    }
}
