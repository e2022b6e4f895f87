package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handout run killed with SIGKILL (a child JVM, {@link Process#destroyForcibly}) at several points while it
 * writes over an existing handout: afterwards the file is either the old one, byte for byte, or the complete new
 * one (output is deterministic, so "complete" means identical to a run that finished), never a partial file. A
 * handout's write is too short to hit reliably, so a second test kills a 200-athlete JSON plan (tens of megabytes)
 * while its temporary file is growing.
 */
class KilledWriteTest {

    private static final String PROFILE = "seeds/runner-10k-self-guided.yaml";
    private static final byte[] OLD = "%PDF-1.7\n% last week's handout, which must survive\n%%EOF\n".getBytes();

    private static Process start(Path out, Path log) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "handout",
                        PROFILE,
                        "-o",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
    }

    private static boolean temporaryFileExists(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.anyMatch(p -> p.getFileName().toString().endsWith(".tmp"));
        }
    }

    @Test
    void aKilledHandoutLeavesTheOldFileOrTheCompleteNewOne(@TempDir Path tmp) throws Exception {
        // given the handout as a finished run writes it
        Path reference = tmp.resolve("reference.pdf");
        CliTest.Result r = CliTest.run("handout", PROFILE, "-o", reference.toString());
        assertEquals(0, r.code(), r.err());
        byte[] complete = Files.readAllBytes(reference);

        // when runs are killed after 0.3 s, 1 s and 2 s, the moment the temporary file appears, or not at all
        long[] killAfterMillis = {300, 1000, 2000, -1, Long.MAX_VALUE};
        List<String> outcomes = new ArrayList<>();
        for (long kill : killAfterMillis) {
            Path dir = Files.createDirectories(tmp.resolve("run-" + outcomes.size()));
            Path out = Files.write(dir.resolve("handout.pdf"), OLD);
            Process p = start(out, tmp.resolve("run-" + outcomes.size() + ".log"));
            if (kill == Long.MAX_VALUE) {
                assertEquals(0, p.waitFor(), Files.readString(tmp.resolve("run-" + outcomes.size() + ".log")));
            } else if (kill < 0) {
                long deadline = System.nanoTime() + 120_000_000_000L;
                while (p.isAlive() && !temporaryFileExists(dir) && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                }
                p.destroyForcibly();
            } else {
                Thread.sleep(kill);
                p.destroyForcibly();
            }
            p.waitFor();

            // then the file is the old one or the complete new one
            byte[] now = Files.readAllBytes(out);
            String state = Arrays.equals(now, OLD) ? "old" : Arrays.equals(now, complete) ? "new" : "PARTIAL";
            outcomes.add((kill == Long.MAX_VALUE
                            ? "not killed"
                            : kill < 0 ? "killed at the temporary file" : "killed after " + kill + " ms")
                    + ": " + state + " (exit " + p.exitValue() + ")");
            assertTrue(!state.equals("PARTIAL"), outcomes.toString());
        }
        System.out.println("KilledWriteTest: " + outcomes);
        assertTrue(outcomes.get(0).contains(": old"), "a run killed at 0.3 s has not written yet: " + outcomes);
        assertTrue(outcomes.get(4).contains(": new"), outcomes.toString());
        assertArrayEquals(complete, Files.readAllBytes(tmp.resolve("run-4/handout.pdf")));
    }

    @Test
    void aPlanKilledWhileItsTemporaryFileGrowsLeavesTheOldFile(@TempDir Path tmp) throws Exception {
        // given a 200-athlete team, whose JSON plan is tens of megabytes: a write long enough to be caught
        List<String> seed = Files.readAllLines(Path.of("seeds/coach-team-roster.csv")).stream()
                .filter(row -> !row.startsWith("\""))
                .toList();
        StringBuilder csv = new StringBuilder(seed.get(0)).append('\n');
        for (int i = 0; i < 200; i++) {
            String row = seed.get(1 + i % (seed.size() - 1));
            csv.append("Athlete ")
                    .append(i + 1)
                    .append(row.substring(row.indexOf(',')))
                    .append('\n');
        }
        Files.writeString(tmp.resolve("coach-team-roster.csv"), csv);
        Path profile = Files.copy(Path.of("seeds/coach-team-preseason.yaml"), tmp.resolve("team.yaml"));
        Path dir = Files.createDirectories(tmp.resolve("out"));
        Path out = Files.write(dir.resolve("plan.json"), OLD);

        // when the run is killed as soon as its temporary file holds some bytes
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(
                        java,
                        "-XX:TieredStopAtLevel=1",
                        "-cp",
                        System.getProperty("java.class.path"),
                        Main.class.getName(),
                        "plan",
                        profile.toString(),
                        "--format",
                        "json",
                        "-o",
                        out.toString())
                .redirectErrorStream(true)
                .redirectOutput(tmp.resolve("plan.log").toFile())
                .start();
        long partial = -1;
        while (p.isAlive() && partial <= 0) {
            try (Stream<Path> s = Files.list(dir)) {
                for (Path f : s.filter(f -> f.getFileName().toString().endsWith(".tmp"))
                        .toList()) {
                    try {
                        partial = Files.size(f);
                    } catch (IOException gone) {
                        // renamed between list and size: the write finished
                    }
                }
            }
        }
        p.destroyForcibly();
        p.waitFor();

        // then the target is the old file (or, if the write won the race, a complete plan that parses)
        byte[] now = Files.readAllBytes(out);
        System.out.println("KilledWriteTest: plan killed with " + partial + " bytes in its temporary file; target "
                + (Arrays.equals(now, OLD) ? "old" : "replaced") + " (exit " + p.exitValue() + ")");
        if (!Arrays.equals(now, OLD)) {
            new com.fasterxml.jackson.databind.ObjectMapper().readTree(now);
            assertEquals(0, p.exitValue());
        } else {
            assertEquals(137, p.exitValue(), "killed by SIGKILL");
        }
    }
}
