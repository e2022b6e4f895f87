package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The compact layout ({@code --layout compact}): an overview page (stages, chart, pain guide, red flags), then each
 * stage on a page of its own with every one of its exercises and its weekly log; the seed client fits in six pages
 * on A4 and on Letter. (Its PDF/A and PDF/UA conformance is in {@link PdfConformanceTest}.)
 */
class CompactHandoutTest {

    static Planner planner;
    static Handouts handouts;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
        handouts = new Handouts(planner.library(), null);
    }

    @ParameterizedTest(name = "{0} on {1}, large print {2}")
    @CsvSource({
        "seeds/physio-gluteal-tendinopathy.yaml, a4, false, 6",
        "seeds/physio-gluteal-tendinopathy.yaml, letter, false, 6",
        "seeds/physio-gluteal-tendinopathy.yaml, a4, true, 12",
        "seeds/physio-bone-stress-return-to-run.yaml, a4, false, 8",
        "seeds/runner-10k-self-guided.yaml, a4, false, 8"
    })
    void eachStageStartsAPageWithAllItsExercisesAndTheWholeFitsInFewPages(
            String seed, String paper, boolean largePrint, int mostPages) throws IOException {
        // given a seed client's program
        Program program = planner.plan(Path.of(seed), null).programs().get(0);
        HandoutBuilder.Options compact = new HandoutBuilder.Options(paper, largePrint, Branding.none(), "compact");
        HandoutView view = new HandoutBuilder(planner.library()).build(program, compact);

        // when it prints compact
        byte[] pdf = handouts.pdf(program, compact);

        // then the overview page carries the stages, the pain guide and the red flags; each stage begins a page
        // and every card of the stage is printed on the pages up to the next stage; the whole is short
        List<String> pages = pages(pdf);
        assertTrue(pages.size() <= mostPages, seed + " on " + paper + ": " + pages.size() + " pages");
        String overview = pages.get(0).replaceAll("\\s+", " ");
        for (HandoutView.StageRow row : view.overview()) {
            assertTrue(overview.contains(row.number() + ". " + row.name()), row.name() + " missing on page 1");
        }
        assertTrue(overview.contains("Green: go") && overview.contains("Red: step back"), overview);
        // the red flags are on the overview page (in large print they may run on to the next)
        String opening = String.join(" ", pages.subList(0, largePrint ? 2 : 1)).replaceAll("\\s+", " ");
        assertTrue(opening.contains(view.flagsHeading().replaceAll("\\s+", " ")), opening);
        int page = 0;
        List<HandoutView.StageView> stages = view.stages();
        for (int i = 0; i < stages.size(); i++) {
            HandoutView.StageView stage = stages.get(i);
            String heading = "Stage " + stage.number() + ": " + stage.name();
            int start = find(pages, heading, page + 1);
            assertTrue(start < pages.size(), heading + " is not on a page of its own after the one before");
            int end = i + 1 < stages.size()
                    ? find(
                            pages,
                            "Stage " + stages.get(i + 1).number() + ": "
                                    + stages.get(i + 1).name(),
                            start + 1)
                    : pages.size();
            // compared without white space: a line may break anywhere in a long dose
            String text = String.join(" ", pages.subList(start, end));
            String solid = solid(text);
            for (HandoutView.Card card : stage.cards()) {
                assertTrue(solid.contains(solid(card.exercise())), card.exercise() + " missing from " + heading);
                assertTrue(solid.contains(solid(card.dose())), card.dose() + " missing from " + heading);
            }
            assertTrue(text.contains("Weekly log"), "no weekly log in " + heading);
            for (HandoutView.LogWeek week : stage.log()) {
                assertTrue(solid.contains(solid(week.dates())), "log week " + week.week() + " missing: " + heading);
            }
            assertEquals(
                    stage.log().stream()
                            .mapToLong(w -> w.cells().stream()
                                    .filter(HandoutView.LogCell::active)
                                    .count())
                            .sum(),
                    count(text, "pain __/10"),
                    "a pain box per day with a session in " + heading);
            page = start;
        }
    }

    /** The first page from {@code from} on that has {@code text}, or the number of pages. */
    private static int find(List<String> pages, String text, int from) {
        int i = from;
        while (i < pages.size() && !pages.get(i).replaceAll("\\s+", " ").contains(text)) {
            i++;
        }
        return i;
    }

    private static String solid(String text) {
        return text.replaceAll("\\s+", "");
    }

    private static int count(String text, String word) {
        return text.split(java.util.regex.Pattern.quote(word), -1).length - 1;
    }

    /** Each page's text, without the running header line. */
    static List<String> pages(byte[] pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                String text = stripper.getText(doc).strip();
                // the running header (clinic · client) opens every page after the first
                if (i > 1 && text.contains("\n")) {
                    text = text.substring(text.indexOf('\n') + 1).strip();
                }
                pages.add(text);
            }
        }
        return pages;
    }
}
