package com.loadwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The bundled library loads cleanly and covers what the foundation issue asks for. */
class BundledLibraryTest {

    static ExerciseLibrary library;

    @BeforeAll
    static void load() {
        library = new LibraryLoader().load(List.of());
    }

    @Test
    void loadsAtLeast35FamiliesWithoutProblems() {
        assertTrue(
                library.exercises().size() >= 35, "only " + library.exercises().size() + " families");
        assertTrue(library.replaced().isEmpty());
    }

    /** One level per item of the content list; each must exist. */
    @Test
    void coversEveryRequiredProgression() {
        List<String> required = List.of(
                "glute-bridge/double-leg",
                "glute-bridge/single-leg-hip-thrust-loaded",
                "clamshell/bodyweight",
                "clamshell/mini-band",
                "clamshell/side-plank-knees",
                "hip-abduction-side-lying/short-range",
                "hip-abduction-standing/mini-band",
                "isometric-bridge-hold/double-leg",
                "isometric-abduction-hold/supine-band-push",
                "isometric-hamstring-hold/prone-heel-push",
                "front-plank/knees",
                "side-plank/feet",
                "squat/bodyweight",
                "squat/goblet",
                "squat/back-squat",
                "single-leg-squat/box-touch-and-go",
                "single-leg-squat/pistol",
                "split-squat/bodyweight",
                "split-squat/rear-foot-elevated",
                "split-squat/rear-foot-elevated-dumbbell",
                "reverse-lunge/dumbbell",
                "forward-lunge/dumbbell",
                "walking-lunge/dumbbell",
                "step-up/forward-box",
                "step-up/lateral",
                "step-down/forward-box",
                "step-down/lateral",
                "step-down/retro",
                "slider-lunge/reverse",
                "slider-hamstring-curl/double-leg-curl",
                "hip-hinge/hinge-drill",
                "hip-hinge/kettlebell-deadlift",
                "hip-hinge/romanian-deadlift",
                "hip-hinge/single-leg-rdl-loaded",
                "calf-raise-straight-knee/double-leg-floor",
                "calf-raise-straight-knee/single-leg-step",
                "calf-raise-straight-knee/loaded-single-leg-step",
                "calf-raise-bent-knee/loaded-single-leg-bent-knee",
                "hamstring-bridge-walkout/bridge-walkout",
                "hamstring-bridge-walkout/nordic-full",
                "hip-flexor-strength/supine-march",
                "copenhagen-plank/short-lever",
                "sled-push/walking-push",
                "sled-pull/backward-drag",
                "sled-pull/resisted-run",
                "pogo-hops/double-leg-in-place",
                "skipping/a-skip",
                "line-hops/two-leg-forward-back",
                "bounding/alternate-leg-bounding",
                "single-leg-hops/hop-and-stick",
                "depth-jumps/depth-jump-low",
                "leg-swings/front-back",
                "walking-lunge-drill/walking-lunge",
                "warm-up-drills/high-knees",
                "hip-flexor-stretch/half-kneeling",
                "quad-stretch/standing-wall",
                "hamstring-stretch/lying-band",
                "glute-stretch/figure-four-lying",
                "calf-stretch/wall-straight-knee",
                "foam-rolling/calves",
                "pilates-core/dead-bug",
                "cross-training-bike/easy-steady",
                "cross-training-swim/easy-continuous",
                "pool-running/easy-continuous");
        List<String> missing = new ArrayList<>();
        for (String ref : required) {
            String[] parts = ref.split("/");
            if (library.level(new LevelRef(parts[0], parts[1])).isEmpty()) {
                missing.add(ref);
            }
        }
        assertEquals(List.of(), missing, "required progressions missing from the bundled library");
    }

    @Test
    void everyLadderHasAtLeastThreeLevelsAndCriteriaToMove() {
        for (Exercise e : library.all()) {
            assertTrue(
                    e.levels().size() >= 3, e.id() + " has only " + e.levels().size() + " levels");
            for (int i = 0; i < e.levels().size(); i++) {
                Level l = e.levels().get(i);
                assertNotNull(l.regressWhen(), e.id() + "/" + l.id() + " has no regress-when");
                if (i < e.levels().size() - 1) {
                    assertNotNull(l.progressWhen(), e.id() + "/" + l.id() + " (not the top) has no progress-when");
                }
            }
        }
    }

    @Test
    void plyometricLevelsAreTaggedAsImpact() {
        for (Exercise e : library.byPattern("plyometric")) {
            for (Level l : e.levels()) {
                if (l.impact() != Impact.NONE) {
                    assertTrue(l.hasTag("impact"), e.id() + "/" + l.id() + " lands but is not tagged impact");
                }
            }
        }
    }

    @Test
    void everyBundledFileStartsWithTheSchemaLineAndHoldsOneFamilyNamedLikeIt() throws IOException {
        Path dir = Path.of("exercise-library/exercises");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.sorted().toList()) {
                String first = Files.readAllLines(f).get(0);
                assertEquals("# yaml-language-server: $schema=../schema/exercises.schema.json", first, f.toString());
                String id = f.getFileName().toString().replace(".yaml", "");
                Exercise e = library.exercise(id).orElse(null);
                assertNotNull(e, f + " does not define an exercise with id " + id);
                assertTrue(e.origin().file().endsWith(f.getFileName().toString()));
            }
        }
    }

    @Test
    void everyExerciseRecordsWhereItCameFrom() {
        for (Exercise e : library.all()) {
            assertTrue(e.origin().bundled());
            assertTrue(
                    e.origin().file().startsWith("exercise-library/exercises/"),
                    e.origin().file());
            assertFalse(e.origin().position().line() == 0);
        }
    }
}
