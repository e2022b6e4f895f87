package com.loadwise.cli;

import com.loadwise.io.AtomicFiles;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.render.FigureSheet;
import com.loadwise.render.Templates;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise library figures [ID...] -o FILE.pdf}: a contact sheet of the levels' pictures. */
@Command(
        name = "figures",
        mixinStandardHelpOptions = true,
        description = "Print the pictures of exercise levels with their labels on a contact sheet (PDF or XHTML).")
final class LibraryFiguresCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Parameters(
            arity = "0..*",
            paramLabel = "ID",
            description = "Exercises ('clamshell') or single levels ('clamshell/band-clamshell'); default: all.")
    List<String> ids = new ArrayList<>();

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            converter = Converters.OutputFile.class,
            description = "The PDF (or HTML) file to write, atomically.")
    Path output;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "pdf",
            description = "pdf or html (default: ${DEFAULT-VALUE}).")
    HandoutOptions.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExerciseLibrary lib = library.load();
        List<Exercise> exercises = new ArrayList<>();
        List<Level> levels = ids.isEmpty() ? null : new ArrayList<>();
        if (ids.isEmpty()) {
            exercises.addAll(lib.exercises().values());
        }
        for (String id : ids) {
            String[] parts = id.split("/", 2);
            Exercise e = LibraryOptions.exercise(lib, parts[0]);
            if (!exercises.contains(e)) {
                exercises.add(e);
            }
            if (parts.length == 1) {
                levels.addAll(e.levels());
            } else {
                Level l = e.levels().stream()
                        .filter(x -> x.id().equals(parts[1]))
                        .findFirst()
                        .orElseThrow(() -> new UsageException("exercise '" + e.id() + "' has no level '" + parts[1]
                                + "' (its levels: "
                                + String.join(
                                        ", ", e.levels().stream().map(Level::id).toList())
                                + ")"));
                levels.add(l);
            }
        }
        FigureSheet.View view = FigureSheet.view(exercises, levels);
        Templates templates = new Templates(null);
        byte[] bytes = format == HandoutOptions.Format.html
                ? templates.render("figures", view).getBytes(StandardCharsets.UTF_8)
                : FigureSheet.pdf(templates, view);
        AtomicFiles.write(output, bytes);
        long missing = view.cells().stream().filter(FigureSheet.Cell::missing).count();
        spec.commandLine()
                .getErr()
                .println("Wrote " + output + " (" + view.cells().size()
                        + (view.cells().size() == 1 ? " level" : " levels")
                        + (missing > 0 ? ", " + missing + " without a pose or image" : "") + ").");
        return ExitCodes.OK;
    }
}
