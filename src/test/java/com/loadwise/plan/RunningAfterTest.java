package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.export.ProgramText;
import com.loadwise.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A program without a race that ends short of the runner's usual week says where its running stands and the limits
 * to build back under ({@link Program.RunningAfter}); one that ends at or above it, one with a race and one without
 * running say nothing.
 */
class RunningAfterTest {

    static Planner planner;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
    }

    static Program seed(String name) {
        return planner.plan(Path.of("seeds/" + name + ".yaml"), null).programs().get(0);
    }

    /** The program's last week that is neither lighter nor a taper week and has running. */
    static Program.Week lastFull(Program p) {
        Program.Week last = null;
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                if (!w.deload() && !w.stepBack() && !w.taper() && w.runMinutes() > 0) {
                    last = w;
                }
            }
        }
        return last;
    }

    @Test
    void theItbRunnerEndsShortOfTheirUsualWeekAndIsToldHowToBuildBack() {
        Program p = seed("physio-itb-syndrome");
        Program.RunningAfter a = p.runningAfter();
        assertNotNull(a);
        Program.Week last = lastFull(p);
        assertEquals(last.number(), a.week());
        assertEquals(last.runMinutes(), a.minutes());
        // the seed's running: {weekly-minutes: 180}; policies.yaml: weekly-cap 10, single-run-cap 110 over 30 days;
        // the blueprint's lighter week every 4th
        assertEquals(180, a.usualMinutes());
        assertTrue(a.minutes() < a.usualMinutes(), a.toString());
        assertEquals(10, a.weeklyCap());
        assertEquals(10, a.singleRunOver());
        assertEquals(30, a.lookbackDays());
        assertEquals(4, a.lighterEvery());
        // the last week of all is a lighter one, so the week named is an earlier one
        Program.StageBlock lastStage = p.stages().get(p.stages().size() - 1);
        Program.Week end = lastStage.weeks().get(lastStage.weeks().size() - 1);
        assertTrue(end.deload(), "the ITB seed ends on a lighter week");
        assertTrue(a.week() < end.number());

        // --explain says why, with its sources
        Program.Explanation why = p.explanations().stream()
                .filter(x -> x.topic().equals("after the plan"))
                .findFirst()
                .orElseThrow();
        assertEquals(
                "running ends at " + a.minutes() + " min (week " + a.week() + ") of the usual 180 min a week",
                why.decision());
        assertTrue(
                why.source().contains("running.single-run-cap") && why.source().contains("deload"), why.source());

        String en = ProgramText.render(List.of(p), false, Messages.english());
        assertTrue(
                en.contains("After this plan: its last full week has " + a.minutes()
                        + " min of running; before, you ran 180 min a week. Build back towards that by at most 10% a"
                        + " week, with no run more than 10% longer than your longest of the last 30 days and a"
                        + " lighter week every 4 weeks."),
                en);
        String es = ProgramText.render(List.of(p), false, Messages.of("es"));
        assertTrue(es.contains("Después de este plan: su última semana completa tiene " + a.minutes()), es);
        assertTrue(es.contains("un 10 % a la semana"), es);
    }

    @Test
    void aProgramThatEndsAtOrAboveTheUsualWeekSaysNothing() {
        Program p = seed("physio-hip-impingement");
        assertTrue(lastFull(p).runMinutes() >= 90, "the seed's usual week is 90 min");
        assertNull(p.runningAfter());
        assertTrue(!ProgramText.render(List.of(p), false, Messages.english()).contains("After this plan"));
        assertTrue(p.explanations().stream().noneMatch(x -> x.topic().equals("after the plan")));
    }

    @Test
    void aRaceOrNoRunningOrNoUsualWeekSaysNothing() {
        // the 10k runner tapers to a race: what follows it is not this plan's to say
        assertNull(seed("runner-10k-self-guided").runningAfter());
        // no running at all
        assertNull(seed("physio-lateral-hip-pain-older-adult").runningAfter());
        // a return to running from nothing: no usual week to build back to
        Program bone = seed("physio-bone-stress-return-to-run");
        assertNotNull(lastFull(bone));
        assertNull(bone.runningAfter());
    }
}
