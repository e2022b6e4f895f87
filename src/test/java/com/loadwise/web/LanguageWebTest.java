package com.loadwise.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client saved with a handout language prints in it from the web app as from the command line: the form writes
 * {@code language: es}, and the handout download is the one {@code loadwise handout FILE} prints, Spanish throughout.
 */
class LanguageWebTest {

    @TempDir
    static Path tmp;

    static TestServer s;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(tmp.resolve("workspace"));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void aSpanishClientsHandoutIsTheCommandLinesSpanishHandout() throws Exception {
        List<Map.Entry<String, String>> form = new ArrayList<>(ServeTest.client("Lucía Pérez", "2027-01-04"));
        form.add(Map.entry("language", "es"));
        String slug = ServeTest.created(s.postForm("/clients", form));
        Path profile = tmp.resolve("workspace/clients/" + slug + ".yaml");
        assertTrue(Files.readString(profile).contains("\nlanguage: \"es\"\n"), Files.readString(profile));

        HttpResponse<byte[]> pdf = s.getBytes("/clients/" + slug + "/handout.pdf");
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            assertEquals("es", doc.getDocumentCatalog().getLanguage());
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Tu programa de ejercicios"), text);
            assertTrue(text.contains("Puente"), "the library's texts are Spanish too: " + text);
        }
        // the same bytes as the command line's
        Path cli = tmp.resolve("cli.pdf");
        TestServer.cli("handout", profile.toString(), "-o", cli.toString());
        assertTrue(java.util.Arrays.equals(Files.readAllBytes(cli), pdf.body()), "web and CLI print the same PDF");

        // the page offers the choice, with Spanish chosen
        String edit = s.get("/clients/" + slug + "/edit").body();
        assertTrue(edit.contains("<option value=\"es\" selected"), edit);
    }

    @Test
    void theApiPrintsAProfileInItsLanguage() throws Exception {
        byte[] profile = (Files.readString(Path.of("seeds/physio-gluteal-tendinopathy.yaml"))
                                .replace("../exercise-library", "x")
                        + "language: es\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<byte[]> r = s.postYaml("/api/handout", profile);
        assertEquals(200, r.statusCode(), new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertEquals("es", doc.getDocumentCatalog().getLanguage());
            assertTrue(new PDFTextStripper().getText(doc).contains("Tu programa de ejercicios"));
        }
        HttpResponse<byte[]> plan = s.postYaml("/api/plan", profile);
        assertTrue(
                new String(plan.body(), java.nio.charset.StandardCharsets.UTF_8).contains("Puente"),
                "the program's library texts are Spanish");
    }
}
