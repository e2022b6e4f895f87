package com.loadwise.cli;

import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LibraryLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --library DIR}, shared by every command that reads the exercise library. */
final class LibraryOptions {

    @Option(
            names = "--library",
            paramLabel = "DIR",
            converter = Converters.InputFolder.class,
            description = "A clinic's own exercise folder laid over the bundled library (repeatable; later ones win).")
    List<Path> libraries = new ArrayList<>();

    ExerciseLibrary load() {
        return new LibraryLoader().load(libraries);
    }

    /** The exercise {@code id}, or a usage error naming the nearest id. */
    static com.loadwise.library.Exercise exercise(ExerciseLibrary lib, String id) {
        return lib.exercise(id)
                .orElseThrow(() -> new UsageException("no exercise '" + id + "' in the library ("
                        + com.loadwise.yaml.Names.nearest(id, lib.exercises().keySet())
                                .map(n -> "did you mean '" + n + "'?")
                                .orElse("see 'loadwise library list'")
                        + ")"));
    }
}
