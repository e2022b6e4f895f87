package com.loadwise.web;

import com.loadwise.render.HandoutView;
import java.util.List;

/** The typed view records of the web pages (templates/web/); the templates read their accessors. */
final class Views {

    private Views() {}

    /** What every page shows around its content: the title and which part of the navigation is current. */
    record Frame(String title, boolean onClients, boolean onTeams, boolean onLibrary, boolean onBranding) {
        static Frame clients(String title) {
            return new Frame(title, true, false, false, false);
        }

        static Frame teams(String title) {
            return new Frame(title, false, true, false, false);
        }

        static Frame library(String title) {
            return new Frame(title, false, false, true, false);
        }

        static Frame branding(String title) {
            return new Frame(title, false, false, false, true);
        }
    }

    /** A problem as shown on a page: where (when known) and what, in words. */
    record Shown(String where, boolean hasWhere, String message, String hint, boolean hasHint) {
        static Shown of(com.loadwise.yaml.Problem p, boolean withWhere) {
            String where = !withWhere
                    ? ""
                    : p.line() > 0 ? p.file() + ", line " + p.line() + ", column " + p.column() : p.file();
            return new Shown(
                    where, !where.isEmpty(), p.message(), p.hint(), !p.hint().isEmpty());
        }
    }

    record Message(String text, boolean hasText) {
        static Message of(String text) {
            return new Message(text == null ? "" : text, text != null && !text.isEmpty());
        }
    }

    record ErrorPage(Frame frame, String heading, String text) {}

    record ClientRow(String slug, String name, String kind, String blueprint, String start) {}

    record ClientList(Frame frame, List<ClientRow> clients, boolean hasClients, Message message) {}

    record Option(String value, String label, boolean selected) {}

    /**
     * One form field. Exactly one of the {@code is…} flags is set; {@code error} is the reader's problem for it.
     */
    record Field(
            String name,
            String id,
            String label,
            String help,
            boolean hasHelp,
            String value,
            List<Option> options,
            List<Shown> errors,
            boolean hasError,
            boolean isText,
            boolean isDate,
            boolean isNumber,
            boolean isSelect,
            boolean isChecks,
            boolean isTextarea,
            boolean isFile,
            boolean required) {}

    record Section(String legend, List<Field> fields) {}

    record FormPage(
            Frame frame,
            String heading,
            String action,
            String kind,
            String version,
            boolean isNew,
            Message conflict,
            List<Shown> general,
            boolean hasGeneral,
            List<Section> sections,
            String cancel,
            boolean multipart,
            String submit) {}

    record Download(String href, String label) {}

    record WeekRow(String week, String dates, String note, List<DayRow> days) {}

    record DayRow(String day, List<String> sessions) {}

    record Bar(int x, int y, int width, int height, String label, boolean run) {}

    record Chart(int width, int height, List<Bar> bars, List<Bar> labels, String caption) {}

    record ExplanationRow(String topic, String decision, String rule, String source) {}

    record PlanPage(
            Frame frame,
            String slug,
            String name,
            Message saved,
            HandoutView handout,
            Chart chart,
            List<WeekRow> weeks,
            List<ExplanationRow> explanations,
            List<Download> downloads,
            CheckIns checkins,
            Message replanned) {}

    /**
     * The client's check-ins: the log's entries, the review (the same view the handout's "Since last time" page
     * prints), the problems of a refused entry and the form to add one.
     */
    /** The check-ins part of a page; {@code action} is where its form posts to. */
    record CheckIns(
            String action,
            List<CheckInRow> rows,
            boolean hasRows,
            List<RunWeekRow> runWeeks,
            boolean hasRunWeeks,
            HandoutView.Since since,
            List<String> problems,
            boolean hasProblems,
            CheckInForm form,
            WeekForm weekForm,
            CheckForm checkForm,
            List<StageCheckRow> checks,
            boolean hasChecks,
            Message added,
            String printedBy) {}

    /** A stage check in the log: the criteria met (numbered as printed) and the pain during the tests. */
    record StageCheckRow(String date, String stage, String met, String pain, String note) {}

    /** The stage-check form for one stage: its exit criteria to tick. */
    record CheckForm(String stage, String name, String date, List<Choice> criteria, List<Choice> pain, String note) {}

    /** A week's running in the log. */
    record RunWeekRow(String weekOf, String minutes, String longest, String note) {}

    /** The week-of-running form as sent (or empty); shown only for a program with runs. */
    record WeekForm(String weekOf, String minutes, String longest, String note) {}

    record CheckInRow(String date, String session, String done, String pain, String morning, String note) {}

    /** The form as sent (or empty); {@code painDuring} etc. are the chosen values ("" for none). */
    record CheckInForm(
            String date,
            String session,
            boolean missed,
            List<Choice> painDuring,
            List<Choice> painNextMorning,
            String note) {}

    record Choice(String value, String label, boolean selected) {}

    record LibraryLevel(
            String name, String dose, String image, boolean hasImage, String figure, boolean hasFigure, String alt) {}

    record LibraryRow(
            String id, String name, String pattern, String layer, boolean replaced, List<LibraryLevel> levels) {}

    record LibraryPage(
            Frame frame, String query, List<LibraryRow> exercises, int count, boolean hasLayers, List<String> layers) {}

    record BrandingPage(
            Frame frame,
            String version,
            String name,
            String clinician,
            String contact,
            String accent,
            boolean hasLogo,
            Message saved,
            List<Shown> problems,
            boolean hasProblems) {}

    record TeamRow(String slug, String name) {}

    record RosterProblem(String row, String column, String message, String hint) {}

    record TeamsPage(Frame frame, List<TeamRow> teams, boolean hasTeams) {}

    record TeamPage(
            Frame frame,
            String slug,
            String name,
            int athletes,
            List<RosterProblem> rows,
            boolean hasRows,
            List<Shown> problems,
            boolean hasProblems,
            String version,
            List<AthleteRow> roster,
            String next) {}

    /** An athlete on the team page: their check-ins page and how many sessions their log has. */
    record AthleteRow(String number, String name, String group, String page, String logged) {}

    /** An athlete of a team: their check-ins, read against their program as {@code loadwise log --athlete} does. */
    record AthletePage(
            Frame frame,
            String team,
            String teamSlug,
            String name,
            String group,
            String handout,
            String next,
            CheckIns checkins) {}

    record JobPage(
            Frame frame,
            String id,
            String team,
            int done,
            int total,
            boolean finished,
            boolean failed,
            List<Shown> problems,
            boolean hasProblems,
            boolean running) {}
}
