package com.loadwise.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The figure's kinematics point the right way, and drawings are well-formed. */
class FigureTest {

    private static final Stance.Side N = Stance.Side.NEUTRAL;

    private static Stance stance(Stance.Side left, Stance.Side right, String... ground) {
        return new Stance(null, 0, 0, 0, 0, 0, left, right, List.of(ground));
    }

    private static Stance.Side side(double hipFlex, double knee, double ankle) {
        return new Stance.Side(hipFlex, 0, 0, knee, ankle, 0, 0, 0);
    }

    private static Pose pose(Pose.Posture posture, Stance start, Stance end, Pose.Prop... props) {
        return new Pose(
                posture, Pose.View.SIDE, 0, 0, List.of(props), List.of(), null, null, Pose.Focus.WHOLE, start, end);
    }

    @Test
    void aHipHikeTiltsThePelvisSoTheFreeFootRisesWithItsLegStraightAndTheTrunkUpright() {
        Stance level = stance(N, N, "right-foot");
        Stance hiked = new Stance(null, 0, 20, 0, 0, 0, N, N, List.of("right-foot"));
        Pose p = pose(Pose.Posture.STANDING, level, hiked);
        Map<String, Vec> a = Figure.place(p).start();
        Map<String, Vec> b = Figure.place(p).end();
        double rise = 2 * Skeleton.HIP_HALF * Math.sin(Math.toRadians(20));
        assertEquals(rise, (b.get("left-hip").y() - b.get("right-hip").y()), 1e-9, "the left hip is the higher");
        assertEquals(rise, b.get("left-heel").y() - a.get("left-heel").y(), 1e-9, "the free foot rises with it");
        assertEquals(a.get("right-heel").y(), b.get("right-heel").y(), 1e-9, "the standing foot stays down");
        assertEquals(b.get("left-hip").z(), b.get("left-ankle").z(), 1e-9, "the free leg hangs straight down");
        assertEquals(b.get("pelvis").z(), b.get("neck").z(), 1e-9, "the trunk stays upright");
    }

    @Test
    void aStandingFigureIsAboutOnePointSevenMetresTallFacingRightWithItsRightSideToTheCamera() {
        Pose p = pose(Pose.Posture.STANDING, stance(N, N, "feet"), stance(side(90, 90, 0), N, "right-foot"));
        Map<String, Vec> s = Figure.place(p).start();
        double top = s.get("head").y() + Skeleton.HEAD_RADIUS;
        assertTrue(top > 1.6 && top < 1.8, "height " + top);
        assertTrue(s.get("right-toes").x() > s.get("right-heel").x(), "toes point forward (right on the page)");
        assertTrue(s.get("right-hip").z() > s.get("left-hip").z(), "the right side is nearer the side camera");
        assertEquals(0.015, s.get("right-heel").y(), 1e-9, "feet rest on the floor");
    }

    @Test
    void hipFlexionLiftsTheThighForwardAndKneeFlexionFoldsTheShinBack() {
        Map<String, Vec> pts = Skeleton.points(Pose.Posture.STANDING, stance(side(90, 90, 0), N), 0);
        Vec hip = pts.get("left-hip");
        Vec knee = pts.get("left-knee");
        Vec ankle = pts.get("left-ankle");
        assertEquals(hip.y(), knee.y(), 1e-9, "thigh level at 90 degrees");
        assertTrue(knee.x() > hip.x() + 0.4, "thigh forward");
        assertEquals(knee.x(), ankle.x(), 1e-9, "shin hangs straight down at 90 degrees of knee bend");
        assertTrue(ankle.y() < knee.y());
    }

    @Test
    void pointingTheFootLiftsTheHeelAndTheBody() {
        Stance flat = stance(N, N, "toes", "heels");
        Stance up = stance(side(0, 0, -35), side(0, 0, -35), "toes");
        Figure.Placed placed = Figure.place(pose(Pose.Posture.STANDING, flat, up));
        assertTrue(
                placed.end().get("right-heel").y()
                        > placed.end().get("right-toes").y() + 0.05,
                "heel lifted");
        assertTrue(placed.end().get("pelvis").y() > placed.start().get("pelvis").y() + 0.05, "body rises");
    }

