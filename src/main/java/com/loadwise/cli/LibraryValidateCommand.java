package com.loadwise.cli;

import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LibraryLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise library validate [PATH...]}: every problem at once. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check exercise files and report every problem as file:line:column: what is wrong (hint).",
            "Without PATH, checks the bundled library (and any --library folders). A PATH (file or folder) is "
                    + "checked laid over the bundled library, so it may refer to bundled exercises."
        })
final class LibraryValidateCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Exercise files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> layers = new ArrayList<>(library.libraries);
        for (Path p : paths) {
            // checked here rather than by a converter: picocli reports a refused value of a list of arguments as
            // "unmatched argument"
            layers.add(Converters.InputPath.check(p));
        }
        ExerciseLibrary lib = new LibraryLoader().load(layers);
        spec.commandLine()
                .getOut()
                .printf(
                        "OK: %d files, %d exercise families, %d levels, no problems.%n",
                        lib.files(), lib.exercises().size(), lib.levelCount());
        return ExitCodes.OK;
    }
}
