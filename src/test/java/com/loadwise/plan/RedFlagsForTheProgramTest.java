package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A red flag marked {@code running: true}, and a pain model's running words after a flare, print only in a program
 * with running sessions (red-flags.yaml, pain-models.yaml).
 */
class RedFlagsForTheProgramTest {

    static boolean runs(Program p) {
        return p.stages().stream()
                .flatMap(s -> s.weeks().stream())
                .flatMap(w -> w.days().stream())
                .flatMap(d -> d.sessions().stream())
                .anyMatch(s -> s.run() != null);
    }

    @Test
    void runningFlagsOnlyWhereThereIsRunning() {
        Planner planner = new Planner(List.of());
        Program noRunning = planner.plan(Path.of("seeds/physio-lateral-hip-pain-older-adult.yaml"), null)
                .programs()
                .get(0);
        Program running = planner.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null)
                .programs()
                .get(0);
        assertFalse(runs(noRunning));
        assertTrue(runs(running));
        String during = "Your pain builds during a run instead of settling as you warm up.";
        assertTrue(running.redFlags().contains(during), running.redFlags().toString());
        assertFalse(noRunning.redFlags().contains(during), noRunning.redFlags().toString());
        for (String f : noRunning.redFlags()) {
            assertFalse(f.matches("(?i).*\\b(run|running)\\b.*"), "a flag about running in a plan without: " + f);
        }
        assertFalse(noRunning.redFlags().isEmpty());
        // and what to do after a flare says nothing of a running ladder (pain-models.yaml after-flare-without-running)
        assertFalse(
                noRunning.painModel().afterFlare().contains("running"),
                noRunning.painModel().afterFlare());
        noRunning.stages().forEach(st -> assertFalse(st.afterFlare().contains("running"), st.afterFlare()));
        assertTrue(
                running.painModel().afterFlare().contains("running ladder"),
                running.painModel().afterFlare());
    }
}