    @Test
    void abductionTakesEachLegOutwardsAndShoulderFlexionTakesTheArmOverhead() {
        Stance.Side abducted = new Stance.Side(0, 30, 0, 0, 0, 180, 0, 0);
        Map<String, Vec> pts = Skeleton.points(Pose.Posture.STANDING, stance(abducted, abducted), 0);
        assertTrue(pts.get("right-knee").z() > pts.get("right-hip").z() + 0.1, "right leg out to the right");
        assertTrue(pts.get("left-knee").z() < pts.get("left-hip").z() - 0.1, "left leg out to the left");
        assertTrue(pts.get("left-hand").y() > pts.get("head").y(), "hand above the head");
    }

    @Test
    void postureTurnsTheBody() {
        Map<String, Vec> supine = Skeleton.points(Pose.Posture.SUPINE, stance(N, N), 0);
        assertTrue(supine.get("head").x() < supine.get("pelvis").x() - 0.5, "supine: head to the left");
        assertTrue(supine.get("right-toes").y() > supine.get("right-heel").y(), "supine: toes up");
        Map<String, Vec> prone = Skeleton.points(Pose.Posture.PRONE, stance(N, N), 0);
        assertTrue(prone.get("head").x() > prone.get("pelvis").x() + 0.5, "prone: head to the right");
        assertTrue(prone.get("right-toes").y() < prone.get("right-heel").y(), "prone: toes down");
        Map<String, Vec> side = Skeleton.points(Pose.Posture.SIDE_LYING_RIGHT, stance(N, N), 0);
        assertTrue(side.get("left-hip").y() > side.get("right-hip").y(), "lying on the right side: left hip on top");
    }

    @Test
    void aClamshellLiftsTheTopKneeWhileTheFeetStayTogether() {
        Stance.Side bent = new Stance.Side(45, 0, 0, 90, 0, 0, 0, 0);
        Stance.Side open = new Stance.Side(45, 25, 35, 90, 0, 0, 0, 0);
        Figure.Placed placed =
                Figure.place(pose(Pose.Posture.SIDE_LYING_RIGHT, stance(bent, bent), stance(open, bent)));
        double kneeRise = placed.end().get("left-knee").y()
                - placed.start().get("left-knee").y();
        double footRise = placed.end().get("left-ankle").y()
                - placed.start().get("left-ankle").y();
        assertTrue(kneeRise > 0.15, "top knee lifts: " + kneeRise);
        assertTrue(kneeRise > 2 * Math.abs(footRise), "the foot moves much less than the knee: " + footRise);
    }

    @Test
    void groundPointsFarApartLevelTheBody() {
        // a bridge: shoulders and feet on the floor, hips up
        Stance down = stance(side(50, 100, 0), side(50, 100, 0), "shoulders", "feet");
        Stance up = stance(side(0, 100, 0), side(0, 100, 0), "shoulders", "feet");
        Figure.Placed placed = Figure.place(pose(Pose.Posture.SUPINE, down, up));
        for (Map<String, Vec> pts : List.of(placed.start(), placed.end())) {
            assertEquals(0.07, pts.get("right-shoulder").y(), 0.03, "shoulders on the floor");
            assertEquals(
                    0.015,
                    Math.min(pts.get("right-heel").y(), pts.get("right-toes").y()),
                    0.03,
                    "feet down");
        }
        assertTrue(placed.end().get("pelvis").y() > placed.start().get("pelvis").y() + 0.2, "hips lift");
    }

