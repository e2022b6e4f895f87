package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blueprint's {@code deload} may leave out {@code every}: its cut and reps in reserve apply at the cadence of the
 * athlete's experience (policies.yaml). It once planned lighter weeks "every 0 weeks", and the engine never finished.
 */
class DeloadCadenceTest {

    static final Path SEED = Path.of("seeds/physio-gluteal-tendinopathy.yaml");
    static final String BLUEPRINT = "gluteal-tendinopathy-runner.yaml";
    static final String DELOAD = "deload: {every: 4, volume-cut: 40, rir-increase: 2}";

    /** A library layer holding the bundled blueprint with its deload line replaced. */
    static Path layer(Path dir, String deload) throws IOException {
        Files.createDirectories(dir.resolve("blueprints"));
        Files.createDirectories(dir.resolve("exercises"));
        Files.copy(Path.of("exercise-library/exercises/glute-bridge.yaml"), dir.resolve("exercises/glute-bridge.yaml"));
        String text = Files.readString(Path.of("exercise-library/blueprints").resolve(BLUEPRINT));
        assertTrue(text.contains(DELOAD), "the bundled blueprint's deload line");
        Files.writeString(dir.resolve("blueprints").resolve(BLUEPRINT), text.replace(DELOAD, deload));
        return dir;
    }

    static List<Boolean> lighter(Program p) {
        return p.stages().stream()
                .flatMap(s -> s.weeks().stream())
                .map(Program.Week::deload)
                .toList();
    }

    @Test
    void aBlueprintDeloadWithoutEveryTakesTheExperiencesCadence(@TempDir Path tmp) throws IOException {
        Planner base = new Planner(List.of());
        Rules rules = base.rules();
        Profile profile = new ProfileReader(base.library(), rules).read(SEED, SEED.toString());
        int every = rules.deloadEveryByExperience()
                .getOrDefault(profile.experience(), rules.deload().every());
        Path without = layer(tmp.resolve("without"), "deload: {volume-cut: 40, rir-increase: 2}");
        Path explicit =
                layer(tmp.resolve("explicit"), "deload: {every: " + every + ", volume-cut: 40, rir-increase: 2}");

        // a guard against the old endless loop, not a speed check: planning takes well under a second
        Program p = assertTimeoutPreemptively(
                Duration.ofSeconds(60),
                () -> new Planner(List.of(without)).plan(SEED, null).programs().get(0));
        Program q = new Planner(List.of(explicit)).plan(SEED, null).programs().get(0);
        assertTrue(lighter(p).contains(true), "there are lighter weeks");
        assertEquals(lighter(q), lighter(p), "the same weeks as with every: " + every + " written out");
        assertTrue(
                p.explanations().stream()
                        .anyMatch(e -> e.source().contains("deload-every")
                                && e.source().contains(BLUEPRINT)),
                "--explain names both sources");
        assertFalse(
                q.explanations().stream().anyMatch(e -> e.source().contains("deload-every")),
                "a blueprint with its own every does not");
    }
}
