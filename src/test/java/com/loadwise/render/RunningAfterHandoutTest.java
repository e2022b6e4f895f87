package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.i18n.Messages;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The full handout prints where the running stands after the plan under the weekly-load chart; the compact layout,
 * whose pages are full, leaves it out (it is in the plan text and the JSON).
 */
class RunningAfterHandoutTest {

    @Test
    void theFullHandoutSaysWhereTheRunningEndsAndTheCompactOneLeavesItOut() {
        Planner planner = new Planner(List.of());
        Program p = planner.plan(Path.of("seeds/physio-itb-syndrome.yaml"), null)
                .programs()
                .get(0);
        String sentence = p.runningAfter().sentence(Messages.english());
        Handouts handouts = new Handouts(planner.library(), null, Messages.english());
        String full = handouts.xhtml(p, new HandoutBuilder.Options("a4", false, Branding.none(), "full"));
        String compact = handouts.xhtml(p, new HandoutBuilder.Options("a4", false, Branding.none(), "compact"));
        int chart = full.indexOf("class=\"chart\"");
        int after = full.indexOf("<p class=\"after\">" + sentence + "</p>");
        assertTrue(chart > 0 && after > chart, "the sentence follows the chart on the overview page");
        assertTrue(after < full.indexOf("class=\"warmup\""), "and comes before the warm-up");
        assertFalse(compact.contains("class=\"after\""), "the compact layout has no room for it");

        // a plan that ends at its usual week prints no empty paragraph
        Program fai = planner.plan(Path.of("seeds/physio-hip-impingement.yaml"), null)
                .programs()
                .get(0);
        assertFalse(handouts.xhtml(fai, new HandoutBuilder.Options("a4", false, Branding.none(), "full"))
                .contains("class=\"after\""));
    }
}
