package com.loadwise.figure;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.DoubleUnaryOperator;
import java.util.function.Predicate;

/**
 * Draws a {@link Pose} as line art: the start position light, the end position solid, the working limbs in the
 * accent colour, an arrow along the path of the point that moves, and the props. The drawing is a list of
 * simple shapes in a fixed 200 x 130 box, written out as SVG.
 */
public final class Figure {

    public static final double WIDTH = 200;
    public static final double HEIGHT = 130;
    private static final double MARGIN = 5;

    static final String START = "#b7c4cd";
    static final String START_FAR = "#d5dde2";
    static final String START_WORK = "#f1c39c";
    static final String END = "#1f4e6b";
    static final String END_FAR = "#86a2b3";
    static final String END_WORK = "#d2621c";
    static final String PROP_FILL = "#e8ecef";
    static final String PROP_LINE = "#8a98a3";
    static final String BAND = "#c0392b";
    static final String ARROW = "#2b8a3e";
    static final String WATER = "#6fa8c9";

    private static final double LIMB = 0.065;
    private static final double TRUNK = 0.1;

    /** A shape of the drawing, in page units (y down). */
    public sealed interface Shape {
        /** min x, min y, max x, max y, including the stroke. */
        double[] bounds();

        String svg();
    }

    public record Line(double x1, double y1, double x2, double y2, double width, String color) implements Shape {
        public double[] bounds() {
            double h = width / 2;
            return new double[] {Math.min(x1, x2) - h, Math.min(y1, y2) - h, Math.max(x1, x2) + h, Math.max(y1, y2) + h
            };
        }

        public String svg() {
            return "<line x1=\"" + n(x1) + "\" y1=\"" + n(y1) + "\" x2=\"" + n(x2) + "\" y2=\"" + n(y2) + "\" stroke=\""
                    + color + "\" stroke-width=\"" + n(width) + "\" stroke-linecap=\"round\"/>";
        }
    }

    public record Circle(double cx, double cy, double r, String fill, String stroke, double width) implements Shape {
        public double[] bounds() {
            double e = r + width / 2;
            return new double[] {cx - e, cy - e, cx + e, cy + e};
        }

        public String svg() {
            return "<circle cx=\"" + n(cx) + "\" cy=\"" + n(cy) + "\" r=\"" + n(r) + "\" fill=\"" + fill
                    + "\" stroke=\"" + stroke + "\" stroke-width=\"" + n(width) + "\"/>";
        }
    }

    public record Polygon(List<double[]> points, String fill, String stroke, double width) implements Shape {
        public double[] bounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (double[] p : points) {
                b[0] = Math.min(b[0], p[0] - width / 2);
                b[1] = Math.min(b[1], p[1] - width / 2);
                b[2] = Math.max(b[2], p[0] + width / 2);
                b[3] = Math.max(b[3], p[1] + width / 2);
            }
            return b;
        }

