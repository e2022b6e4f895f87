package com.loadwise.figure;

import java.util.List;
import java.util.Locale;

/**
 * A level's picture as data: how the body lies or stands, where the camera is, the props, and a start and an
 * end position given as joint angles. {@link Figure} turns it into line art. The format is documented in
 * docs/library-format.md ("Pose figures").
 *
 * @param posture how the body is placed before any joint moves
 * @param view where the camera looks from
 * @param turn camera turn about the vertical, in degrees (0 = side, 90 = front)
 * @param elevation camera height, in degrees (0 = level, 90 = straight down)
 * @param props the equipment and surfaces drawn, each with the body points it touches
 * @param working the limbs drawn in the accent colour (the working side); empty when both sides work
 * @param arrow the body point whose path the arrow shows, or null for the point that moves most
 * @param anchor the body point kept in place between start and end, or null for the first ground point
 * @param focus the part of the body the exercise is about; read for older libraries, but every figure shows the
 *     whole body (a picture cut at the hips hid what the trunk does)
 */
public record Pose(
        Posture posture,
        View view,
        double turn,
        double elevation,
        List<Prop> props,
        List<String> working,
        String arrow,
        String anchor,
        Focus focus,
        Stance start,
        Stance end) {

    public Pose {
        props = List.copyOf(props);
        working = List.copyOf(working);
    }

    /** How the body is placed: its front and head directions before the joint angles apply. */
    public enum Posture {
        STANDING,
        KNEELING,
        SITTING,
        SUPINE,
        PRONE,
        SIDE_LYING_LEFT,
        SIDE_LYING_RIGHT;

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Posture fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Posture::id).toList();
        }

        /** Images of the body's forward, up and right axes in the room (x right on the page, y up, z to the camera). */
        Rot placement() {
            return switch (this) {
                case STANDING, KNEELING, SITTING -> Rot.IDENTITY;
                case SUPINE -> Rot.columns(new Vec(0, 1, 0), new Vec(-1, 0, 0), new Vec(0, 0, 1));
                case PRONE -> Rot.columns(new Vec(0, -1, 0), new Vec(1, 0, 0), new Vec(0, 0, 1));
                case SIDE_LYING_RIGHT -> Rot.columns(new Vec(0, 0, 1), new Vec(-1, 0, 0), new Vec(0, -1, 0));
                case SIDE_LYING_LEFT -> Rot.columns(new Vec(0, 0, 1), new Vec(1, 0, 0), new Vec(0, 1, 0));
            };
        }
    }

    /** Camera presets; {@code turn} and {@code elevation} fine-tune them. */
    public enum View {
        SIDE(0, 0),
        FRONT(90, 0),
        ABOVE(0, 90);

        final double turn;
        final double elevation;

        View(double turn, double elevation) {
            this.turn = turn;
            this.elevation = elevation;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static List<String> ids() {
            return java.util.Arrays.stream(values()).map(View::id).toList();
        }
    }

    /** The part of the body a picture is fitted to. */
    public enum Focus {
        WHOLE(null),
        LOWER_BODY(List.of(
                "pelvis",
                "left-hip",
                "left-knee",
                "left-ankle",
                "left-heel",
                "left-toes",
                "right-hip",
                "right-knee",
                "right-ankle",
                "right-heel",
                "right-toes")),
        FEET(List.of(
                "left-knee",
                "left-ankle",
                "left-heel",
                "left-toes",
                "right-knee",
                "right-ankle",
                "right-heel",
                "right-toes")),
        UPPER_BODY(List.of(
                "head",
                "neck",
                "pelvis",
                "left-shoulder",
                "left-elbow",
                "left-hand",
                "right-shoulder",
                "right-elbow",
                "right-hand"));

        final List<String> points;

        Focus(List<String> points) {
            this.points = points;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static List<String> ids() {
            return java.util.Arrays.stream(values()).map(Focus::id).toList();
        }

        static Focus fromId(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT).replace('-', '_'));
        }
    }

    /**
     * A prop and the body points it touches; a band may also run from {@code at} to a second point {@code to}
     * (from the hands to a foot, for example). {@code height} (metres) overrides the usual height of a step, box,
     * bench or other surface; {@code fromStart} places the prop by the start position (a box a jump starts from).
     */
    public record Prop(String kind, String at, String to, Double height, boolean fromStart) {

        public Prop(String kind, String at) {
            this(kind, at, null, null, false);
        }

        /** The prop's height in metres: the pose's own, or the kind's usual one. */
        double top() {
            return height != null ? height : Props.height(kind);
        }
    }
}
