package com.loadwise.plan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Roster size and program length: the sizes a real user needs work; beyond the limit, a clear message. */
class InputSizeLimitsTest {

    private static Planner planner;

    @BeforeAll
    static void load() {
        planner = new Planner(List.of());
    }

    /** A copy of the seed team with a roster of {@code n} athletes (the seed's 24 rows, renamed and repeated). */
    static Path team(Path dir, int n) throws IOException {
        List<String> seed = Files.readAllLines(Path.of("seeds/coach-team-roster.csv")).stream()
                .filter(r -> !r.startsWith("\""))
                .toList();
        StringBuilder csv = new StringBuilder(seed.get(0)).append('\n');
        for (int i = 0; i < n; i++) {
            String row = seed.get(1 + i % (seed.size() - 1));
            csv.append("Athlete ")
                    .append(i + 1)
                    .append(row.substring(row.indexOf(',')))
                    .append('\n');
        }
        Files.writeString(dir.resolve("coach-team-roster.csv"), csv);
        Path profile = dir.resolve("team.yaml");
        Files.copy(Path.of("seeds/coach-team-preseason.yaml"), profile);
        return profile;
    }

    @Test
    void aRosterOf2000AthletesIsPlanned(@TempDir Path dir) throws IOException {
        Path profile = team(dir, 2000);

        Planner.Plan plan = planner.plan(profile, null);

        assertEquals(2000, plan.programs().size());
        assertEquals("Athlete 2000", plan.programs().get(1999).athlete());
    }

    @Test
    void aRosterOverTheLimitIsRefusedNamingTheFileAndHowToRaiseIt(@TempDir Path dir) throws IOException {
        Path profile = team(dir, 5001);

        InputException e = assertThrows(InputException.class, () -> planner.plan(profile, null));

        List<String> problems = e.problems().stream().map(Problem::format).toList();
        assertEquals(
                List.of(profile + ":13:9: the roster has 5001 athletes; the limit is 5000 (split it into several"
                        + " teams, or raise the limit with the environment variable LOADWISE_MAX_ATHLETES)"),
                problems);
    }

    @Test
    void aProgramOf104WeeksIsPlannedAnd105IsRefused(@TempDir Path dir) throws IOException {
        // given the gluteal tendinopathy client over two years, then one week more
        String seed = Files.readString(Path.of("seeds/physio-gluteal-tendinopathy.yaml"));
        Path two = dir.resolve("two-years.yaml");
        Files.writeString(two, seed.replaceAll("(?m)^weeks: .*$", "weeks: 104"));
        Path more = dir.resolve("too-long.yaml");
        Files.writeString(more, seed.replaceAll("(?m)^weeks: .*$", "weeks: 105"));

        Program p = planner.plan(two, null).programs().get(0);
        assertEquals(104 * 7, ChronoUnit.DAYS.between(p.start(), p.end()) + 1);

        InputException e = assertThrows(InputException.class, () -> planner.plan(more, null));
        assertTrue(
                e.problems().get(0).format().contains("a program of 105 weeks is not possible"),
                e.problems().toString());
    }

    @Test
    void aRosterFileOverTheSizeLimitIsRefusedBeforeItIsParsed(@TempDir Path dir) throws IOException {
        Path profile = team(dir, 1);
        try (java.io.RandomAccessFile f = new java.io.RandomAccessFile(
                dir.resolve("coach-team-roster.csv").toFile(), "rw")) {
            f.setLength(3L * 1024 * 1024);
        }

        InputException e = assertThrows(InputException.class, () -> planner.plan(profile, null));

        assertEquals(
                List.of(dir.resolve("coach-team-roster.csv") + ": the roster file is larger than 2097152 bytes (split"
                        + " the team, or raise the limit with the environment variable LOADWISE_MAX_FILE_SIZE)"),
                e.problems().stream().map(Problem::format).toList());
    }
}
