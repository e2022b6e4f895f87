package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadwise library figures}: a contact sheet of the levels' pictures with their labels. */
class FiguresCommandTest {

    static final String CLINIC = "src/test/resources/clinic-library";

    @Test
    void aContactSheetLabelsEveryLevelOfTheChosenExercises(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("figures.pdf");
        CliTest.Result r =
                CliTest.run("library", "figures", "clamshell", "split-squat/bodyweight", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("(5 levels"), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("clamshell/bodyweight"), text);
            assertTrue(text.contains("clamshell/side-plank-feet"), text);
            assertTrue(text.contains("split-squat/bodyweight"), text);
            assertTrue(!text.contains("split-squat/supported"), "only the chosen level of split squat");
        }
    }

    @Test
    void imageFilesArePrintedAsTheyAreAndLevelsWithoutAPictureAreMarked(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("figures.html");
        CliTest.Result r = CliTest.run(
                "library", "figures", "glute-bridge", "--library", CLINIC, "--format", "html", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        String html = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(html.contains("src=\"data:image/png;base64,"), "the PNG of the clinic's double-leg bridge");
        assertTrue(html.contains("src=\"data:image/svg+xml;base64,"), "the SVG of the clinic's marching bridge");
        assertTrue(html.contains("No pose or image"), "the clinic's levels without a picture are marked");
        assertTrue(r.err().contains("without a pose or image"), r.err());
    }

    @Test
    void anSvgPictureAndPoseFiguresRenderIntoThePdf(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("figures.pdf");
        CliTest.Result r = CliTest.run(
                "library",
                "figures",
                "glute-bridge/marching",
                "clamshell/bodyweight",
                "--library",
                CLINIC,
                "-o",
                out.toString());
        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("glute-bridge/marching") && text.contains("clamshell/bodyweight"), text);
            // Batik draws the figures as vector paths into the page (or a form XObject on it)
            byte[] content = doc.getPage(0).getContents().readAllBytes();
            long forms = 0;
            for (var name : doc.getPage(0).getResources().getXObjectNames()) {
                forms++;
            }
            assertTrue(content.length > 2000 || forms > 0, "the page has drawing operations");
        }
    }

    @Test
    void anUnknownIdIsAUsageErrorWithTheNearestName(@TempDir Path tmp) {
        CliTest.Result r = CliTest.run(
                "library", "figures", "clamshel", "-o", tmp.resolve("x.pdf").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("did you mean 'clamshell'?"), r.err());
        CliTest.Result level = CliTest.run(
                "library",
                "figures",
                "clamshell/nope",
                "-o",
                tmp.resolve("x.pdf").toString());
        assertEquals(2, level.code());
        assertTrue(level.err().contains("its levels: bodyweight, mini-band"), level.err());
        assertTrue(!Files.exists(tmp.resolve("x.pdf")), "nothing written on error");
    }
}
