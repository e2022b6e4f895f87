package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.io.Bundled;
import com.loadwise.plan.Blueprint;
import com.loadwise.plan.BlueprintReader;
import com.loadwise.plan.Engine;
import com.loadwise.plan.Planner;
import com.loadwise.plan.ProfileGenerator;
import com.loadwise.plan.Program;
import com.loadwise.plan.Rules;
import com.loadwise.testing.PainNumbers;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * What a reader of any generated program's handout sees about pain and safety: every pain number on the printed
 * page (cards, criteria, the pain guide, red flags, education) agrees with the program's pain model; the amber row
 * is printed exactly when the model has an amber zone; the reader is told to contact the right person, and a reader
 * whose profile names no clinician never reads the word.
 */
class HandoutInvariantsTest {

    static Planner planner;
    static Handouts handouts;
    static Rules rules;
    static ProfileGenerator generator;
    static final HandoutBuilder.Options A4 = new HandoutBuilder.Options("a4", false, Branding.none());

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
        rules = planner.rules();
        handouts = new Handouts(planner.library(), null);
        Map<String, Blueprint> blueprints = new LinkedHashMap<>();
        Path dir = Bundled.libraryRoot().resolve("blueprints");
        for (String id : Planner.ids(dir)) {
            blueprints.put(id, new BlueprintReader(planner.library(), rules).read(dir.resolve(id + ".yaml"), id));
        }
        generator = new ProfileGenerator(planner.library(), rules, blueprints);
    }

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void painNumbersAndContactsOnThePageFollowTheProgram(long seed) {
        ProfileGenerator.Case c = generator.generate(seed);
        Program p = new Engine(planner.library(), rules)
                .plan(c.blueprint(), c.profile(), c.profile().athletes().get(0));
        String where =
                "seed " + seed + " (" + c.blueprint().id() + ", " + c.profile().kind() + ")";
        String xhtml = handouts.xhtml(p, A4);
        String text = xhtml.replaceAll("(?s)<style.*?</style>", " ")
                .replaceAll("(?s)<svg.*?</svg>", " ")
                .replaceAll("<[^>]+>", " ")
                .replace("&amp;", "&")
                .replaceAll("\\s+", " ");
        Rules.PainModel model = rules.painModels().get(c.blueprint().painModel());

        List<String> wrong = PainNumbers.inconsistent(text, model.limits());
        assertTrue(wrong.isEmpty(), where + ": pain numbers on the page disagree with " + model.id() + ": " + wrong);
        assertEquals(
                model.limits().repeatMax() != null,
                xhtml.contains("Amber: hold"),
                where + ": the amber row does not match the pain model");
        String contact =
                rules.redFlags().contactFor(c.profile().kind(), c.profile().clinician() != null);
        assertTrue(text.contains("Stop and contact " + contact + " if"), where + ": red flags addressed wrongly");
        assertFalse(text.contains("{contact}") || text.contains("{Contact}"), where + ": a placeholder is printed");
        if (c.profile().clinician() == null) {
            int at = text.toLowerCase(Locale.ROOT).indexOf("clinician");
            assertTrue(
                    at < 0,
                    where + ": a reader with no clinician reads '"
                            + (at < 0 ? "" : text.substring(Math.max(0, at - 80), at + 20)) + "'");
        }
    }
}