    @Test
    void aDrawingFitsItsBoxHasLimbsAnArrowAndWritesValidSvg() {
        Pose p = pose(
                Pose.Posture.SUPINE,
                stance(side(50, 100, 0), side(50, 100, 0), "shoulders", "feet"),
                stance(side(0, 100, 0), side(0, 100, 0), "shoulders", "feet"),
                new Pose.Prop("band", "knees"));
        Figure.Drawing d = Figure.draw(p);
        double[] b = d.bounds();
        double e = 1e-6;
        assertTrue(
                b[0] >= -e && b[1] >= -e && b[2] <= Figure.WIDTH + e && b[3] <= Figure.HEIGHT + e,
                java.util.Arrays.toString(b));
        assertTrue(d.shapes().stream().filter(s -> s instanceof Figure.Line).count() >= 20, "two figures of limbs");
        assertTrue(d.shapes().stream().anyMatch(s -> s instanceof Figure.Curve), "an arrow");
        assertTrue(
                d.shapes().stream()
                        .anyMatch(s -> s instanceof Figure.Line l && l.color().equals(Figure.BAND)),
                "the band");
        String svg = d.svg("A <bridge> & more");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.contains("alt=\"A &lt;bridge&gt; &amp; more\""), "label escaped");
        assertFalse(svg.contains("NaN"));
        assertFalse(svg.contains("Infinity"));
    }

    @Test
    void aPropPlacedByTheStartCarriesOnlyTheStartAndItsHeightCanBeSet() {
        // a drop landing: standing on a 45 cm box, landing on the floor in front of it
        Stance standing = stance(N, N, "feet");
        Stance landed = new Stance(null, 0, 0, 0, 50, 0, side(70, 80, 20), side(70, 80, 20), List.of("feet"));
        Pose p = new Pose(
                Pose.Posture.STANDING,
                Pose.View.SIDE,
                0,
                0,
                List.of(new Pose.Prop("box", "feet", null, 0.45, true)),
                List.of(),
                null,
                "none",
                Pose.Focus.WHOLE,
                standing,
                landed);
        Figure.Placed placed = Figure.place(p);
        assertEquals(0.45 + 0.015, placed.start().get("right-heel").y(), 1e-9, "start stands on the box");
        assertEquals(
                0.015,
                Math.min(
                        placed.end().get("right-heel").y(),
                        placed.end().get("right-toes").y()),
                1e-9);
        assertTrue(placed.end().get("pelvis").x() > placed.start().get("pelvis").x() + 0.4, "lands in front");
    }

    @Test
    void sideCentimetresMoveTheBodyToItsRight() {
        Stance there = new Stance(null, 0, 0, 0, 0, 40, N, N, List.of("feet"));
        Figure.Placed placed = Figure.place(new Pose(
                Pose.Posture.STANDING,
                Pose.View.FRONT,
                90,
                0,
                List.of(),
                List.of(),
                null,
                "none",
                Pose.Focus.WHOLE,
                stance(N, N, "feet"),
                there));
        assertEquals(
                0.4,
                placed.end().get("pelvis").z() - placed.start().get("pelvis").z(),
                1e-9);
    }

    @Test
    void aBenchRunsAwayFromThePelvisUnlessItIsUnderIt() {
        // a hip thrust at its lowest: the upper back on the bench's end, the hips dropped in front of it
        Stance low = stance(side(80, 70, 0), side(80, 70, 0), "upper-back", "feet");
        Pose thrust = pose(Pose.Posture.SUPINE, low, low, new Pose.Prop("bench", "upper-back", null, null, false));
        Map<String, Vec> p = Figure.place(thrust).end();
        double[] bench = Figure.benchSpan("upper-back", p);
        double pelvis = p.get("pelvis").x();
        assertTrue(pelvis < bench[0] || pelvis > bench[1], "the dropped hips are not inside the bench");
        double back = p.get("upper-back").x();
        assertTrue(back >= bench[0] && back <= bench[1], "the upper back rests on it");

        double[] seat = Figure.benchSpan("pelvis", p);
        assertTrue(pelvis > seat[0] && pelvis < seat[1], "sitting: the bench is under the pelvis");
    }

    @Test
    void numbersAreWrittenShortAndSigned() {
        assertEquals("-0.5", Figure.n(-0.5));
        assertEquals("0", Figure.n(-0.01));
        assertEquals("12", Figure.n(12.0));
        assertEquals("10.1", Figure.n(10.06));
    }
}
