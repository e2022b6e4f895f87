package com.loadwise.render;

import java.util.List;

/** The team booklet and the coach sheet, already worded. */
public record TeamView(
        String lang,
        java.util.Map<String, String> t,
        String title,
        String subject,
        String author,
        HandoutView.Page page,
        HandoutView.Brand brand,
        String team,
        String coach,
        String blueprint,
        String summary,
        String dates,
        List<RosterRow> roster,
        List<AthleteSection> athletes,
        List<Block> blocks,
        HandoutView.PainGuide pain,
        String flagsHeading,
        List<String> redFlags,
        List<String> urgentFlags) {

    /** One athlete in the roster table. */
    public record RosterRow(int number, String name, String group, String file) {}

    /** One athlete's pages in the booklet: per stage, what to do each week. */
    public record AthleteSection(String name, String group, List<AthleteStage> stages) {}

    /** A stage of one athlete: a row per exercise, a cell per week. */
    public record AthleteStage(String name, String weeks, List<String> weekHeads, List<ExerciseRow> rows) {}

    /** An exercise with its level and dose each week. */
    public record ExerciseRow(String exercise, List<String> cells) {}

    /** One landscape page of the coach sheet: a stage (block of weeks), athletes by exercises. */
    public record Block(String name, String weeks, List<String> exercises, List<CoachRow> rows) {}

    /** One athlete on the coach sheet: a cell per exercise with level and load for each week. */
    public record CoachRow(String name, String group, List<CoachCell> cells) {}

    /** One cell of the coach sheet: a line per week. */
    public record CoachCell(List<String> lines) {}
}
