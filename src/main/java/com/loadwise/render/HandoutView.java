package com.loadwise.render;

import java.util.List;
import java.util.Map;

/**
 * Everything a handout template prints, already worded and formatted; {@code t} holds the templates' fixed words
 * in the handout's language ({@code {{t.NAME}}}, see {@link com.loadwise.i18n.Messages#template}). Templates read these records' accessors;
 * asking for a name that does not exist is an error (see {@link Templates}), never a blank on paper.
 */
public record HandoutView(
        String lang,
        Map<String, String> t,
        String title,
        String subject,
        String author,
        Page page,
        Brand brand,
        Cover cover,
        List<StageRow> overview,
        Chart chart,
        String runningAfter,
        List<Card> warmUp,
        boolean hasWarmUp,
        List<StageView> stages,
        PainGuide pain,
        String flagsHeading,
        List<String> redFlags,
        List<String> urgentFlags,
        List<Column> redFlagColumns,
        List<Education> education,
        boolean hasEducation,
        List<CalendarWeek> calendar,
        List<String> calendarColumns,
        boolean hasCalendar,
        Since since) {

    /**
     * "Since last time", from a check-in log (null without one).
     *
     * @param period "Up to 24 January 2027"
     * @param sessions "20 of 20 planned sessions done"
     * @param pain the worst next-morning pain of each logged week
     * @param changes what changes next, and why
     */
    public record Since(
            String period,
            String sessions,
            List<PainWeek> pain,
            boolean hasPain,
            String painCaption,
            List<Change> changes) {}

    /**
     * One week's worst next-morning pain ("2/10", or "no score"); {@code height} is a percentage; {@code zone}
     * green, amber, red or none.
     */
    public record PainWeek(int number, int height, String score, String zone) {}

    /** One change: the exercise (or "Running"), what happens, why; {@code change} up, hold or down. */
    public record Change(String name, String what, String reason, String change) {}

    /** Paper and print size. */
    public record Page(String size, String bodySize, boolean largePrint, String accent, String accentLight) {}

    /** Clinic or club branding, shown on the cover and in the running header. */
    public record Brand(String name, String clinician, String contact, String logo, boolean hasLogo) {}

    /** The cover. */
    public record Cover(
            String heading,
            String athlete,
            String group,
            String withLine,
            String dates,
            String goal,
            String summary,
            String notes,
            String notesHeading,
            String race,
            List<String> facts) {}

    /** One row of the stage overview table. */
    public record StageRow(int number, String name, String weeks, String focus, String moveOn) {}

    /** The weekly load chart: bars drawn as boxes (vector in the PDF). */
    public record Chart(List<ChartWeek> weeks, int maxSets, int maxMinutes, boolean hasRunning, String caption) {}

    /** One week of the chart; heights are percentages of the chart's height. */
    public record ChartWeek(
            int number, int setsHeight, int runHeight, int sets, int minutes, String mark, boolean marked) {}

    /** A stage as printed. */
    public record StageView(
            int number,
            String name,
            String weeks,
            String intent,
            String purpose,
            List<String> startWhen,
            boolean hasStart,
            List<String> moveOnWhen,
            String moveOn,
            boolean hasMoveOn,
            String afterFlare,
            List<Card> cards,
            List<CompactCard> compactCards,
            List<RunRow> runs,
            boolean hasRuns,
            List<LogWeek> log,
            List<String> logColumns) {}

    /**
     * An exercise card. {@code dose} is the working dose (never a lighter week's unless the level appears only in
     * lighter weeks); {@code doseNotes} give the lighter weeks and the weeks whose dose differs; {@code cue} is the
     * first cue, the one line a compact card has room for.
     */
    public record Card(
            String exercise,
            String level,
            String levelOf,
            String dose,
            String when,
            List<String> doseNotes,
            boolean hasDoseNotes,
            String setup,
            List<Step> steps,
            List<String> cues,
            String cue,
            String mistake,
            String equipment,
            String moveUp,
            boolean hasMoveUp,
            String moveDown,
            String section,
            String video,
            String qr,
            boolean hasVideo,
            String image,
            boolean hasImage,
            String figure,
            boolean hasFigure,
            String pictureAlt) {}

    /**
     * The compact layout's card: one per exercise in a stage, with the picture of its first level and a line per
     * level the stage uses (a stage that moves an exercise up a level prints one card, not two).
     */
    public record CompactCard(
            String exercise,
            String section,
            List<CompactLevel> levels,
            String cue,
            String image,
            boolean hasImage,
            String figure,
            boolean hasFigure,
            String pictureAlt) {}

    /** One level on a compact card: which, its working dose and when, and the weeks whose dose differs. */
    public record CompactLevel(
            String levelOf, String level, String dose, String when, List<String> doseNotes, boolean hasDoseNotes) {}

    /** A numbered step. */
    public record Step(int number, String text) {}

    /** One week of running in a stage. */
    public record RunRow(String week, String dates, List<String> sessions, String total, String note) {}

    /** One week of the log grid: a tick box per session, a pain box per day with a session. */
    public record LogWeek(String week, String dates, List<LogCell> cells) {}

    /**
     * A cell of the log grid: one tick box per session, each glyph joined to its label by a no-break space (and
     * printed on a line of its own, so a box never sits apart from its label).
     */
    public record LogCell(List<String> ticks, boolean active) {}

    /** The pain-monitoring guide as a traffic light; {@code amber} is null for a model without an amber zone. */
    public record PainGuide(
            String name, String green, String amber, String red, String nextMorning, String afterFlare) {}

    /** Half of a list, for a layout that prints it in two columns (each column is a list of its own). */
    public record Column(List<String> items) {}

    /** An education block. */
    public record Education(String title, List<String> paragraphs) {}

    /** A week of the runner's calendar: seven day cells. */
    public record CalendarWeek(String week, List<CalendarDay> days, String total) {}

    /** A day of the runner's calendar: the date and what to do (empty for rest). */
    public record CalendarDay(String date, String text) {}
}
