package com.loadwise.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.garmin.fit.Decode;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Intensity;
import com.garmin.fit.Mesg;
import com.garmin.fit.MesgNum;
import com.garmin.fit.Sport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import com.loadwise.cli.Main;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Watch workouts: each FIT file is decoded back with Garmin's SDK (its own integrity check first) and its steps,
 * repeats written out, are compared with the run in the program: the total time, the walk/jog pattern, the number
 * and length of hard pieces, and a name that says the week and the day.
 */
class ProgramFitTest {

    /** A step as decoded from the file. */
    record Decoded(Intensity intensity, int seconds) {}

    /** A decoded workout file. */
    record Workout(FileIdMesg id, WorkoutMesg workout, List<Decoded> steps) {}

    static Workout decode(byte[] bytes) {
        assertTrue(new Decode().checkFileIntegrity(new ByteArrayInputStream(bytes)), "FIT integrity (header, CRC)");
        List<Mesg> messages = new ArrayList<>();
        new Decode().read(new ByteArrayInputStream(bytes), messages::add);
        FileIdMesg id = null;
        WorkoutMesg workout = null;
        List<WorkoutStepMesg> steps = new ArrayList<>();
        for (Mesg m : messages) {
            switch (m.getNum()) {
                case MesgNum.FILE_ID -> id = new FileIdMesg(m);
                case MesgNum.WORKOUT -> workout = new WorkoutMesg(m);
                case MesgNum.WORKOUT_STEP -> steps.add(new WorkoutStepMesg(m));
                default -> {}
            }
        }
        assertEquals(steps.size(), workout.getNumValidSteps());
        return new Workout(id, workout, expand(steps));
    }

    /** The steps in the order a watch runs them: a repeat step sends it back to a step until done N times. */
    static List<Decoded> expand(List<WorkoutStepMesg> steps) {
        List<Decoded> out = new ArrayList<>();
        int[] done = new int[steps.size()];
        int i = 0;
        while (i < steps.size()) {
            WorkoutStepMesg s = steps.get(i);
            assertEquals(i, s.getMessageIndex());
            if (s.getDurationType() == WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT) {
                if (++done[i] < s.getRepeatSteps()) {
                    i = s.getDurationStep().intValue();
                    continue;
                }
            } else {
                assertEquals(WktStepDuration.TIME, s.getDurationType());
                out.add(new Decoded(s.getIntensity(), Math.round(s.getDurationTime())));
            }
            i++;
        }
        return out;
    }

