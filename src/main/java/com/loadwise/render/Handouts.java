package com.loadwise.render;

import com.loadwise.i18n.Messages;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.plan.Program;
import java.nio.file.Path;

/** Program to XHTML (through the Mustache templates) and to PDF. */
public final class Handouts {

    private final HandoutBuilder builder;
    private final Templates templates;
    private final Messages words;

    public Handouts(ExerciseLibrary library, Path templatesOverride) {
        this(library, templatesOverride, Messages.english());
    }

    /** Handouts in {@code words}' language (the library should be read in the same language). */
    public Handouts(ExerciseLibrary library, Path templatesOverride, Messages words) {
        this.builder = new HandoutBuilder(library, words);
        this.templates = new Templates(templatesOverride);
        this.words = words;
    }

    /** The fixed words these handouts print in. */
    public Messages words() {
        return words;
    }

    public String xhtml(Program program, HandoutBuilder.Options options) {
        return templates.render(options.template(), builder.build(program, options));
    }

    /** The team booklet (portrait) or the coach sheet (landscape) as XHTML. */
    public String teamXhtml(java.util.List<Program> programs, HandoutBuilder.Options options, boolean coachSheet) {
        return teamXhtml(programs.get(0), TeamBuilder.summaries(programs, words), options, coachSheet);
    }

    /** As {@link #teamXhtml(java.util.List, HandoutBuilder.Options, boolean)}, from the athletes' summaries. */
    public String teamXhtml(
            Program first,
            java.util.List<TeamBuilder.Summary> athletes,
            HandoutBuilder.Options options,
            boolean coachSheet) {
        return templates.render(
                coachSheet ? "coach-sheet" : "booklet", TeamBuilder.build(first, athletes, options, coachSheet, words));
    }

    /** The team booklet or the coach sheet as PDF. */
    public byte[] teamPdf(java.util.List<Program> programs, HandoutBuilder.Options options, boolean coachSheet) {
        return teamPdf(programs.get(0), TeamBuilder.summaries(programs, words), options, coachSheet);
    }

    /** As {@link #teamPdf(java.util.List, HandoutBuilder.Options, boolean)}, from the athletes' summaries. */
    public byte[] teamPdf(
            Program first,
            java.util.List<TeamBuilder.Summary> athletes,
            HandoutBuilder.Options options,
            boolean coachSheet) {
        TeamView view = TeamBuilder.build(first, athletes, options, coachSheet, words);
        String xhtml = templates.render(coachSheet ? "coach-sheet" : "booklet", view);
        return PdfWriter.write(
                xhtml, new PdfWriter.Meta(view.title(), view.author(), view.subject(), view.lang(), first.start()));
    }

    public byte[] pdf(Program program, HandoutBuilder.Options options) {
        HandoutView view = builder.build(program, options);
        String xhtml = templates.render(options.template(), view);
        return PdfWriter.write(
                xhtml, new PdfWriter.Meta(view.title(), view.author(), view.subject(), view.lang(), program.start()));
    }
}
