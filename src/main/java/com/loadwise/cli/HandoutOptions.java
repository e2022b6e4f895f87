package com.loadwise.cli;

import com.loadwise.render.Branding;
import com.loadwise.render.HandoutBuilder;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Options shared by {@code handout} and {@code team}. */
final class HandoutOptions {

    enum Paper {
        a4,
        letter
    }

    enum Format {
        pdf,
        html
    }

    enum Layout {
        full,
        compact
    }

    @Option(
            names = "--layout",
            paramLabel = "LAYOUT",
            defaultValue = "full",
            description = "full (every card with its steps; for a first visit) or compact (an overview page, then a"
                    + " page per stage with its cards three to a row and its log) (default: ${DEFAULT-VALUE}).")
    Layout layout;

    @Option(
            names = "--paper",
            paramLabel = "SIZE",
            defaultValue = "a4",
            description = "a4 or letter (default: ${DEFAULT-VALUE}).")
    Paper paper;

    @Option(names = "--large-print", description = "Body text of at least 14 pt.")
    boolean largePrint;

    @Option(
            names = "--branding",
            paramLabel = "FILE",
            converter = Converters.InputFile.class,
            description =
                    "A YAML file with the clinic or club's name, clinician, contact, logo (PNG) and accent colour.")
    Path branding;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "pdf",
            description = "pdf or html (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--templates",
            paramLabel = "DIR",
            converter = Converters.InputFolder.class,
            description = "Use templates from DIR in place of the bundled ones of the same name.")
    Path templates;

    HandoutBuilder.Options options() {
        Branding b = branding == null ? Branding.none() : Branding.read(branding, branding.toString());
        return new HandoutBuilder.Options(paper.name(), largePrint, b, layout.name());
    }
}