    static List<Program.Session> runs(List<Program> programs) {
        List<Program.Session> out = new ArrayList<>();
        for (Program p : programs) {
            for (Program.StageBlock s : p.stages()) {
                for (Program.Week w : s.weeks()) {
                    for (Program.Day d : w.days()) {
                        for (Program.Session session : d.sessions()) {
                            if (session.run() != null && !session.type().equals("race")) {
                                out.add(session);
                            }
                        }
                    }
                }
            }
        }
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(
            strings = {
                "seeds/runner-10k-self-guided.yaml",
                "seeds/physio-bone-stress-return-to-run.yaml",
                "seeds/physio-gluteal-tendinopathy.yaml"
            })
    void everyRunIsAWorkoutWhoseStepsAreTheRun(String seed) throws IOException {
        List<Program> programs =
                new Planner(List.of()).plan(Path.of(seed), null).programs();
        List<ProgramFit.Workout> workouts = ProgramFit.render(programs);
        List<Program.Session> runs = runs(programs);
        assertEquals(runs.size(), workouts.size(), "one workout per running session");
        assertTrue(runs.size() > 20, "the seed runs: " + runs.size());
        int walkJog = 0;
        int repeats = 0;
        for (int k = 0; k < workouts.size(); k++) {
            ProgramFit.Workout w = workouts.get(k);
            Program.Run run = runs.get(k).run();
            assertEquals(run, w.run());
            Workout decoded = decode(w.bytes());
            String at = w.fileName();
            assertEquals(com.garmin.fit.File.WORKOUT, decoded.id().getType(), at);
            assertEquals(Sport.RUNNING, decoded.workout().getSport(), at);
            assertTrue(decoded.workout().getWktName().matches("W\\d+ (Mon|Tue|Wed|Thu|Fri|Sat|Sun) .+"), at);
            assertTrue(decoded.workout().getWktName().endsWith(run.name()), at);
            assertTrue(at.matches("week-\\d\\d-\\d{4}-\\d\\d-\\d\\d-[a-z-]+\\.fit"), at);
            String day = at.substring(8, 18);
            assertTrue(
                    decoded.workout()
                            .getWktName()
                            .contains(" "
                                    + java.time.LocalDate.parse(day)
                                            .getDayOfWeek()
                                            .getDisplayName(TextStyle.SHORT, Locale.UK)
                                    + " "),
                    at);

            List<Decoded> steps = decoded.steps();
            assertEquals(
                    run.minutes() * 60,
                    steps.stream().mapToInt(Decoded::seconds).sum(),
                    at + ": total time");
            if (run.walkMinutes() != null && run.walkMinutes() > 0) {
                walkJog++;
                assertEquals(2 * run.repeats(), steps.size(), at);
                for (int i = 0; i < steps.size(); i++) {
                    Decoded s = steps.get(i);
                    assertEquals(i % 2 == 0 ? Intensity.REST : Intensity.ACTIVE, s.intensity(), at + " step " + i);
                    assertEquals((i % 2 == 0 ? run.walkMinutes() : run.jogMinutes()) * 60, s.seconds(), at);
                }
            } else if (run.workMinutes() == null || run.workMinutes() == 0) {
                assertEquals(List.of(new Decoded(Intensity.ACTIVE, run.minutes() * 60)), steps, at);
            } else {
                List<Decoded> hard = steps.stream()
                        .filter(s -> s.intensity() == Intensity.INTERVAL)
                        .toList();
                int pieces = run.repeats() == null ? 1 : run.repeats();
                repeats += run.repeats() == null ? 0 : 1;
                assertEquals(pieces, hard.size(), at + ": hard pieces");
                int hardSeconds = hard.stream().mapToInt(Decoded::seconds).sum();
                assertTrue(
                        hardSeconds <= run.workMinutes() * 60 && hardSeconds >= run.workMinutes() * 60 - 5 * pieces,
                        at + ": " + hardSeconds + " s hard for " + run.workMinutes() + " min of work");
                assertEquals(Intensity.WARMUP, steps.get(0).intensity(), at);
                assertEquals(Intensity.COOLDOWN, steps.get(steps.size() - 1).intensity(), at);
                if (run.repeats() != null) {
                    long recoveries = steps.stream()
                            .filter(s ->
                                    s.intensity() == Intensity.RECOVERY && s.seconds() == run.recoverMinutes() * 60)
                            .count();
                    assertEquals(pieces, recoveries, at + ": an easy recovery after each hard piece");
                }
            }
        }
        if (seed.contains("bone-stress")) {
            assertTrue(walkJog >= 8, "the bone-stress plan starts with walk/jog: " + walkJog);
        }
        if (seed.contains("10k")) {
            assertTrue(repeats >= 2, "the 10k plan has intervals or hills done as repeats: " + repeats);
        }
    }

    @Test
    void theSamePlanGivesTheSameBytesAndEveryFileNameOnce() throws IOException {
        Path seed = Path.of("seeds/runner-10k-self-guided.yaml");
        List<ProgramFit.Workout> a =
                ProgramFit.render(new Planner(List.of()).plan(seed, null).programs());
        List<ProgramFit.Workout> b =
                ProgramFit.render(new Planner(List.of()).plan(seed, null).programs());
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            assertEquals(a.get(i).fileName(), b.get(i).fileName());
            assertArrayEquals(a.get(i).bytes(), b.get(i).bytes(), a.get(i).fileName());
        }
        assertEquals(
                a.size(),
                a.stream().map(ProgramFit.Workout::fileName).distinct().count());
    }

    static String[] cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    @Test
    void planWritesOneFileAWorkoutIntoTheFolderItMakes(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("watch/workouts");
        String[] r =
                cli("plan", "seeds/physio-bone-stress-return-to-run.yaml", "--format", "fit", "-o", dir.toString());
        assertEquals("0", r[0], r[2]);
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.sorted().toList();
        }
        assertTrue(r[2].startsWith("Wrote " + files.size() + " watch workouts to " + dir), r[2]);
        for (Path f : files) {
            assertTrue(f.getFileName().toString().endsWith(".fit"), f.toString());
            decode(Files.readAllBytes(f));
        }
    }

    @Test
    void fitNeedsAFolderAndSaysSoInPeoplesWords(@TempDir Path tmp) throws IOException {
        String[] none = cli("plan", "seeds/runner-10k-self-guided.yaml", "--format", "fit");
        assertEquals("2", none[0]);
        assertTrue(
                none[2].startsWith("loadwise: --format fit writes one file per run: name a folder with -o DIR"),
                none[2]);

        Path file = Files.writeString(tmp.resolve("notes.txt"), "keep me");
        String[] onFile = cli("plan", "seeds/runner-10k-self-guided.yaml", "--format", "fit", "-o", file.toString());
        assertEquals("2", onFile[0]);
        assertTrue(onFile[2].startsWith("loadwise: -o " + file + ": this is a file, not a folder"), onFile[2]);
        assertEquals("keep me", Files.readString(file));

        String[] textOnFolder = cli("plan", "seeds/runner-10k-self-guided.yaml", "-o", tmp.toString());
        assertEquals("2", textOnFolder[0]);
        assertTrue(textOnFolder[2].startsWith("loadwise: -o " + tmp + ": this is a folder"), textOnFolder[2]);
    }
}