        public String svg() {
            StringBuilder sb = new StringBuilder("<polygon points=\"");
            for (double[] p : points) {
                sb.append(n(p[0])).append(',').append(n(p[1])).append(' ');
            }
            sb.setLength(sb.length() - 1);
            return sb.append("\" fill=\"")
                    .append(fill)
                    .append("\" stroke=\"")
                    .append(stroke)
                    .append("\" stroke-width=\"")
                    .append(n(width))
                    .append("\" stroke-linejoin=\"round\"/>")
                    .toString();
        }
    }

    /** A quadratic curve (the arrow's shaft). */
    public record Curve(double x1, double y1, double cx, double cy, double x2, double y2, double width, String color)
            implements Shape {
        public double[] bounds() {
            double h = width / 2;
            return new double[] {
                Math.min(Math.min(x1, x2), cx) - h,
                Math.min(Math.min(y1, y2), cy) - h,
                Math.max(Math.max(x1, x2), cx) + h,
                Math.max(Math.max(y1, y2), cy) + h
            };
        }

        public String svg() {
            return "<path d=\"M" + n(x1) + " " + n(y1) + " Q" + n(cx) + " " + n(cy) + " " + n(x2) + " " + n(y2)
                    + "\" fill=\"none\" stroke=\"" + color + "\" stroke-width=\"" + n(width)
                    + "\" stroke-linecap=\"round\"/>";
        }
    }

    /**
     * The finished drawing: shapes in page units (the floor cut at the box's edges, the rest fitted inside it unless
     * {@code cropped}, a focus on part of the body), and the start and end positions for checks.
     */
    public record Drawing(List<Shape> shapes, boolean cropped, Map<String, Vec2> start, Map<String, Vec2> end) {

        public String svg(String label) {
            StringBuilder sb = new StringBuilder();
            sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lw-figure\" viewBox=\"0 0 ")
                    .append(n(WIDTH))
                    .append(' ')
                    .append(n(HEIGHT))
                    .append("\" width=\"")
                    .append(n(WIDTH))
                    .append("\" height=\"")
                    .append(n(HEIGHT))
                    .append("\" alt=\"")
                    .append(escape(label))
                    .append("\">");
            if (cropped) {
                // only a figure cut to part of the body needs a clip; clipping is slow to draw in a PDF
                sb.append("<clipPath id=\"frame\"><rect x=\"0\" y=\"0\" width=\"")
                        .append(n(WIDTH))
                        .append("\" height=\"")
                        .append(n(HEIGHT))
                        .append("\"/></clipPath><g clip-path=\"url(#frame)\">");
            }
            for (Shape s : shapes) {
                sb.append(s.svg());
            }
            if (cropped) {
                sb.append("</g>");
            }
            return sb.append("</svg>").toString();
        }

        /** min x, min y, max x, max y of everything drawn (the floor is cut at the box's edges). */
        public double[] bounds() {
            double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
            for (Shape s : shapes) {
                double[] e = s.bounds();
                b[0] = Math.min(b[0], e[0]);
                b[1] = Math.min(b[1], e[1]);
                b[2] = Math.max(b[2], e[2]);
                b[3] = Math.max(b[3], e[3]);
            }
            return b;
        }
    }

    /** A point on the page. */
    public record Vec2(double x, double y) {}

    /** The start and end positions set on the floor, in the room. */
    record Placed(Map<String, Vec> start, Map<String, Vec> end) {}

    private Figure() {}

    /** Draws {@code pose}. */
    public static Drawing draw(Pose pose) {
        Placed placed = place(pose);
        Rot camera = Rot.x(pose.elevation()).then(Rot.y(-pose.turn()));
        List<Model> background = new ArrayList<>();
        List<Model> model = new ArrayList<>();
        List<Model> front = new ArrayList<>();
        props(pose, placed, camera, background, model, front);
        body(pose, placed.start(), camera, true, model);
        body(pose, placed.end(), camera, false, model);
        holds(pose, placed.start(), camera, true, model);
        holds(pose, placed.end(), camera, false, model);
        model.addAll(front);
        arrow(pose, placed, camera, model);
        return toPage(background, model, placed, camera);
    }

    /** The positions in the room, each set on the floor or its props, the end kept in step with the start. */
    static Placed place(Pose pose) {
        Map<String, Vec> start = ground(pose, pose.start(), true);
        Map<String, Vec> end = ground(pose, pose.end(), false);
        String anchor = anchor(pose, start);
        if (!anchor.equals("none")) {
            Vec a = mean(start, anchor);
            Vec b = mean(end, anchor);
            end = shift(end, new Vec(a.x() - b.x(), 0, a.z() - b.z()));
        }
        return new Placed(
                shift(start, pose.start().offset()), shift(end, pose.end().offset()));
    }

    static String anchor(Pose pose, Map<String, Vec> start) {
        if (pose.anchor() != null) {
            return pose.anchor();
        }
        if (!pose.start().ground().isEmpty()) {
            return pose.start().ground().get(0);
        }
        return start.entrySet().stream()
                .min(Comparator.comparingDouble(e -> e.getValue().y() - Skeleton.clearance(e.getKey())))
                .orElseThrow()
                .getKey();
    }

    /** How far below the floor each point reaches (positive = sunk), for the validator. */
    static Map<String, Double> sunk(Map<String, Vec> points) {
        Map<String, Double> out = new LinkedHashMap<>();
        points.forEach((k, v) -> {
            double depth = Skeleton.clearance(k) - v.y();
            if (k.equals("head")) {
                // the head has no neck joint: lying on the back with the shoulders down puts it partly through the
                // floor line, so only its centre is checked (29 bundled poses would fail otherwise)
                depth = -v.y();
            }
            out.put(k, depth);
        });
        return out;
    }

    private static Map<String, Vec> ground(Pose pose, Stance stance, boolean isStart) {
        double tilt = stance.tilt() == null ? 0 : stance.tilt();
        Map<String, Vec> pts = Skeleton.points(pose.posture(), stance, tilt);
        List<String> names = new ArrayList<>();
        for (String g : stance.ground()) {
            names.addAll(Skeleton.GROUPS.get(g));
        }
        if (names.isEmpty()) {
            names.addAll(Skeleton.POINTS);
        }
        Map<String, Double> target = new LinkedHashMap<>();
        for (String n : names) {
            target.put(n, support(pose, n, isStart) + Skeleton.clearance(n));
        }
        if (stance.tilt() == null && !stance.ground().isEmpty()) {
            // turn the body so that it rests on its ground points: the edge of their lower hull under the middle
            // of the body becomes level (shoulders and heels in a bridge, hands and toes in a plank)
            List<Vec2> q = names.stream()
                    .map(n -> new Vec2(pts.get(n).x(), pts.get(n).y() - target.get(n)))
                    .toList();
            double lo = q.stream().mapToDouble(Vec2::x).min().orElse(0);
            double hi = q.stream().mapToDouble(Vec2::x).max().orElse(0);
            if (hi - lo > 0.3) {
                List<Vec2> lower = lowerHull(q);
                double mid = (lo + hi) / 2;
                for (int i = 0; i + 1 < lower.size(); i++) {
                    Vec2 a = lower.get(i);
                    Vec2 b = lower.get(i + 1);
                    if (a.x() <= mid && b.x() >= mid) {
                        Rot r = Rot.z(-Math.toDegrees(Math.atan2(b.y() - a.y(), b.x() - a.x())));
                        pts.replaceAll((k, v) -> r.apply(v));
                        break;
                    }
                }
            }
        }
        double lift = -Double.MAX_VALUE;
        for (String n : names) {
            lift = Math.max(lift, target.get(n) - pts.get(n).y());
        }
        return shift(pts, new Vec(0, lift, 0));
    }

    /** Height of the prop under {@code point} in the start or end position, or 0 on the floor. */
    private static double support(Pose pose, String point, boolean isStart) {
        double h = 0;
        for (Pose.Prop p : pose.props()) {
            // a prop placed by the start position (the box a jump leaves) carries only the start position
            if (Props.supports(p.kind())
                    && Skeleton.GROUPS.get(p.at()).contains(point)
                    && (isStart || !p.fromStart())) {
                h = Math.max(h, p.top());
            }
        }
        return h;
    }

    private static Map<String, Vec> shift(Map<String, Vec> pts, Vec by) {
        Map<String, Vec> out = new LinkedHashMap<>();
        pts.forEach((k, v) -> out.put(k, v.plus(by)));
        return out;
    }

    static Vec mean(Map<String, Vec> pts, String group) {
        Vec sum = Vec.ZERO;
        List<String> names = Skeleton.GROUPS.get(group);
        for (String n : names) {
            sum = sum.plus(pts.get(n));
        }
        return sum.times(1.0 / names.size());
    }

    // ---- drawing in model units (metres, y up) ----

    /** A shape in model units before it is fitted to the page. */
    private sealed interface Model {}

    private record MLine(Vec2 a, Vec2 b, double width, String color) implements Model {}

    private record MCircle(Vec2 c, double r, String fill, String stroke, double width) implements Model {}

    private record MPolygon(List<Vec2> points, String fill, String stroke, double width) implements Model {}

    private record MCurve(Vec2 a, Vec2 c, Vec2 b, double width, String color) implements Model {}

    private static Vec2 project(Rot camera, Vec p) {
        Vec v = camera.apply(p);
        return new Vec2(v.x(), v.y());
    }

    private static double depth(Rot camera, Vec p) {
        return camera.apply(p).z();
    }

    private static void body(Pose pose, Map<String, Vec> p, Rot camera, boolean start, List<Model> out) {
        double legDepth = depth(camera, p.get("right-hip")) - depth(camera, p.get("left-hip"));
        double armDepth = depth(camera, p.get("right-shoulder")) - depth(camera, p.get("left-shoulder"));
        String farLeg = legDepth >= 0 ? "left" : "right";
        String farArm = armDepth >= 0 ? "left" : "right";
        boolean legsApart = Math.abs(legDepth) > 0.03;
        boolean armsApart = Math.abs(armDepth) > 0.03;
        arm(pose, p, camera, start, farArm, armsApart, out);
        leg(pose, p, camera, start, farLeg, legsApart, out);
        String trunk = start ? START : END;
        line(out, camera, p.get("left-hip"), p.get("right-hip"), LIMB * 1.1, trunk);
        line(out, camera, p.get("pelvis"), p.get("neck"), TRUNK, trunk);
        line(out, camera, p.get("left-shoulder"), p.get("right-shoulder"), LIMB * 0.8, trunk);
        out.add(new MCircle(project(camera, p.get("head")), Skeleton.HEAD_RADIUS * 0.92, trunk, trunk, LIMB * 0.3));
        leg(pose, p, camera, start, other(farLeg), false, out);
        arm(pose, p, camera, start, other(farArm), false, out);
    }

    private static String other(String side) {
        return side.equals("left") ? "right" : "left";
    }

    private static String colour(Pose pose, String limb, boolean start, boolean far) {
        if (pose.working().contains(limb)) {
            return start ? START_WORK : END_WORK;
        }
        if (start) {
            return far ? START_FAR : START;
        }
        return far ? END_FAR : END;
    }

    private static void leg(
            Pose pose, Map<String, Vec> p, Rot camera, boolean start, String side, boolean far, List<Model> out) {
        String c = colour(pose, side + "-leg", start, far);
        line(out, camera, p.get(side + "-hip"), p.get(side + "-knee"), LIMB * 1.25, c);
        line(out, camera, p.get(side + "-knee"), p.get(side + "-ankle"), LIMB, c);
        // the foot as a solid wedge from the ankle to the heel and the toes, so a lifted heel is easy to see
        out.add(new MPolygon(
                List.of(
                        project(camera, p.get(side + "-ankle")),
                        project(camera, p.get(side + "-heel")),
                        project(camera, p.get(side + "-toes"))),
                c,
                c,
                LIMB * 0.55));
    }

    private static void arm(
            Pose pose, Map<String, Vec> p, Rot camera, boolean start, String side, boolean far, List<Model> out) {
        String c = colour(pose, side + "-arm", start, far);
        line(out, camera, p.get(side + "-shoulder"), p.get(side + "-elbow"), LIMB, c);
        line(out, camera, p.get(side + "-elbow"), p.get(side + "-hand"), LIMB * 0.85, c);
    }

    private static void line(List<Model> out, Rot camera, Vec a, Vec b, double width, String colour) {
        out.add(new MLine(project(camera, a), project(camera, b), width, colour));
    }

    /**
     * Where a bench runs along the body's length (x, metres) under the points {@code at}: centred under the pelvis
     * (sitting); under any other point the body rests on its end and it runs on away from the pelvis (the upper back
     * of a hip thrust, the shin of a Copenhagen plank, the rear foot of a split squat).
     */
    static double[] benchSpan(String at, Map<String, Vec> p) {
        double[] range = xRange(Skeleton.GROUPS.get(at), p);
        double lowX = range[0];
        double highX = range[1];
        double x = mean(p, at).x();
        double pelvisX = p.get("pelvis").x();
        if (at.equals("pelvis") || Math.abs(x - pelvisX) < 0.15) {
            return new double[] {lowX - 0.4, highX + 0.4};
        }
        return x < pelvisX ? new double[] {lowX - 0.9, highX + 0.06} : new double[] {lowX - 0.06, highX + 0.9};
    }

    /** The lowest and highest x of {@code points}. */
    private static double[] xRange(List<String> points, Map<String, Vec> p) {
        double low = points.stream().mapToDouble(n -> p.get(n).x()).min().orElse(0);
        double high = points.stream().mapToDouble(n -> p.get(n).x()).max().orElse(0);
        return new double[] {low, high};
    }

    /** Surfaces and large props, drawn behind the body ({@code out}), and bands drawn over it ({@code front}). */
    private static void props(
            Pose pose, Placed placed, Rot camera, List<Model> background, List<Model> out, List<Model> front) {
        Map<String, Vec> p0 = placed.end();
        double minX = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double minZ = Double.MAX_VALUE;
        double maxZ = -Double.MAX_VALUE;
        for (Map<String, Vec> pts : List.of(placed.start(), placed.end())) {
            for (Vec v : pts.values()) {
                minX = Math.min(minX, v.x());
                maxX = Math.max(maxX, v.x());
                minZ = Math.min(minZ, v.z());
                maxZ = Math.max(maxZ, v.z());
            }
        }
        List<Model> blocks = new ArrayList<>();
        for (Pose.Prop prop : pose.props()) {
            Map<String, Vec> p = prop.fromStart() ? placed.start() : p0;
            double top = prop.top();
            List<String> at = Skeleton.GROUPS.get(prop.at());
            Vec m = mean(p, prop.at());
            double[] range = xRange(at, p);
            double lowX = range[0];
            double highX = range[1];
            switch (prop.kind()) {
                case "step" -> {
                    boolean toesOnly = at.stream().allMatch(n -> n.endsWith("toes"));
                    double back = toesOnly ? lowX - 0.1 : lowX - 0.08;
                    blocks.add(box(camera, back, Math.max(highX + 0.08, back + 0.3), 0, top, m.z(), 0.7));
                }
                case "box" -> blocks.add(box(camera, m.x() - 0.22, m.x() + 0.22, 0, top, m.z(), 0.45));
                case "bench" -> {
                    double[] span = benchSpan(prop.at(), p);
                    blocks.add(box(camera, span[0], span[1], 0, top, m.z(), 0.4));
                }
                case "slider" -> blocks.add(box(camera, lowX - 0.07, highX + 0.07, 0, 0.03, m.z(), 0.2));
                case "mat" -> blocks.add(box(camera, minX - 0.1, maxX + 0.1, 0, 0.01, (minZ + maxZ) / 2, 0.7));
                case "roller" -> {
                    Vec c = new Vec(m.x(), 0.075, m.z());
                    Vec2 cc = project(camera, c);
                    blocks.add(new MCircle(cc, 0.075, PROP_FILL, PROP_LINE, 0.012));
                    blocks.add(new MLine(
                            project(camera, c.plus(new Vec(0, 0, -0.3))),
                            project(camera, c.plus(new Vec(0, 0, 0.3))),
                            0.15,
                            PROP_FILL));
                }
                case "wall" -> {
                    Vec pelvis = p.get("pelvis");
                    double x = m.x() >= pelvis.x() ? highX + 0.05 : lowX - 0.1;
                    double y = Math.max(
                            1.9, p.values().stream().mapToDouble(Vec::y).max().orElse(0) + 0.15);
                    blocks.add(box(camera, x, x + 0.05, 0, y, (minZ + maxZ) / 2, 1.0));
                }
                case "sled" -> {
                    Vec pelvis = p.get("pelvis");
                    boolean ahead = prop.at().contains("hand");
                    double x = ahead ? Math.max(highX, pelvis.x()) + 0.05 : pelvis.x() - 1.7;
                    blocks.add(box(camera, x, x + 0.55, 0, 0.32, m.z(), 0.5));
                    Vec hitch = new Vec(ahead ? x : x + 0.55, 0.3, m.z());
                    front.add(new MLine(project(camera, m), project(camera, hitch), 0.02, PROP_LINE));
                }
                case "band" -> {
                    if (prop.to() != null) {
                        Vec a = mean(p, prop.at());
                        Vec b = mean(p, prop.to());
                        front.add(new MLine(project(camera, a), project(camera, b), 0.025, BAND));
                        front.add(new MCircle(project(camera, a), 0.045, "none", BAND, 0.025));
                        front.add(new MCircle(project(camera, b), 0.045, "none", BAND, 0.025));
                    } else if (at.size() >= 2) {
                        front.add(new MLine(
                                project(camera, p.get(at.get(0))),
                                project(camera, p.get(at.get(at.size() - 1))),
                                0.03,
                                BAND));
                    }
                    for (String n : prop.to() != null ? List.<String>of() : at) {
                        front.add(new MCircle(project(camera, p.get(n)), 0.045, "none", BAND, 0.025));
                    }
                }
                case "water" -> {
                    double y = m.y();
                    Vec a = new Vec(minX - 0.4, y, (minZ + maxZ) / 2);
                    Vec b = new Vec(maxX + 0.4, y, (minZ + maxZ) / 2);
                    front.add(new MLine(project(camera, a), project(camera, b), 0.025, WATER));
                }
                case "bike" -> {
                    // a stationary bike: base on the floor, saddle post, cranks round the feet, a flywheel in front
                    // and a column up to the bars at the hands
                    Vec seat = p.get("pelvis").plus(new Vec(0, -0.09, 0));
                    Vec crank = Vec.mid(p.get("left-ankle"), p.get("right-ankle"));
                    Vec bars = mean(p, "hands");
                    double z = crank.z();
                    double r = Math.max(
                            0.12,
                            p.get("left-ankle").minus(p.get("right-ankle")).length() / 2);
                    Vec rear = new Vec(seat.x() - 0.35, 0.03, z);
                    Vec ahead = new Vec(Math.max(bars.x(), crank.x() + 0.3) + 0.2, 0.03, z);
                    Vec wheel = new Vec((crank.x() + ahead.x()) / 2 + 0.05, 0.3, z);
                    String c = PROP_LINE;
                    blocks.add(new MLine(project(camera, rear), project(camera, ahead), 0.05, c));
                    blocks.add(new MCircle(project(camera, wheel), 0.2, PROP_FILL, c, 0.025));
                    blocks.add(new MLine(project(camera, seat), project(camera, rear), 0.045, c));
                    blocks.add(new MLine(project(camera, crank), project(camera, wheel), 0.03, c));
                    blocks.add(new MLine(project(camera, ahead), project(camera, bars), 0.045, c));
                    blocks.add(new MLine(
                            project(camera, seat.plus(new Vec(-0.1, 0, 0))),
                            project(camera, seat.plus(new Vec(0.1, 0, 0))),
                            0.05,
                            c));
                    blocks.add(new MCircle(project(camera, crank), r, "none", c, 0.02));
                }
                default -> {}
            }
        }
        // the floor, reaching to the picture's edges: a line in a level view, a plane when seen from above
        double far = 20;
        List<Vec> corners = List.of(
                new Vec(minX - far, 0, minZ - 0.3),
                new Vec(maxX + far, 0, minZ - 0.3),
                new Vec(maxX + far, 0, maxZ + 0.3),
                new Vec(minX - far, 0, maxZ + 0.3));
        List<Vec2> floor = hull(corners.stream().map(v -> project(camera, v)).toList());
        if (area(floor) < 0.02 * far) {
            double lo = floor.stream().mapToDouble(Vec2::x).min().orElse(0);
            double hi = floor.stream().mapToDouble(Vec2::x).max().orElse(0);
            double y = floor.stream().mapToDouble(Vec2::y).average().orElse(0);
            background.add(new MLine(new Vec2(lo, y), new Vec2(hi, y), 0.025, PROP_LINE));
        } else {
            background.add(new MPolygon(floor, "#eef1f3", "#c9d1d6", 0.01));
        }
        out.addAll(blocks);
    }

    /** A box from x0 to x1 (along the body), y0 to y1, {@code depth} wide across it, seen by {@code camera}. */
    private static MPolygon box(Rot camera, double x0, double x1, double y0, double y1, double z, double depth) {
        List<Vec2> pts = new ArrayList<>();
        for (double x : new double[] {x0, x1}) {
            for (double y : new double[] {y0, y1}) {
                for (double dz : new double[] {-depth / 2, depth / 2}) {
                    pts.add(project(camera, new Vec(x, y, z + dz)));
                }
            }
        }
        return new MPolygon(hull(pts), PROP_FILL, PROP_LINE, 0.012);
    }

    /** Weights held in the hands or across the back, per position. */
    private static void holds(Pose pose, Map<String, Vec> p, Rot camera, boolean start, List<Model> out) {
        String fill = start ? START : "#3d4a53";
        for (Pose.Prop prop : pose.props()) {
            List<String> at = Skeleton.GROUPS.get(prop.at());
            switch (prop.kind()) {
                case "dumbbell" -> {
                    for (String n : at) {
                        Vec h = p.get(n);
                        Vec a = h.plus(new Vec(0, 0, -0.1));
                        Vec b = h.plus(new Vec(0, 0, 0.1));
                        out.add(new MLine(project(camera, a), project(camera, b), 0.025, fill));
                        out.add(new MCircle(project(camera, a), 0.045, fill, fill, 0.005));
                        out.add(new MCircle(project(camera, b), 0.045, fill, fill, 0.005));
                    }
                }
                case "kettlebell" -> {
                    Vec h = mean(p, prop.at());
                    Vec bell = h.plus(new Vec(0, -0.12, 0));
                    out.add(new MLine(project(camera, h), project(camera, bell), 0.03, fill));
                    out.add(new MCircle(project(camera, bell), 0.075, fill, fill, 0.005));
                }
                case "barbell" -> {
                    Vec c = prop.at().equals("upper-back") ? p.get("upper-back") : mean(p, prop.at());
                    Vec a = c.plus(new Vec(0, 0, -0.75));
                    Vec b = c.plus(new Vec(0, 0, 0.75));
                    out.add(new MLine(project(camera, a), project(camera, b), 0.03, fill));
                    out.add(new MCircle(project(camera, c.plus(new Vec(0, 0, -0.6))), 0.2, "none", fill, 0.03));
                    out.add(new MCircle(project(camera, c.plus(new Vec(0, 0, 0.6))), 0.2, "none", fill, 0.03));
                }
                case "ball" -> {
                    Vec c = mean(p, prop.at());
                    out.add(new MCircle(project(camera, c), 0.1, "none", fill, 0.02));
                }
                default -> {}
            }
        }
    }

    /** The arrow from the start to the end of the point that moves (or the one the pose names). */
    private static void arrow(Pose pose, Placed placed, Rot camera, List<Model> out) {
        String point = pose.arrow();
        if (point == null) {
            double best = -1;
            for (String n : Skeleton.POINTS) {
                Vec2 a = project(camera, placed.start().get(n));
                Vec2 b = project(camera, placed.end().get(n));
                double d = Math.hypot(b.x() - a.x(), b.y() - a.y());
                if (d > best + 1e-9) {
                    best = d;
                    point = n;
                }
            }
        }
        Vec2 a = project(camera, mean(placed.start(), point));
        Vec2 b = project(camera, mean(placed.end(), point));
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double d = Math.hypot(dx, dy);
        if (d < 0.06) {
            return;
        }
        // bow the arrow away from the body's centre so that it does not lie on the limbs
        double cx = 0;
        double cy = 0;
        for (Vec v : placed.end().values()) {
            Vec2 q = project(camera, v);
            cx += q.x() / placed.end().size();
            cy += q.y() / placed.end().size();
        }
        Vec2 centre = new Vec2(cx, cy);
        Vec2 mid = new Vec2((a.x() + b.x()) / 2, (a.y() + b.y()) / 2);
        double nx = -dy / d;
        double ny = dx / d;
        if ((mid.x() - centre.x()) * nx + (mid.y() - centre.y()) * ny < 0) {
            nx = -nx;
            ny = -ny;
        }
        double off = 0.08;
        Vec2 s = new Vec2(a.x() + dx * 0.15 + nx * off, a.y() + dy * 0.15 + ny * off);
        Vec2 e = new Vec2(a.x() + dx * 0.85 + nx * off, a.y() + dy * 0.85 + ny * off);
        Vec2 c = new Vec2(mid.x() + nx * (off + d * 0.25), mid.y() + ny * (off + d * 0.25));
        out.add(new MCurve(s, c, e, 0.035, ARROW));
        double tx = e.x() - c.x();
        double ty = e.y() - c.y();
        double t = Math.hypot(tx, ty);
        tx /= t;
        ty /= t;
        double len = Math.min(0.1, 0.45 * d);
        double half = len * 0.55;
        Vec2 tip = new Vec2(e.x() + tx * len * 0.6, e.y() + ty * len * 0.6);
        Vec2 l = new Vec2(e.x() - tx * len * 0.4 - ty * half, e.y() - ty * len * 0.4 + tx * half);
        Vec2 r = new Vec2(e.x() - tx * len * 0.4 + ty * half, e.y() - ty * len * 0.4 - tx * half);
        out.add(new MPolygon(List.of(tip, l, r), ARROW, ARROW, 0.005));
    }

    // ---- fitting to the page ----

    private static Drawing toPage(List<Model> background, List<Model> model, Placed placed, Rot camera) {
        // the whole body always shows: a picture cut at the hips (the old lower-body focus) left the client
        // guessing what the trunk does, so a focus no longer crops
        double[] b = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (Model m : model) {
            for (double[] e : extent(m)) {
                b[0] = Math.min(b[0], e[0]);
                b[1] = Math.min(b[1], e[1]);
                b[2] = Math.max(b[2], e[0]);
                b[3] = Math.max(b[3], e[1]);
            }
        }
        double w = b[2] - b[0];
        double h = b[3] - b[1];
        double scale = Math.min((WIDTH - 2 * MARGIN) / w, (HEIGHT - 2 * MARGIN) / h);
        double ox = MARGIN + (WIDTH - 2 * MARGIN - w * scale) / 2 - b[0] * scale;
        double oy = MARGIN + (HEIGHT - 2 * MARGIN - h * scale) / 2 + b[3] * scale;
        DoubleUnaryOperator px = x -> ox + x * scale;
        DoubleUnaryOperator py = y -> oy - y * scale;
        List<Shape> shapes = new ArrayList<>();
        List<Model> all = new ArrayList<>();
        for (Model m : background) {
            Model clipped = clipToBox(m, px, py, scale);
            if (clipped != null && !(clipped instanceof MPolygon p && p.points().size() < 3)) {
                all.add(clipped);
            }
        }
        all.addAll(model);
        for (Model m : all) {
            if (m instanceof MLine l) {
                shapes.add(new Line(
                        px.applyAsDouble(l.a().x()),
                        py.applyAsDouble(l.a().y()),
                        px.applyAsDouble(l.b().x()),
                        py.applyAsDouble(l.b().y()),
                        l.width() * scale,
                        l.color()));
            } else if (m instanceof MCircle c) {
                shapes.add(new Circle(
                        px.applyAsDouble(c.c().x()),
                        py.applyAsDouble(c.c().y()),
                        c.r() * scale,
                        c.fill(),
                        c.stroke(),
                        c.width() * scale));
            } else if (m instanceof MPolygon p) {
                shapes.add(new Polygon(
                        p.points().stream()
                                .map(v -> new double[] {px.applyAsDouble(v.x()), py.applyAsDouble(v.y())})
                                .toList(),
                        p.fill(),
                        p.stroke(),
                        p.width() * scale));
            } else if (m instanceof MCurve c) {
                shapes.add(new Curve(
                        px.applyAsDouble(c.a().x()),
                        py.applyAsDouble(c.a().y()),
                        px.applyAsDouble(c.c().x()),
                        py.applyAsDouble(c.c().y()),
                        px.applyAsDouble(c.b().x()),
                        py.applyAsDouble(c.b().y()),
                        c.width() * scale,
                        c.color()));
            }
        }
        Map<String, Vec2> start = new LinkedHashMap<>();
        Map<String, Vec2> end = new LinkedHashMap<>();
        placed.start().forEach((k, v) -> {
            Vec2 q = project(camera, v);
            start.put(k, new Vec2(px.applyAsDouble(q.x()), py.applyAsDouble(q.y())));
        });
        placed.end().forEach((k, v) -> {
            Vec2 q = project(camera, v);
            end.put(k, new Vec2(px.applyAsDouble(q.x()), py.applyAsDouble(q.y())));
        });
        return new Drawing(List.copyOf(shapes), false, start, end);
    }

    /**
     * The floor cut at the picture's edges (in model units): a line by Liang-Barsky, a plane by Sutherland-Hodgman.
     */
    private static Model clipToBox(Model m, DoubleUnaryOperator px, DoubleUnaryOperator py, double scale) {
        // the box in model units
        double x0 = (0 - px.applyAsDouble(0)) / scale;
        double x1 = (WIDTH - px.applyAsDouble(0)) / scale;
        double y1 = (py.applyAsDouble(0) - 0) / scale;
        double y0 = (py.applyAsDouble(0) - HEIGHT) / scale;
        if (m instanceof MLine l) {
            double h = l.width() / 2;
            double[] t = {0, 1};
            double dx = l.b().x() - l.a().x();
            double dy = l.b().y() - l.a().y();
            boolean inside = clipEdge(-dx, l.a().x() - (x0 + h), t)
                    && clipEdge(dx, (x1 - h) - l.a().x(), t)
                    && clipEdge(-dy, l.a().y() - (y0 + h), t)
                    && clipEdge(dy, (y1 - h) - l.a().y(), t);
            if (!inside) {
                return null; // wholly outside (a floor far below a swimmer)
            }
            return new MLine(
                    new Vec2(l.a().x() + t[0] * dx, l.a().y() + t[0] * dy),
                    new Vec2(l.a().x() + t[1] * dx, l.a().y() + t[1] * dy),
                    l.width(),
                    l.color());
        }
        if (m instanceof MPolygon p) {
            double h = p.width() / 2;
            List<Vec2> pts = p.points();
            pts = clipPolygon(pts, v -> v.x() >= x0 + h, (a, b) -> cutX(a, b, x0 + h));
            pts = clipPolygon(pts, v -> v.x() <= x1 - h, (a, b) -> cutX(a, b, x1 - h));
            pts = clipPolygon(pts, v -> v.y() >= y0 + h, (a, b) -> cutY(a, b, y0 + h));
            pts = clipPolygon(pts, v -> v.y() <= y1 - h, (a, b) -> cutY(a, b, y1 - h));
            return new MPolygon(pts, p.fill(), p.stroke(), p.width());
        }
        return m;
    }

    private static boolean clipEdge(double p, double q, double[] t) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t[1]) {
                return false;
            }
            t[0] = Math.max(t[0], r);
        } else {
            if (r < t[0]) {
                return false;
            }
            t[1] = Math.min(t[1], r);
        }
        return true;
    }

    private static List<Vec2> clipPolygon(List<Vec2> in, Predicate<Vec2> inside, BinaryOperator<Vec2> cut) {
        List<Vec2> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Vec2 a = in.get(i);
            Vec2 b = in.get((i + 1) % in.size());
            if (inside.test(a)) {
                out.add(a);
                if (!inside.test(b)) {
                    out.add(cut.apply(a, b));
                }
            } else if (inside.test(b)) {
                out.add(cut.apply(a, b));
            }
        }
        return out;
    }

    private static Vec2 cutX(Vec2 a, Vec2 b, double x) {
        double t = (x - a.x()) / (b.x() - a.x());
        return new Vec2(x, a.y() + t * (b.y() - a.y()));
    }

    private static Vec2 cutY(Vec2 a, Vec2 b, double y) {
        double t = (y - a.y()) / (b.y() - a.y());
        return new Vec2(a.x() + t * (b.x() - a.x()), y);
    }

    /** Corner points of a model shape, its stroke included. */
    private static List<double[]> extent(Model m) {
        List<double[]> out = new ArrayList<>();
        if (m instanceof MLine l) {
            double h = l.width() / 2;
            for (Vec2 v : List.of(l.a(), l.b())) {
                out.add(new double[] {v.x() - h, v.y() - h});
                out.add(new double[] {v.x() + h, v.y() + h});
            }
        } else if (m instanceof MCircle c) {
            double e = c.r() + c.width() / 2;
            out.add(new double[] {c.c().x() - e, c.c().y() - e});
            out.add(new double[] {c.c().x() + e, c.c().y() + e});
        } else if (m instanceof MPolygon p) {
            for (Vec2 v : p.points()) {
                out.add(new double[] {v.x() - p.width(), v.y() - p.width()});
                out.add(new double[] {v.x() + p.width(), v.y() + p.width()});
            }
        } else if (m instanceof MCurve c) {
            double h = c.width() / 2;
            for (Vec2 v : List.of(c.a(), c.b(), c.c())) {
                out.add(new double[] {v.x() - h, v.y() - h});
                out.add(new double[] {v.x() + h, v.y() + h});
            }
        }
        return out;
    }

    /** Convex hull (Andrew's monotone chain), counter-clockwise. */
    static List<Vec2> hull(List<Vec2> in) {
        List<Vec2> pts = new ArrayList<>(in);
        pts.sort(Comparator.comparingDouble(Vec2::x).thenComparingDouble(Vec2::y));
        if (pts.size() < 3) {
            return pts;
        }
        Vec2[] h = new Vec2[2 * pts.size()];
        int k = 0;
        for (Vec2 p : pts) {
            while (k >= 2 && cross(h[k - 2], h[k - 1], p) <= 1e-12) {
                k--;
            }
            h[k++] = p;
        }
        for (int i = pts.size() - 2, t = k + 1; i >= 0; i--) {
            Vec2 p = pts.get(i);
            while (k >= t && cross(h[k - 2], h[k - 1], p) <= 1e-12) {
                k--;
            }
            h[k++] = p;
        }
        return List.of(java.util.Arrays.copyOf(h, Math.max(1, k - 1)));
    }

    /** The lower half of the convex hull, from left to right. */
    static List<Vec2> lowerHull(List<Vec2> in) {
        List<Vec2> pts = new ArrayList<>(in);
        pts.sort(Comparator.comparingDouble(Vec2::x).thenComparingDouble(Vec2::y));
        List<Vec2> h = new ArrayList<>();
        for (Vec2 p : pts) {
            while (h.size() >= 2 && cross(h.get(h.size() - 2), h.get(h.size() - 1), p) <= 1e-12) {
                h.remove(h.size() - 1);
            }
            h.add(p);
        }
        return h;
    }

    private static double cross(Vec2 o, Vec2 a, Vec2 b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }

    private static double area(List<Vec2> pts) {
        double s = 0;
        for (int i = 0; i < pts.size(); i++) {
            Vec2 a = pts.get(i);
            Vec2 b = pts.get((i + 1) % pts.size());
            s += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(s) / 2;
    }

    static String n(double v) {
        // as String.format("%.1f") rounds (half up, from the shortest decimal form of v), without its Formatter,
        // which made 12% of all the memory a team batch allocated (a locale's number symbols on every call)
        String s = new BigDecimal(Double.toString(v))
                .setScale(1, RoundingMode.HALF_UP)
                .toPlainString();
        if (s.endsWith(".0")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.equals("-0") ? "0" : s;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
