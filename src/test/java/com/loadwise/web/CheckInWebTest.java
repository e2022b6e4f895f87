package com.loadwise.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
 * The web app's check-ins: the form on the client page adds to {@code logs/SLUG.yaml} with the same code as
 * {@code loadwise log} (the file equals the CLI's for the same entries), a refused entry comes back with its problem
 * and leaves the log as it was, the page shows the review and the handout prints it.
 */
class CheckInWebTest {

    @TempDir
    static Path tmp;

    static TestServer s;
    static String slug;

    @BeforeAll
    static void start() throws Exception {
        s = new TestServer(tmp.resolve("workspace"));
        slug = ServeTest.created(s.postForm("/clients", ServeTest.client("Ana Ruiz", "2027-01-04")));
    }

    @AfterAll
    static void stop() {
        s.close();
    }

    static List<Map.Entry<String, String>> checkIn(String date, String done, String during, String morning) {
        List<Map.Entry<String, String>> f = new ArrayList<>();
        f.add(Map.entry("date", date));
        f.add(Map.entry("session", "1"));
        f.add(Map.entry("done", done));
        f.add(Map.entry("pain-during", during));
        f.add(Map.entry("pain-next-morning", morning));
        f.add(Map.entry("note", ""));
        return f;
    }

    @Test
    void aCheckInIsAddedReviewedAndPrintedAndABadOneChangesNothing() throws Exception {
        Path log = tmp.resolve("workspace/logs/" + slug + ".yaml");
        HttpResponse<String> first = s.postForm("/clients/" + slug + "/log", checkIn("2027-01-04", "done", "2", "1"));
        assertEquals(302, first.statusCode(), first.body());
        HttpResponse<String> second = s.postForm("/clients/" + slug + "/log", checkIn("2027-01-06", "done", "3", "2"));
        assertEquals(302, second.statusCode(), second.body());

        // the same entries through the CLI give the same file, byte for byte
        Path profile = tmp.resolve("workspace/clients/" + slug + ".yaml");
        Path cliLog = tmp.resolve("cli-log.yaml");
        TestServer.cli(
                "log",
                profile.toString(),
                "--log",
                cliLog.toString(),
                "--date",
                "2027-01-04",
                "--done",
                "--pain-during",
                "2",
                "--pain-next-morning",
                "1");
        TestServer.cli(
                "log",
                profile.toString(),
                "--log",
                cliLog.toString(),
                "--date",
                "2027-01-06",
                "--done",
                "--pain-during",
                "3",
                "--pain-next-morning",
                "2");
        assertArrayEquals(Files.readAllBytes(cliLog), Files.readAllBytes(log));

        String page = s.get("/clients/" + slug).body();
        assertTrue(page.contains("Check-ins"), page);
        assertTrue(page.contains("2 of 2 planned sessions done"), page);
        assertTrue(page.contains("moves up to"), page);
        assertTrue(page.contains("/clients/" + slug + "/log.yaml"), page);

        byte[] before = Files.readAllBytes(log);
        HttpResponse<String> bad = s.postForm("/clients/" + slug + "/log", checkIn("2027-01-05", "done", "11", ""));
        assertEquals(422, bad.statusCode());
        assertTrue(bad.body().contains("Not added:"), bad.body());
        assertTrue(bad.body().contains("the new entry: the program has no session on Tue 5 Jan 2027"), bad.body());
        assertTrue(bad.body().contains("value=\"2027-01-05\""), "the form keeps what was sent");
        HttpResponse<String> pain = s.postForm("/clients/" + slug + "/log", checkIn("2027-01-08", "done", "11", ""));
        assertEquals(422, pain.statusCode());
        assertTrue(
                pain.body().contains("the new entry: &#39;pain-during&#39; is 11, outside 0-10")
                        || pain.body().contains("the new entry: 'pain-during' is 11, outside 0-10"),
                pain.body());
        assertFalse(bad.body().contains("Exception") || bad.body().contains("java."), bad.body());
        HttpResponse<String> notADate = s.postForm("/clients/" + slug + "/log", checkIn("2027-02-30", "done", "", ""));
        assertEquals(422, notADate.statusCode());
        assertTrue(notADate.body().contains("February 2027 has no day 30"), notADate.body());
        assertArrayEquals(before, Files.readAllBytes(log));

        HttpResponse<byte[]> pdf = s.getBytes("/clients/" + slug + "/handout.pdf?layout=compact");
        assertEquals(200, pdf.statusCode());
        try (PDDocument doc = Loader.loadPDF(pdf.body())) {
            PDFTextStripper t = new PDFTextStripper();
            t.setStartPage(2);
            t.setEndPage(2);
            String since = t.getText(doc);
            assertTrue(since.contains("Since last time"), since);
            assertTrue(since.contains("2 of 2 planned sessions done"), since);
        }
    }

    @Test
    void aRunnersWeekOfRunningIsAddedAsTheCliAddsItAndAClientWithoutRunsHasNoSuchForm() throws Exception {
        assertFalse(s.get("/clients/" + slug).body().contains("Add a week of running"), "Ana's plan has no runs");
        Path runner = tmp.resolve("workspace/clients/pat-runner.yaml");
        Files.copy(Path.of("seeds/runner-10k-self-guided.yaml"), runner);
        assertTrue(s.get("/clients/pat-runner").body().contains("Add a week of running"));

        List<Map.Entry<String, String>> week = new ArrayList<>(List.of(
                Map.entry("kind", "week"),
                Map.entry("week-of", "2027-01-05"),
                Map.entry("run-minutes", "150"),
                Map.entry("longest-run", "60"),
                Map.entry("note", "windy")));
        HttpResponse<String> notAWeek = s.postForm("/clients/pat-runner/log", week);
        assertEquals(422, notAWeek.statusCode());
        assertTrue(notAWeek.body().contains("Not added:"), notAWeek.body());
        assertTrue(notAWeek.body().contains("value=\"2027-01-05\""), "the week form keeps what was sent");
        Path log = tmp.resolve("workspace/logs/pat-runner.yaml");
        assertFalse(Files.exists(log), "a refused week writes nothing");

        week.set(1, Map.entry("week-of", "2027-01-04"));
        HttpResponse<String> added = s.postForm("/clients/pat-runner/log", week);
        assertEquals(302, added.statusCode(), added.body());
        Path cliLog = tmp.resolve("cli-week.yaml");
        TestServer.cli(
                "log",
                runner.toString(),
                "--log",
                cliLog.toString(),
                "--week-of",
                "2027-01-04",
                "--run-minutes",
                "150",
                "--longest-run",
                "60",
                "--note",
                "windy");
        assertArrayEquals(Files.readAllBytes(cliLog), Files.readAllBytes(log));
        String page = s.get("/clients/pat-runner").body();
        assertTrue(page.contains("The running, week by week"), page);
        assertTrue(page.contains("<td>2027-01-04</td><td>150 min</td><td>60 min</td><td>windy</td>"), page);
    }

    @Test
    void aRunnerWhoEndsShortOfTheirUsualWeekIsToldUnderTheChartWhoseColoursAreNamed() throws Exception {
        Path itb = Path.of("seeds/physio-itb-syndrome.yaml");
        Files.copy(itb, tmp.resolve("workspace/clients/tomas-itb.yaml"));
        String sentence = new com.loadwise.plan.Planner(List.of())
                .plan(itb, null)
                .programs()
                .get(0)
                .runningAfter()
                .sentence(com.loadwise.i18n.Messages.english());
        String page = s.get("/clients/tomas-itb").body();
        int chart = page.indexOf("<svg class=\"chart\"");
        int after = page.indexOf("<p class=\"after\">" + sentence + "</p>");
        assertTrue(chart > 0 && after > chart, page);
        // the chart's colours are named, as on paper
        int legend = page.indexOf("<p class=\"legend\"><span class=\"key sets\"></span> strength sets (most: ");
        assertTrue(legend > chart && legend < after, page);
        assertTrue(page.indexOf("<span class=\"key run\"></span> running minutes (most: ", legend) > legend, page);
        String ana = s.get("/clients/" + slug).body();
        assertFalse(ana.contains("class=\"after\""), "Ana's plan has no runs");
        assertTrue(ana.contains("<span class=\"key sets\">"), ana);
        assertFalse(ana.contains("<span class=\"key run\">"), "no running key without runs");
    }

    @Test
    void aStageCheckTicksTheStagesExitCriteriaAsPrintedAndIsKeptAsTheCliKeepsIt() throws Exception {
        Path profile = tmp.resolve("workspace/clients/zoe-check.yaml");
        Files.writeString(
                profile,
                Files.readString(Path.of("seeds/physio-gluteal-tendinopathy.yaml"))
                        .replaceAll("(?m)^log:.*\n", ""));
        String page = s.get("/clients/zoe-check").body();
        assertTrue(page.contains("Stage check: Settle the tendon (weeks 1–2)"), page);
        assertTrue(page.contains("1. Stand on the sore leg for 30 seconds with the pelvis level, pain ≤ 3/10"), page);

        List<Map.Entry<String, String>> check = new ArrayList<>(List.of(
                Map.entry("kind", "check"),
                Map.entry("stage", "settle"),
                Map.entry("date", "2027-01-15"),
                Map.entry("exit-met", "1"),
                Map.entry("exit-met", "5"),
                Map.entry("pain", "2"),
                Map.entry("note", "ok")));
        HttpResponse<String> refused = s.postForm("/clients/zoe-check/log", check);
        assertEquals(422, refused.statusCode());
        assertTrue(refused.body().contains("is not a criterion of stage"), refused.body());
        assertTrue(
                refused.body().contains("name=\"exit-met\" value=\"1\" checked=\"checked\""),
                "the form keeps the criteria ticked: " + refused.body());
        Path log = tmp.resolve("workspace/logs/zoe-check.yaml");
        assertFalse(Files.exists(log));

        check.set(4, Map.entry("exit-met", "2"));
        HttpResponse<String> added = s.postForm("/clients/zoe-check/log", check);
        assertEquals(302, added.statusCode(), added.body());
        Path cliLog = tmp.resolve("cli-check.yaml");
        TestServer.cli(
                "log",
                profile.toString(),
                "--log",
                cliLog.toString(),
                "--date",
                "2027-01-15",
                "--stage",
                "settle",
                "--exit-met",
                "1,2",
                "--pain",
                "2",
                "--note",
                "ok");
        assertArrayEquals(Files.readAllBytes(cliLog), Files.readAllBytes(log));
        String after = s.get("/clients/zoe-check").body();
        assertTrue(
                after.contains("<td>2027-01-15</td><td>Settle the tendon</td><td>1, 2 of 2</td><td>2/10</td>"), after);
    }

    @Test
    void watchWorkoutsDownloadAsTheCliWritesThem() throws Exception {
        // a client without running has none (and no link to them)
        assertEquals(404, s.getBytes("/clients/" + slug + "/workouts.zip").statusCode());
        assertFalse(s.get("/clients/" + slug).body().contains("workouts.zip"));
        // a runner: the seed, saved in the workspace as the web app saves profiles
        Path runner = tmp.resolve("workspace/clients/sam-runner.yaml");
        Files.copy(Path.of("seeds/runner-10k-self-guided.yaml"), runner);
        assertTrue(s.get("/clients/sam-runner").body().contains("/clients/sam-runner/workouts.zip"));
        HttpResponse<byte[]> zip = s.getBytes("/clients/sam-runner/workouts.zip");
        assertEquals(200, zip.statusCode());
        Path dir = tmp.resolve("fit");
        TestServer.cli("plan", runner.toString(), "--format", "fit", "-o", dir.toString());
        int n = 0;
        try (java.util.zip.ZipInputStream in =
                new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(zip.body()))) {
            for (java.util.zip.ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                assertArrayEquals(Files.readAllBytes(dir.resolve(e.getName())), in.readAllBytes(), e.getName());
                n++;
            }
        }
        try (java.util.stream.Stream<Path> files = Files.list(dir)) {
            assertEquals(files.count(), n);
        }
        assertTrue(n > 10, "workouts: " + n);
    }

    @Test
    void aClientWithoutALogHasTheFormAndNoReview() throws IOException, InterruptedException {
        String other = ServeTest.created(s.postForm("/clients", ServeTest.client("Bo Li", "2027-01-04")));
        String page = s.get("/clients/" + other).body();
        assertTrue(page.contains("Add a check-in"), page);
        assertFalse(page.contains("What changes next"), page);
        assertEquals(404, s.get("/clients/" + other + "/log.yaml").statusCode());
    }
}
