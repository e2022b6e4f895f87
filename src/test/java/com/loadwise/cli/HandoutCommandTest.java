package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadwise handout} and {@code loadwise team} end to end. */
class HandoutCommandTest {

    @Test
    void handoutWritesAPdfAndLeavesNoTemporaryFile(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("handout.pdf");

        CliTest.Result r = CliTest.run("handout", "seeds/physio-gluteal-tendinopathy.yaml", "-o", out.toString());

        assertEquals(0, r.code(), r.err());
        assertTrue(
                new String(Files.readAllBytes(out), 0, 5, java.nio.charset.StandardCharsets.US_ASCII).equals("%PDF-"));
        try (Stream<Path> files = Files.list(tmp)) {
            assertEquals(List.of(out), files.toList());
        }
    }

    @Test
    void brandingAppearsOnTheCover(@TempDir Path tmp) throws IOException {
        Path branding = tmp.resolve("brand.yaml");
        Files.writeString(branding, "name: Riverside Sports Clinic\ncontact: 01 234 5678\naccent: \"#7a1f5c\"\n");
        Path out = tmp.resolve("h.pdf");

        CliTest.Result r = CliTest.run(
                "handout",
                "seeds/runner-10k-self-guided.yaml",
                "-o",
                out.toString(),
                "--branding",
                branding.toString());

        assertEquals(0, r.code(), r.err());
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String cover = new PDFTextStripper() {
                {
                    setEndPage(1);
                }
            }.getText(doc);
            assertTrue(cover.contains("Riverside Sports Clinic"), cover);
            assertTrue(cover.contains("01 234 5678"));
        }
    }

    @Test
    void aBadBrandingColourIsInvalidInput(@TempDir Path tmp) throws IOException {
        Path branding = tmp.resolve("brand.yaml");
        Files.writeString(branding, "name: X\naccent: purple\n");

        CliTest.Result r = CliTest.run(
                "handout",
                "seeds/runner-10k-self-guided.yaml",
                "-o",
                tmp.resolve("h.pdf").toString(),
                "--branding",
                branding.toString());

        assertEquals(1, r.code());
        assertTrue(r.err().contains(":2:9: accent 'purple' is not a colour"), r.err());
    }

    @Test
    void handoutOfATeamPointsToTheTeamCommand(@TempDir Path tmp) {
        CliTest.Result r = CliTest.run(
                "handout",
                "seeds/coach-team-preseason.yaml",
                "-o",
                tmp.resolve("x.pdf").toString());

        assertEquals(2, r.code());
        assertTrue(r.err().contains("use 'loadwise team"), r.err());
    }

    @Test
    void aTeamOf24GivesOneHandoutEachPlusBookletAndCoachSheet(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("team");

        CliTest.Result r = CliTest.run("team", "seeds/coach-team-preseason.yaml", "--out-dir", out.toString());

        assertEquals(0, r.code(), r.err());
        List<String> names;
        try (Stream<Path> files = Files.list(out)) {
            names = files.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(26, names.size(), names.toString());
        assertTrue(names.contains("team-booklet.pdf"));
        assertTrue(names.contains("coach-sheet.pdf"));
        assertTrue(names.contains("01-tomas-o-neill.pdf"), names.toString());
        try (PDDocument sheet = Loader.loadPDF(out.resolve("coach-sheet.pdf").toFile())) {
            assertTrue(
                    sheet.getPage(0).getMediaBox().getWidth()
                            > sheet.getPage(0).getMediaBox().getHeight(),
                    "the coach sheet is landscape");
            String text = new PDFTextStripper().getText(sheet);
            assertTrue(text.contains("Tomás O'Neill"));
            assertTrue(text.contains(" kg"), "loads print in kg");
        }
        try (PDDocument booklet = Loader.loadPDF(out.resolve("team-booklet.pdf").toFile())) {
            String text = new PDFTextStripper().getText(booklet);
            assertTrue(text.contains("Roster"));
            assertTrue(text.contains("Marcus Reid, Jr."), "a name with a comma survives the CSV");
        }
    }

    /** A templates folder in {@code tmp} whose handout template is {@code text}. */
    private static Path handoutTemplate(Path tmp, String text) throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("handout.mustache"), text);
        return templates;
    }

    /** The seed client's handout into {@code out}, with the templates of {@code templates}. */
    private static CliTest.Result handoutWithTemplates(Path templates, Path out) {
        return CliTest.run(
                "handout",
                "seeds/physio-gluteal-tendinopathy.yaml",
                "-o",
                out.toString(),
                "--templates",
                templates.toString());
    }

    @Test
    void aTemplateThatMakesMalformedXhtmlIsAnInputErrorAndTheOldFileStays(@TempDir Path tmp) throws IOException {
        Path templates =
                handoutTemplate(tmp, "<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body><p>{{title}}</body></html>");
        Path out = Files.writeString(tmp.resolve("h.pdf"), "old");

        CliTest.Result r = handoutWithTemplates(templates, out);

        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("template: makes XHTML that is not well-formed at line 2, column "), r.err());
        assertTrue(r.err().contains("must be terminated by the matching end-tag"), r.err());
        assertEquals("old", Files.readString(out));
    }

    @Test
    void aTemplateThatNamesNoFontStillPrintsItsText(@TempDir Path tmp) throws IOException {
        // given: a clinic's own handout template with no style sheet (PDF/A allows only embedded fonts, and
        // openhtmltopdf drew no text in the built-in fonts it falls back to)
        Path templates = handoutTemplate(
                tmp,
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>{{title}}</title></head>"
                        + "<body><p>Hello from the clinic</p></body></html>");
        Path out = tmp.resolve("h.pdf");

        CliTest.Result r = handoutWithTemplates(templates, out);

        assertEquals(0, r.code(), r.err());
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            assertTrue(new PDFTextStripper().getText(pdf).contains("Hello from the clinic"));
        }
    }

    @Test
    void aTemplateAskingForAFontWeDoNotHaveIsAnInputError(@TempDir Path tmp) throws IOException {
        // given: a template setting its text in fonts that are not bundled (and could not be embedded in PDF/A)
        Path templates = handoutTemplate(
                tmp,
                "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>{{title}}</title>"
                        + "<style>body { font-family: Georgia, serif; }</style></head>"
                        + "<body><p>Hello from the clinic</p></body></html>");
        Path out = Files.writeString(tmp.resolve("h.pdf"), "old");

        CliTest.Result r = handoutWithTemplates(templates, out);

        // then: exit 1 with what to write instead, rather than a PDF with its text silently left out
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().contains("template: sets text in a font that handouts do not have"), r.err());
        assertTrue(r.err().contains("font-family: 'Liberation Sans'"), r.err());
        assertEquals("old", Files.readString(out));
    }
}
