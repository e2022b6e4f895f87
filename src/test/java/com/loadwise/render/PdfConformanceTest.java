package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The handouts pass veraPDF's PDF/A-3u (archival) and PDF/UA-1 (accessibility) checks. */
class PdfConformanceTest {

    static Planner planner;
    static Handouts handouts;

    @BeforeAll
    static void load() {
        VeraGreenfieldFoundryProvider.initialise();
        planner = new Planner(List.of());
        handouts = new Handouts(planner.library(), null);
    }

    @ParameterizedTest(name = "{0} ({2}) as {1}")
    @CsvSource({
        "seeds/physio-gluteal-tendinopathy.yaml, PDFA_3_U, full",
        "seeds/physio-gluteal-tendinopathy.yaml, PDFUA_1, full",
        "seeds/runner-10k-self-guided.yaml, PDFA_3_U, full",
        "seeds/runner-10k-self-guided.yaml, PDFUA_1, full",
        "seeds/physio-gluteal-tendinopathy.yaml, PDFA_3_U, compact",
        "seeds/physio-gluteal-tendinopathy.yaml, PDFUA_1, compact"
    })
    void handoutConforms(String seed, String flavourName, String layout) throws Exception {
        byte[] pdf = handouts.pdf(
                planner.plan(Path.of(seed), null).programs().get(0),
                new HandoutBuilder.Options("a4", false, Branding.none(), layout));
        assertConforms(pdf, flavourName);
    }

    /** With a check-in log: the "Since last time" page (its pain chart and list of changes) conforms too. */
    @ParameterizedTest(name = "with a check-in log as {0}")
    @CsvSource({"PDFA_3_U", "PDFUA_1"})
    void handoutWithSinceLastTimeConforms(String flavourName) throws Exception {
        Program program = planner.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null)
                .programs()
                .get(0);
        Path log = Path.of("seeds/logs/physio-gluteal-tendinopathy-flare-week-3.yaml");
        com.loadwise.plan.Review review = com.loadwise.plan.Review.of(
                program,
                new com.loadwise.plan.CheckInLogReader(planner.library()).read(log, log.toString(), program),
                planner.library());
        byte[] pdf = handouts.pdf(
                program, new HandoutBuilder.Options("a4", false, Branding.none(), "compact").since(review));
        assertConforms(pdf, flavourName);
    }

    /** A clinic's own pictures (a PNG, and an SVG drawn through Batik rather than our figure drawer) conform too. */
    @ParameterizedTest(name = "clinic pictures as {0}")
    @CsvSource({"PDFA_3_U", "PDFUA_1"})
    void handoutWithAClinicsPicturesConforms(String flavourName) throws Exception {
        Planner clinic = new Planner(List.of(Path.of("src/test/resources/clinic-library")));
        Program program = clinic.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null)
                .programs()
                .get(0);
        String xhtml = new Handouts(clinic.library(), null)
                .xhtml(program, new HandoutBuilder.Options("a4", false, Branding.none()));
        assertTrue(xhtml.contains("data:image/svg+xml"), "the handout carries the clinic's SVG picture");
        assertTrue(xhtml.contains("data:image/png"), "and its PNG picture");
        byte[] pdf = new Handouts(clinic.library(), null)
                .pdf(program, new HandoutBuilder.Options("a4", false, Branding.none()));
        assertConforms(pdf, flavourName);
    }

    static void assertConforms(byte[] pdf, String flavourName) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.valueOf(flavourName);

        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            ValidationResult result = validator.validate(parser);
            TreeSet<String> failed = new TreeSet<>();
            for (TestAssertion a : result.getTestAssertions()) {
                if (a.getStatus() == TestAssertion.Status.FAILED) {
                    failed.add(a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage()
                            + " at " + a.getLocation().getContext());
                }
            }
            assertEquals(new TreeSet<String>(), failed, flavourName + " failures");
            assertEquals(true, result.isCompliant(), flavourName + " not compliant");
        }
    }
}
