package com.loadwise.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A team's check-ins in the web app: each athlete's page adds to {@code logs/teams/TEAM/ATHLETE.yaml} with the same
 * code as {@code loadwise log --athlete NAME --logs DIR} (the same file, byte for byte), checked against that
 * athlete's program; a refused entry writes nothing; the team's ZIP then prints the next block with each athlete's
 * "Since last time" page, as {@code loadwise team --logs DIR} does.
 */
class TeamCheckInWebTest {

    @TempDir
    static Path tmp;

    static TestServer s;

    @BeforeAll
    static void start() {
        s = new TestServer(tmp.resolve("workspace"));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    @Test
    void anAthletesCheckInsAreKeptLikeTheCliKeepsThemAndTheZipPrintsTheNextBlock() throws Exception {
        List<String> roster = Files.readAllLines(Path.of("seeds/coach-team-roster.csv"));
        String csv = String.join("\n", roster.get(0), roster.get(1), roster.get(2), roster.get(3)) + "\n";
        HttpResponse<String> created = s.postMultipart(
                "/teams",
                ServeTest.teamForm("Harbour Vale"),
                Map.of("roster", Map.entry("roster.csv", csv.getBytes(StandardCharsets.UTF_8))));
        assertEquals(302, created.statusCode(), created.body());
        String team = created.headers().firstValue("Location").orElseThrow();
        String slug = team.substring("/teams/".length());

        String page = s.get(team).body();
        assertTrue(page.contains("No check-ins yet: the ZIP prints the block as planned"), page);
        String athlete = team + "/athletes/tomas-o-neill";
        assertTrue(
                page.contains("<a href=\"" + athlete + "\">Tomás O&#39;Neill</a>")
                        || page.contains("<a href=\"" + athlete + "\">Tomás O&#x27;Neill</a>"),
                page);
        assertEquals(404, s.get(team + "/athletes/nobody").statusCode());

        HttpResponse<String> form = s.get(athlete);
        assertEquals(200, form.statusCode(), form.body());
        assertTrue(form.body().contains("action=\"" + athlete + "/log#checkins\""), form.body());

        // checked against Tomás's own program: no session that day, and nothing is written, not even the folder
        Path logs = s.workspace.resolve("logs/teams/" + slug);
        HttpResponse<String> refused =
                s.postForm(athlete + "/log", CheckInWebTest.checkIn("2027-01-05", "done", "1", "0"));
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("the program has no session on Tue 5 Jan 2027"), refused.body());
        assertFalse(Files.exists(logs), "a refused entry makes no folder");

        HttpResponse<String> added =
                s.postForm(athlete + "/log", CheckInWebTest.checkIn("2027-01-04", "done", "1", "0"));
        assertEquals(302, added.statusCode(), added.body());
        String after = s.get(athlete + "?added=1").body();
        assertTrue(after.contains("Check-in added."), after);
        assertTrue(after.contains("What changes next, and why"), after);
        assertTrue(after.contains("from week 2"), after);

        // the CLI keeps the same file for the same entry
        Path cliLogs = tmp.resolve("cli-logs");
        TestServer.cli(
                "log",
                s.workspace.resolve("teams/" + slug + ".yaml").toString(),
                "--athlete",
                "Tomás O'Neill",
                "--logs",
                cliLogs.toString(),
                "--date",
                "2027-01-04",
                "--done",
                "--pain-during",
                "1",
                "--pain-next-morning",
                "0");
        assertArrayEquals(
                Files.readAllBytes(cliLogs.resolve("tomas-o-neill.yaml")),
                Files.readAllBytes(logs.resolve("tomas-o-neill.yaml")));

        String teamAfter = s.get(team).body();
        assertTrue(teamAfter.contains("the ZIP prints the team&#39;s next block, from week 2"), teamAfter);
        assertTrue(teamAfter.contains("<td>kept</td>"), teamAfter);

        // the ZIP: the next block, Tomás with what changed since last time, the others carrying on as planned
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
        List<String> names = new ArrayList<>();
        Map<String, byte[]> files = new java.util.HashMap<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(
                s.getBytes("/jobs/" + id + "/download").body()))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                names.add(e.getName());
                byte[] bytes = in.readAllBytes();
                files.put(e.getName(), bytes);
                try (PDDocument doc = Loader.loadPDF(bytes)) {
                    String text = new PDFTextStripper().getText(doc);
                    if (e.getName().startsWith("01-")) {
                        assertTrue(text.contains("Since last time"), e.getName());
                    } else if (!e.getName().startsWith("team-") && !e.getName().startsWith("coach-")) {
                        assertFalse(text.contains("Since last time"), e.getName() + " has no log");
                    }
                    if (!e.getName().startsWith("coach-")) {
                        assertFalse(text.contains("Week 1 "), e.getName() + ": the block starts at week 2");
                    }
                }
            }
        }
        assertEquals(5, names.size(), names.toString());

        // one athlete's handout from their page is the ZIP's file, byte for byte
        HttpResponse<byte[]> one = s.getBytes(athlete + "/handout.pdf");
        assertEquals(200, one.statusCode());
        assertArrayEquals(files.get("01-tomas-o-neill.pdf"), one.body());
        assertTrue(
                one.headers().firstValue("Content-Disposition").orElse("").contains("01-tomas-o-neill.pdf"),
                one.headers().toString());
    }
}
