package com.loadwise.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.library.LibraryLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled level has a picture, and every pose draws a sound figure. */
class BundledFiguresTest {

    static ExerciseLibrary library;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().load(List.of());
    }

    record Case(Exercise exercise, Level level) {
        @Override
        public String toString() {
            return exercise.id() + "/" + level.id();
        }
    }

    static Stream<Case> levels() {
        ExerciseLibrary lib = new LibraryLoader().load(List.of());
        List<Case> out = new ArrayList<>();
        for (Exercise e : lib.exercises().values()) {
            for (Level l : e.levels()) {
                out.add(new Case(e, l));
            }
        }
        return out.stream();
    }

    @Test
    void everyBundledLevelHasAPoseOrAnImage() {
        List<String> without = new ArrayList<>();
        for (Exercise e : library.exercises().values()) {
            for (Level l : e.levels()) {
                if (l.pose() == null && l.image() == null) {
                    without.add(e.id() + "/" + l.id());
                }
            }
        }
        assertEquals(List.of(), without, "levels without a picture");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("levels")
    void everyPoseDrawsAFigureInsideItsBoxThatMoves(Case c) {
        Pose pose = c.level().pose();
        if (pose == null) {
            assertTrue(c.level().image() != null, c + " has neither a pose nor an image");
            return;
        }
        Figure.Drawing d = Figure.draw(pose);

        // the whole body inside its box: never cropped, head and feet in view at the start and the end
        double[] b = d.bounds();
        assertTrue(!d.cropped(), c + " is cropped to part of the body");
        assertTrue(
                b[0] >= -0.01 && b[1] >= -0.01 && b[2] <= Figure.WIDTH + 0.01 && b[3] <= Figure.HEIGHT + 0.01,
                c + " leaves its box: " + java.util.Arrays.toString(b));
        for (java.util.Map<String, Figure.Vec2> at : List.of(d.start(), d.end())) {
            for (String point : List.of("head", "left-toes", "right-toes")) {
                Figure.Vec2 q = at.get(point);
                assertTrue(
                        q.x() >= 0 && q.x() <= Figure.WIDTH && q.y() >= 0 && q.y() <= Figure.HEIGHT,
                        c + ": the " + point + " is outside the picture at " + q);
            }
        }
        // not empty: both figures' limbs, and the drawing is bigger than a speck
        long limbs = d.shapes().stream().filter(s -> s instanceof Figure.Line).count();
        assertTrue(limbs >= 20, c + " has only " + limbs + " lines");
        assertTrue(b[2] - b[0] > Figure.WIDTH / 4 || b[3] - b[1] > Figure.HEIGHT / 2, c + " is tiny");
        // the start and end positions differ visibly on the page (at least 3 units, about 1 mm printed)
        double moved = 0;
        for (String p : d.start().keySet()) {
            Figure.Vec2 a = d.start().get(p);
            Figure.Vec2 e = d.end().get(p);
            moved = Math.max(moved, Math.hypot(a.x() - e.x(), a.y() - e.y()));
        }
        assertTrue(moved >= 3, c + ": start and end look the same (" + moved + ")");
        String svg = d.svg(c.toString());
        assertTrue(!svg.contains("NaN") && !svg.contains("Infinity"), c + " has a bad number");
    }
}
