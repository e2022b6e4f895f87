package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The LOADWISE_MAX_* variables reach a real run (a child JVM, since a test cannot set its own environment). */
class LimitsFromEnvironmentTest {

    private record Run(int code, String output) {}

    private static Run run(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String[] command = new String[args.length + 5];
        command[0] = java;
        command[1] = "-XX:TieredStopAtLevel=1";
        command[2] = "-cp";
        command[3] = System.getProperty("java.class.path");
        command[4] = Main.class.getName();
        System.arraycopy(args, 0, command, 5, args.length);
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), output);
    }

    @Test
    void aLoweredFileSizeLimitRefusesABundledFileAndABadValueNamesTheVariable() throws Exception {
        Run lowered = run(
                Map.of("LOADWISE_MAX_FILE_SIZE", "1K"),
                "library",
                "validate",
                "src/test/resources/valid-exercise.yaml");
        assertEquals(1, lowered.code(), lowered.output());
        assertTrue(
                lowered.output().startsWith("exercise-library/vocabulary.yaml: file is too large (")
                        && lowered.output().contains("the limit is 1.0 KiB")
                        && lowered.output().contains("LOADWISE_MAX_FILE_SIZE"),
                lowered.output());

        Run bad = run(Map.of("LOADWISE_MAX_FILE_SIZE", "lots"), "library", "validate");
        assertEquals(1, bad.code(), bad.output());
        assertEquals(
                "LOADWISE_MAX_FILE_SIZE: environment variable LOADWISE_MAX_FILE_SIZE='lots' is not a usable limit (write"
                        + " a whole number from 1 to 1099511627776, optionally with K, M or G, or unset it to use the"
                        + " default)\n1 problem found.\n",
                bad.output());
    }
}
