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

    public byte[] pdf(Program program, HandoutBuilder.Options options) {
        HandoutView view = builder.build(program, options);
        String xhtml = templates.render("handout", view);
        return PdfWriter.write(
                xhtml, new PdfWriter.Meta(view.title(), view.author(), view.subject(), view.lang(), program.start()));
    }
}
