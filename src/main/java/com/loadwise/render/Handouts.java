package com.loadwise.render;

import com.loadwise.library.ExerciseLibrary;
import com.loadwise.plan.Program;
import java.nio.file.Path;

/** Program to XHTML (through the Mustache templates) and to PDF. */
public final class Handouts {

    private final HandoutBuilder builder;
    private final Templates templates;

    public Handouts(ExerciseLibrary library, Path templatesOverride) {
        this.builder = new HandoutBuilder(library);
        this.templates = new Templates(templatesOverride);
    }

    public String xhtml(Program program, HandoutBuilder.Options options) {
        return templates.render("handout", builder.build(program, options));
    }

    /** The team booklet (portrait) or the coach sheet (landscape) as XHTML. */
    public String teamXhtml(java.util.List<Program> programs, HandoutBuilder.Options options, boolean coachSheet) {
        return templates.render(
                coachSheet ? "coach-sheet" : "booklet", TeamBuilder.build(programs, options, coachSheet));
    }

    /** The team booklet or the coach sheet as PDF. */
    public byte[] teamPdf(java.util.List<Program> programs, HandoutBuilder.Options options, boolean coachSheet) {
        TeamView view = TeamBuilder.build(programs, options, coachSheet);
        String xhtml = templates.render(coachSheet ? "coach-sheet" : "booklet", view);
        return PdfWriter.write(
                xhtml,
                new PdfWriter.Meta(
                        view.title(),
                        view.author(),
                        view.subject(),
                        view.lang(),
                        programs.get(0).start()));
    }

    public byte[] pdf(Program program, HandoutBuilder.Options options) {
        HandoutView view = builder.build(program, options);
        String xhtml = templates.render("handout", view);
        return PdfWriter.write(
                xhtml, new PdfWriter.Meta(view.title(), view.author(), view.subject(), view.lang(), program.start()));
    }
}
