package com.loadwise.testing;

import java.nio.file.Files;
import java.nio.file.Path;

/** The example check-in logs in {@code seeds/logs/}: each is named {@code SEED-what.yaml}. */
public final class ExampleLogs {

    private ExampleLogs() {}

    /** The seed profile a log belongs to: the longest prefix of its name that names a seed. */
    public static Path seedOf(Path log) {
        String name = log.getFileName().toString().replace(".yaml", "");
        for (int i = name.lastIndexOf('-'); i > 0; i = name.lastIndexOf('-', i - 1)) {
            Path seed = Path.of("seeds", name.substring(0, i) + ".yaml");
            if (Files.isRegularFile(seed)) {
                return seed;
            }
        }
        throw new AssertionError("no seed for the example log " + log);
    }
}
