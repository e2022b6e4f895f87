package com.loadwise.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code loadwise serve} over HTTP: the API, the pages, the errors, the safety checks and concurrency. */
class ServeTest {

    static final Path SEED = Path.of("seeds/physio-gluteal-tendinopathy.yaml");

    @TempDir
    static Path tmp;

    static TestServer s;
    static byte[] seedPdf;

    @BeforeAll
    static void start() throws IOException {
        s = new TestServer(tmp.resolve("workspace"));
        Path pdf = tmp.resolve("seed.pdf");
        TestServer.cli("handout", SEED.toString(), "-o", pdf.toString());
        seedPdf = Files.readAllBytes(pdf);
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static List<Map.Entry<String, String>> client(String name, String start) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("kind", "client"));
        f.add(Map.entry("version", ""));
        f.add(Map.entry("name", name));
        f.add(Map.entry("blueprint", "gluteal-tendinopathy-runner"));
        f.add(Map.entry("irritability", "moderate"));
        f.add(Map.entry("start", start));
        f.add(Map.entry("weeks", "12"));
        for (String d : List.of("mon", "wed", "fri")) {
            f.add(Map.entry("available-days", d));
        }
        for (String e : List.of("mat", "mini-band", "step", "wall", "chair")) {
            f.add(Map.entry("equipment", e));
        }
        f.add(Map.entry("notes", "keep pain ≤ 3/10"));
        return f;
    }

    static String created(HttpResponse<String> r) {
        assertEquals(302, r.statusCode(), r.body());
        String location = r.headers().firstValue("Location").orElseThrow();
        Matcher m = Pattern.compile("/clients/([a-z0-9-]+)").matcher(location);
        assertTrue(m.find(), location);
        return m.group(1);
    }

    static String version(String page) {
        Matcher m = Pattern.compile("name=\"version\" value=\"([0-9a-f]*)\"").matcher(page);
        assertTrue(m.find(), page);
        return m.group(1);
    }

    @Test
    void healthAnswersWithTheSecurityHeaders() throws Exception {
        HttpResponse<String> r = s.get("/api/health");

        assertEquals(200, r.statusCode());
        assertEquals("{\"status\":\"ok\"}", r.body());
        String csp = r.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElseThrow());
        assertTrue(r.headers().firstValue("Referrer-Policy").isPresent());
    }

    @Test
    void apiPlanIsTheJsonOfPlanFormatJson() throws Exception {
        HttpResponse<byte[]> r = s.postYaml("/api/plan", Files.readAllBytes(SEED));

        assertEquals(200, r.statusCode());
        // the same JSON; the body has no file name, so the explanations' sources call it profile.yaml
        assertEquals(
                TestServer.cliOut("plan", SEED.toString(), "--format", "json").replace(SEED + ":", "profile.yaml:"),
                new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void apiHandoutIsByteIdenticalToTheCli() throws Exception {
        HttpResponse<byte[]> r = s.postYaml("/api/handout", Files.readAllBytes(SEED));

        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        assertArrayEquals(seedPdf, r.body());
    }

    @Test
    void apiHandoutTakesPaperUnitsAndLargePrint() throws Exception {
        Path pdf = tmp.resolve("letter.pdf");
        TestServer.cli(
                "handout",
                SEED.toString(),
                "-o",
                pdf.toString(),
                "--paper",
                "letter",
                "--large-print",
                "--units",
                "lb");

        HttpResponse<byte[]> r =
                s.postYaml("/api/handout?paper=letter&large-print=true&units=lb", Files.readAllBytes(SEED));

        assertEquals(200, r.statusCode());
        assertArrayEquals(Files.readAllBytes(pdf), r.body());
    }

    @Test
    void apiHandoutTakesTheCompactLayoutAsTheCliDoesAndRefusesAnUnknownOne() throws Exception {
        Path pdf = tmp.resolve("compact.pdf");
        TestServer.cli("handout", SEED.toString(), "-o", pdf.toString(), "--layout", "compact");

        HttpResponse<byte[]> compact = s.postYaml("/api/handout?layout=compact", Files.readAllBytes(SEED));
        HttpResponse<byte[]> unknown = s.postYaml("/api/handout?layout=tiny", Files.readAllBytes(SEED));

        assertEquals(200, compact.statusCode());
        assertArrayEquals(Files.readAllBytes(pdf), compact.body());
        assertTrue(compact.body().length < seedPdf.length, "the compact handout is the shorter");
        assertEquals(400, unknown.statusCode());
        String problem = new String(unknown.body(), StandardCharsets.UTF_8);
        assertTrue(problem.contains("layout 'tiny' is not full or compact"), problem);
    }

    @Test
    void aBadBodyIs400WithEveryProblemAndItsPosition() throws Exception {
        HttpResponse<byte[]> r = s.postYaml("/api/plan", "kind: client\nname: X\nstart: 2027-13-01\n".getBytes());

        assertEquals(400, r.statusCode());
        JsonNode problems = new ObjectMapper().readTree(r.body()).get("problems");
        assertTrue(problems.size() >= 2, problems.toString());
        JsonNode date = null;
        for (JsonNode p : problems) {
            assertTrue(p.has("file") && p.has("line") && p.has("column") && p.has("message") && p.has("hint"));
            assertEquals("profile.yaml", p.get("file").asText());
            if (p.get("message").asText().contains("is not a date")) {
                date = p;
            }
        }
        assertEquals(3, date.get("line").asInt());
        assertEquals(8, date.get("column").asInt());
    }

    @Test
    void garbageIsA400NeverA500() throws Exception {
        for (byte[] body : List.of(
                new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1},
                "[unclosed".getBytes(),
                "a: &x [*x]".getBytes(),
                ("kind: team\nteam: T\nblueprint: team-preseason\nstart: 2027-01-04\nweeks: 8\nsession-days: [mon]\n"
                                + "equipment: [mat]\nroster: ../../etc/passwd\n")
                        .getBytes(),
                new byte[0])) {
            HttpResponse<byte[]> r = s.postYaml("/api/handout", body);
            assertEquals(400, r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
            assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("\"problems\""));
        }
    }

    @Test
    void aBodyOverTheInputLimitIs413() throws Exception {
        byte[] big = new byte[(int) s.server.limits.maxFileBytes() + 10];
        java.util.Arrays.fill(big, (byte) 'a');

        HttpResponse<byte[]> r = s.postYaml("/api/plan", big);

        assertEquals(413, r.statusCode());
        assertTrue(new String(r.body(), StandardCharsets.UTF_8).contains("too large"));
    }

    @Test
    void unknownPathsAre404JsonForTheApiAndAPageOtherwise() throws Exception {
        HttpResponse<String> api = s.get("/api/nothing-here");
        HttpResponse<String> page = s.get("/nothing-here");

        assertEquals(404, api.statusCode());
        assertTrue(api.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"));
        assertEquals(404, page.statusCode());
        assertTrue(page.body().contains("<h1>Not found</h1>"), page.body());
    }

    @Test
    void aChangeWithoutOrFromAnotherOriginIsRefused() throws Exception {
        HttpResponse<String> none = s.postForm("/clients", client("No Origin", "2027-01-04"), null);
        HttpResponse<String> other = s.postForm("/clients", client("Evil", "2027-01-04"), "http://evil.example");

        assertEquals(403, none.statusCode());
        assertEquals(403, other.statusCode());
        assertFalse(Files.exists(s.workspace.resolve("clients/evil.yaml")));
        assertFalse(Files.exists(s.workspace.resolve("clients/no-origin.yaml")));
    }

    @Test
    void aForeignHostHeaderIsRefused() throws Exception {
        try (Socket socket = new Socket("127.0.0.1", s.server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /clients HTTP/1.1\r\nHost: rebound.example:" + s.server.port()
                            + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            String status = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1)
                    .lines()
                    .findFirst()
                    .orElse("");
            assertTrue(status.contains(" 403 "), status);
        }
    }

    @Test
    void aClientSavedThroughTheFormIsWhatTheCliReads() throws Exception {
        String slug = created(s.postForm("/clients", client("Ana Ruiz", "2027-01-04")));
        Path file = s.workspace.resolve("clients/" + slug + ".yaml");

        Path cli = tmp.resolve("ana.pdf");
        TestServer.cli("handout", file.toString(), "-o", cli.toString());
        HttpResponse<byte[]> pdf = s.getBytes("/clients/" + slug + "/handout.pdf");
        HttpResponse<String> page = s.get("/clients/" + slug);

        Path cliLetter = tmp.resolve("ana-letter.pdf");
        TestServer.cli(
                "handout",
                file.toString(),
                "-o",
                cliLetter.toString(),
                "--paper",
                "letter",
                "--units",
                "lb",
                "--large-print");
        HttpResponse<byte[]> letter =
                s.getBytes("/clients/" + slug + "/handout.pdf?paper=letter&units=lb&large-print=true");

        assertEquals(200, pdf.statusCode());
        assertArrayEquals(Files.readAllBytes(cli), pdf.body());
        assertArrayEquals(Files.readAllBytes(cliLetter), letter.body());
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("Ana Ruiz") && page.body().contains("Weekly load"));
        assertEquals(
                TestServer.cliOut("plan", file.toString(), "--format", "ics"),
                s.get("/clients/" + slug + "/plan.ics").body());
        assertEquals(
                TestServer.cliOut("plan", file.toString(), "--format", "json"),
                s.get("/clients/" + slug + "/plan.json").body());
        assertEquals(
                Files.readString(file),
                s.get("/clients/" + slug + "/profile.yaml").body());
    }

    @Test
    void aBadDateIsShownNextToItsFieldAndTheFormIsKept() throws Exception {
        HttpResponse<String> r = s.postForm("/clients", client("Bad Date", "2027-02-30"));

        assertEquals(422, r.statusCode());
        String field = r.body().substring(r.body().indexOf("id=\"field-start\""));
        field = field.substring(0, field.indexOf("</div>\n    </div>") > 0 ? field.indexOf("</div>\n    </div>") : 600);
        assertTrue(field.contains("is not a date"), field);
        assertTrue(r.body().contains("value=\"Bad Date\""));
        assertFalse(Files.exists(s.workspace.resolve("clients/bad-date.yaml")));
    }

    @Test
    void aStaleSaveFromASecondTabIsRefusedAndTheFormKept() throws Exception {
        String slug = created(s.postForm("/clients", client("Two Tabs", "2027-01-04")));
        String v1 = version(s.get("/clients/" + slug + "/edit").body());
        List<Map.Entry<String, String>> first = client("Two Tabs", "2027-01-11");
        first.set(1, Map.entry("version", v1));
        List<Map.Entry<String, String>> second = client("Two Tabs", "2027-01-18");
        second.set(1, Map.entry("version", v1));

        HttpResponse<String> tab1 = s.postForm("/clients/" + slug, first);
        HttpResponse<String> tab2 = s.postForm("/clients/" + slug, second);

        assertEquals(302, tab1.statusCode(), tab1.body());
        assertEquals(409, tab2.statusCode());
        assertTrue(tab2.body().contains("someone saved a newer version"), tab2.body());
        assertTrue(tab2.body().contains("value=\"2027-01-18\""));
        assertTrue(Files.readString(s.workspace.resolve("clients/" + slug + ".yaml"))
                .contains("2027-01-11"));
    }

    @Test
    void namesThatLeaveTheWorkspaceAreNotFound() throws Exception {
        Path outside = tmp.resolve("secret.yaml");
        Files.writeString(outside, "kind: client\n");
        Files.createSymbolicLink(s.workspace.resolve("clients/link.yaml"), outside);

        for (String path : List.of(
                "/clients/..%2F..%2Fsecret",
                "/clients/%2e%2e/edit",
                "/clients/link/profile.yaml",
                "/clients/link",
                "/clients/..%2Fclients%2Flink/handout.pdf",
                "/teams/..%2F..%2Fsecret")) {
            HttpResponse<String> r = s.get(path);
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("kind: client"), path);
        }
    }

    @Test
    void userTextIsEscapedOnEveryPage() throws Exception {
        String evil = "<script>alert('x')</script>\" onmouseover=\"x";
        String slug = created(s.postForm("/clients", client(evil, "2027-01-04")));

        for (String path : List.of("/clients", "/clients/" + slug, "/clients/" + slug + "/edit")) {
            String body = s.get(path).body();
            assertFalse(body.contains("<script>alert"), path);
            assertFalse(body.contains("\" onmouseover=\"x"), path);
            assertTrue(body.contains("&lt;script&gt;"), path);
        }
    }

    @Test
    void eightConcurrentHandoutsAreAllCorrect() throws Exception {
        byte[] body = Files.readAllBytes(SEED);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<HttpResponse<byte[]>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(pool.submit(() -> s.postYaml("/api/handout", body)));
            }
            for (Future<HttpResponse<byte[]>> call : calls) {
                HttpResponse<byte[]> r = call.get();
                assertEquals(200, r.statusCode());
                assertArrayEquals(seedPdf, r.body());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** The new-team form for the seed team's blueprint, days and equipment, named {@code name}. */
    static List<Map.Entry<String, String>> teamForm(String name) {
        List<Map.Entry<String, String>> f = new ArrayList<>(List.of(
                Map.entry("team", name),
                Map.entry("blueprint", "team-preseason"),
                Map.entry("start", "2027-01-04"),
                Map.entry("weeks", "8"),
                Map.entry("units", "kg"),
                Map.entry("experience", "intermediate")));
        for (String d : List.of("mon", "wed", "fri")) {
            f.add(Map.entry("session-days", d));
        }
        for (String e : List.of(
                "barbell",
                "squat-rack",
                "bench",
                "dumbbell",
                "kettlebell",
                "box",
                "step",
                "sled",
                "slider",
                "mini-band",
                "long-band",
                "mat",
                "anchor",
                "cones",
                "wall")) {
            f.add(Map.entry("equipment", e));
        }
        return f;
    }

    @Test
    void aTeamRosterWithABadRowIsFlaggedAndTheZipHasEveryFile() throws Exception {
        List<String> roster = Files.readAllLines(Path.of("seeds/coach-team-roster.csv"));
        String bad = roster.get(2).replaceFirst(",forwards,squat/back-squat,", ",forwards,squat/back-squatt,");
        String csv = String.join("\n", roster.get(0), roster.get(1), bad, roster.get(3)) + "\n";
        List<Map.Entry<String, String>> f = teamForm("Harbour Vale <RFC>");

        HttpResponse<String> created = s.postMultipart(
                "/teams", f, Map.of("roster", Map.entry("roster.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(302, created.statusCode(), created.body());
        String team = created.headers().firstValue("Location").orElseThrow();
        String page = s.get(team).body();
        assertTrue(page.contains("Rows left out"), page);
        assertTrue(page.contains("<td>3</td><td>3</td>"), page);
        assertTrue(page.contains("2 athletes"), page);

        HttpResponse<String> job = s.postForm(team + "/zip", List.of(Map.entry("paper", "a4")));
        assertEquals(303, job.statusCode(), job.body());
        String id = job.headers().firstValue("Location").orElseThrow().replace("/jobs/", "");
        String state = "";
        for (int i = 0; i < 600 && !state.equals("done") && !state.equals("failed"); i++) {
            Thread.sleep(100);
            state = new ObjectMapper()
                    .readTree(s.get("/api/jobs/" + id).body())
                    .get("state")
                    .asText();
        }
        assertEquals("done", state);
        HttpResponse<byte[]> zip = s.getBytes("/jobs/" + id + "/download");
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] pdf = in.readAllBytes();
                try (PDDocument doc = Loader.loadPDF(pdf)) {
                    assertTrue(doc.getNumberOfPages() > 0);
                    if (e.getName().equals("coach-sheet.pdf")) {
                        assertTrue(new PDFTextStripper().getText(doc).contains("Tomás O'Neill"));
                    }
                }
            }
        }
        assertTrue(names.containsAll(List.of("team-booklet.pdf", "coach-sheet.pdf")), names.toString());
        assertEquals(4, names.size(), names.toString());

        // a corrected roster replaces the bad one; a second upload from the same (now stale) page is refused
        String version = version(page);
        String good = String.join("\n", roster.get(0), roster.get(1), roster.get(2), roster.get(3)) + "\n";
        Map<String, Map.Entry<String, byte[]>> upload =
                Map.of("roster", Map.entry("roster.csv", good.getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> fixed = s.postMultipart(team + "/roster", List.of(Map.entry("version", version)), upload);
        HttpResponse<String> stale = s.postMultipart(team + "/roster", List.of(Map.entry("version", version)), upload);
        String after = s.get(team).body();

        assertEquals(302, fixed.statusCode(), fixed.body());
        assertEquals(409, stale.statusCode(), stale.body());
        assertFalse(after.contains("Rows left out"), after);
        assertTrue(after.contains("3 athletes"), after);
    }

    @Test
    void brandingIsSavedWithItsLogoAndPrintedOnTheHandout() throws Exception {
        java.awt.image.BufferedImage img =
                new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", png);
        HttpResponse<String> bad = s.postMultipart(
                "/branding",
                List.of(Map.entry("name", "Riverside"), Map.entry("accent", "#12345"), Map.entry("version", "")),
                Map.of());
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("is not a colour"), bad.body());

        HttpResponse<String> r = s.postMultipart(
                "/branding",
                List.of(
                        Map.entry("name", "Riverside Sports Clinic"),
                        Map.entry("accent", "#7a1f5c"),
                        Map.entry("version", "")),
                Map.of("logo", Map.entry("logo.png", png.toByteArray())));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(Files.isRegularFile(s.workspace.resolve("logo.png")));
        Path pdf = tmp.resolve("branded.pdf");
        TestServer.cli(
                "handout",
                SEED.toString(),
                "-o",
                pdf.toString(),
                "--branding",
                s.workspace.resolve("branding.yaml").toString());
        HttpResponse<byte[]> web = s.postYaml("/api/handout", Files.readAllBytes(SEED));
        Files.delete(s.workspace.resolve("branding.yaml"));

        assertArrayEquals(Files.readAllBytes(pdf), web.body());
    }

    @Test
    void theLibraryIsSearchable() throws Exception {
        String all = s.get("/library").body();
        String bridge = s.get("/library?q=glute+bridge").body();

        assertTrue(all.contains("<svg"), "pictures");
        assertTrue(bridge.contains("Glute bridge") || bridge.contains("glute-bridge"), bridge);
        assertTrue(bridge.length() < all.length());
    }

    @Test
    void aLibraryLayerShowsAsInTheCliAndItsBlueprintsAreOffered() throws Exception {
        Path layer = tmp.resolve("clinic-library");
        Files.createDirectories(layer.resolve("exercises"));
        Files.createDirectories(layer.resolve("blueprints"));
        Files.writeString(
                layer.resolve("exercises/glute-bridge.yaml"),
                Files.readString(Path.of("exercise-library/exercises/glute-bridge.yaml"))
                        .replace("name: Glute bridge to hip thrust", "name: Clinic bridge ladder"));
        Files.copy(
                Path.of("exercise-library/blueprints/gluteal-tendinopathy-runner.yaml"),
                layer.resolve("blueprints/clinic-hip.yaml"));

        try (TestServer layered = new TestServer(tmp.resolve("layered-workspace"), List.of(layer))) {
            String page = layered.get("/library?q=clinic").body();
            String form = layered.get("/clients/new").body();

            assertTrue(page.contains("Clinic bridge ladder"), page);
            assertTrue(page.contains(com.loadwise.library.LibraryLoader.shownUser(layer)), page);
            assertTrue(s.get("/library").body().contains("Glute bridge to hip thrust"));
            assertTrue(form.contains("value=\"clinic-hip\""), "the layer's blueprint is offered");
        }
    }

    @Test
    void uploadsObeyTheInputLimits() throws Exception {
        // a logo whose header claims 100000 x 100000 pixels: refused before anything decodes it
        java.io.ByteArrayOutputStream bomb = new java.io.ByteArrayOutputStream();
        bomb.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'});
        bomb.write(
                java.nio.ByteBuffer.allocate(8).putInt(100_000).putInt(100_000).array());
        bomb.write(new byte[64]);
        byte[] big = new byte[(int) s.server.limits.maxFileBytes() + 1024];
        java.util.Arrays.fill(big, (byte) 'a');

        HttpResponse<String> logo = s.postMultipart(
                "/branding",
                List.of(Map.entry("name", "Bomb Clinic"), Map.entry("version", "")),
                Map.of("logo", Map.entry("logo.png", bomb.toByteArray())));
        HttpResponse<String> roster = s.postMultipart(
                "/teams",
                List.of(Map.entry("team", "Too Big"), Map.entry("blueprint", "team-preseason")),
                Map.of("roster", Map.entry("roster.csv", big)));

        assertEquals(422, logo.statusCode(), logo.body());
        assertTrue(logo.body().contains("pixels"), logo.body());
        assertFalse(Files.exists(s.workspace.resolve("branding.yaml")));
        assertTrue(roster.statusCode() == 413 || roster.statusCode() == 422, roster.statusCode() + roster.body());
        assertTrue(roster.body().contains("too large") || roster.body().contains("larger than"), roster.body());
        assertFalse(Files.exists(s.workspace.resolve("teams/too-big.yaml")));
    }
}
