package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.loadwise.export.Json;
import com.loadwise.export.ProgramIcs;
import com.loadwise.export.ProgramText;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.plan.TeamProgram;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * User strings holding markup, template syntax, entities, right-to-left text, emoji and line breaks come out as
 * typed in every output: the team booklet and coach sheet (XHTML and PDF text), and the text, JSON and calendar
 * exports. (The client handout is {@link HandoutTest#userTextIsEscapedEverywhere}.)
 */
class HostileTextTest {

    private static final String SCRIPT = "<script>alert('x')</script> Ana";
    private static final String MUSTACHE = "{{#athletes}}boom{{/athletes}} Ben";
    private static final String ENTITY = "Tom &amp; Jerry";
    private static final String RTL = "שלום Cohen 🏃";
    private static final String TEAM = "<script>alert(1)</script> Vale & {{team}} RFC";
    private static final String COACH = "Sam &amp; <b>Okafor</b> שלום 🏉";

    private static Planner.Plan team;
    private static Planner.Plan client;
    private static Handouts handouts;
    private static final HandoutBuilder.Options A4 = new HandoutBuilder.Options("a4", false, Branding.none());

    @BeforeAll
    static void plan() {
        Planner planner = new Planner(List.of());
        team = planner.plan(Path.of("src/test/resources/hostile/team.yaml"), null);
        client = planner.plan(Path.of("src/test/resources/hostile/client.yaml"), null);
        handouts = new Handouts(planner.library(), null);
    }

    private static String pdfText(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theRosterNamesArriveAsTyped() {
        List<String> names = team.programs().stream().map(Program::athlete).toList();
        assertEquals(List.of(SCRIPT, MUSTACHE, ENTITY, RTL, "Eve\nEND:VEVENT\nBEGIN:VEVENT\nSUMMARY:injected"), names);
    }

    @Test
    void bookletAndCoachSheetEscapeEveryName() throws IOException {
        for (boolean coachSheet : new boolean[] {false, true}) {
            String xhtml = handouts.teamXhtml(team.programs(), A4, coachSheet);
            String what = coachSheet ? "coach sheet" : "booklet";
            assertFalse(xhtml.contains("<script"), what);
            assertFalse(xhtml.contains("<b>Okafor"), what);
            assertTrue(xhtml.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Ana"), what);
            assertTrue(xhtml.contains("Tom &amp;amp; Jerry"), what);
            assertTrue(xhtml.contains(MUSTACHE), what + ": template syntax in a name is text, not run");

            String text = pdfText(handouts.teamPdf(team.programs(), A4, coachSheet));
            assertTrue(text.contains(SCRIPT), what + " prints the name as typed:\n" + text);
            assertTrue(text.contains(MUSTACHE), what);
            assertTrue(text.contains(ENTITY), what);
            assertTrue(text.contains("Cohen"), what);
        }
        String booklet = pdfText(handouts.teamPdf(team.programs(), A4, false));
        assertTrue(booklet.contains(TEAM), booklet);
    }

    @Test
    void anAthletesOwnHandoutPrintsTheNameAsTyped() throws IOException {
        String text = pdfText(handouts.pdf(team.programs().get(1), A4));

        assertTrue(text.contains(MUSTACHE), text);
    }

    @Test
    void textExportKeepsTheStringsAsTyped() {
        String text = ProgramText.render(team.programs(), true) + ProgramText.render(client.programs(), true);

        for (String s : List.of(SCRIPT, MUSTACHE, ENTITY, RTL, "<script>alert('x')</script> Ana & {{name}}")) {
            assertTrue(text.contains(s), s);
        }
    }

    @Test
    void jsonRoundTripsEveryString() throws IOException {
        JsonNode t = new ObjectMapper().readTree(Json.write(TeamProgram.of(team)));
        JsonNode c = new ObjectMapper().readTree(Json.write(client.programs().get(0)));

        assertTrue(t.findValuesAsText("athlete").containsAll(List.of(SCRIPT, MUSTACHE, ENTITY, RTL)), t.toString());
        assertEquals(TEAM, t.get("team").asText());
        assertEquals(COACH, t.get("coach").asText());
        assertTrue(c.findValuesAsText("athlete").contains("<script>alert('x')</script> Ana & {{name}}"));
    }

    @Test
    void aLineBreakInANameCannotAddACalendarEvent() {
        String ics = ProgramIcs.render(team.programs());
        long events = ics.lines().filter(l -> l.equals("BEGIN:VEVENT")).count();
        long sessions = team.programs().stream()
                .flatMap(p -> p.stages().stream())
                .flatMap(s -> s.weeks().stream())
                .flatMap(w -> w.days().stream())
                .mapToLong(d -> d.sessions().size())
                .sum();

        assertEquals(sessions, events, "one VEVENT per session, none injected");
        assertFalse(ics.lines().anyMatch(l -> l.startsWith("SUMMARY:injected")), "the injected line stays text");
        assertTrue(ics.contains("Eve\\nEND:VEVENT"), "the line break is escaped as \\n");
    }
}
