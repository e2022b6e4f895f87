package com.loadwise.export;

import com.garmin.fit.BufferEncoder;
import com.garmin.fit.DateTime;
import com.garmin.fit.FileIdMesg;
import com.garmin.fit.Fit;
import com.garmin.fit.Intensity;
import com.garmin.fit.Manufacturer;
import com.garmin.fit.Mesg;
import com.garmin.fit.Sport;
import com.garmin.fit.WktStepDuration;
import com.garmin.fit.WktStepTarget;
import com.garmin.fit.WorkoutMesg;
import com.garmin.fit.WorkoutStepMesg;
import com.loadwise.io.FileNames;
import com.loadwise.plan.Program;
import com.loadwise.plan.RunSteps;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * A program's running sessions as FIT structured workouts (Garmin FIT SDK): one file per run, its steps those of
 * {@link RunSteps} (warm-up, walk/jog or hard/easy repeats by time, cool-down), its name the week and the day
 * ("W3 Tue Tempo run"). Races and strength sessions have no file. Every value derives from the program, never the
 * clock, so the same plan gives the same bytes.
 */
public final class ProgramFit {

    /** A workout file: its name (unique within the program list) and its bytes. */
    public record Workout(String fileName, String name, Program.Run run, byte[] bytes) {}

    /** Watches show about 15 characters of a workout's name; names stay short and start with what differs. */
    static final int NAME_MAX = 40;

    private ProgramFit() {}

    /** One workout per running session of every program, in date order; a team's files start with the athlete. */
    public static List<Workout> render(List<Program> programs) {
        List<Workout> out = new ArrayList<>();
        int athlete = 0;
        for (Program p : programs) {
            athlete++;
            String prefix = programs.size() == 1 ? "" : FileNames.numbered(athlete, p.athlete()) + "-";
            for (Program.StageBlock s : p.stages()) {
                for (Program.Week w : s.weeks()) {
                    for (Program.Day d : w.days()) {
                        int index = 0;
                        for (Program.Session session : d.sessions()) {
                            RunSteps steps = session.run() == null ? null : RunSteps.of(session.run());
                            if (steps == null) {
                                continue;
                            }
                            index++;
                            String day = d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK);
                            String name = "W" + w.number() + " " + day + " "
                                    + session.run().name();
                            String file = String.format(
                                    Locale.ROOT,
                                    "%sweek-%02d-%s-%s%s.fit",
                                    prefix,
                                    w.number(),
                                    d.date(),
                                    FileNames.slug(session.run().name()),
                                    index == 1 ? "" : "-" + index);
                            out.add(new Workout(
                                    file, name, session.run(), encode(p, d, name, description(s, w, session), steps)));
                        }
                    }
                }
            }
        }
        return out;
    }

    private static String description(Program.StageBlock s, Program.Week w, Program.Session session) {
        return s.name() + ", week " + w.number() + (w.deload() ? " (lighter week)" : "") + ": "
                + session.run().effort() + ", " + session.run().terrain();
    }

    private static byte[] encode(Program p, Program.Day d, String name, String description, RunSteps steps) {
        List<Mesg> messages = new ArrayList<>();
        FileIdMesg id = new FileIdMesg();
        id.setType(com.garmin.fit.File.WORKOUT);
        id.setManufacturer(Manufacturer.DEVELOPMENT);
        id.setProduct(0);
        CRC32 crc = new CRC32();
        crc.update((p.athlete() + "|" + p.blueprint().id() + "|" + d.date() + "|" + name)
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        id.setSerialNumber(crc.getValue() == 0 ? 1 : crc.getValue());
        id.setTimeCreated(new DateTime(Date.from(p.start().atStartOfDay().toInstant(ZoneOffset.UTC))));
        messages.add(id);

        List<WorkoutStepMesg> wsteps = new ArrayList<>();
        steps.before().forEach(s -> wsteps.add(step(wsteps.size(), s)));
        if (!steps.repeated().isEmpty()) {
            int first = wsteps.size();
            steps.repeated().forEach(s -> wsteps.add(step(wsteps.size(), s)));
            if (steps.repeats() > 1) {
                WorkoutStepMesg repeat = new WorkoutStepMesg();
                repeat.setMessageIndex(wsteps.size());
                repeat.setDurationType(WktStepDuration.REPEAT_UNTIL_STEPS_CMPLT);
                repeat.setDurationStep((long) first);
                repeat.setRepeatSteps((long) steps.repeats());
                wsteps.add(repeat);
            }
        }
        steps.after().forEach(s -> wsteps.add(step(wsteps.size(), s)));

        WorkoutMesg workout = new WorkoutMesg();
        workout.setSport(Sport.RUNNING);
        workout.setWktName(shorten(name, NAME_MAX));
        workout.setWktDescription(shorten(description, 200));
        workout.setNumValidSteps(wsteps.size());
        messages.add(workout);
        messages.addAll(wsteps);

        BufferEncoder encoder = new BufferEncoder(Fit.ProtocolVersion.V2_0);
        encoder.write(messages);
        return encoder.close();
    }

    private static WorkoutStepMesg step(int index, RunSteps.Step s) {
        WorkoutStepMesg m = new WorkoutStepMesg();
        m.setMessageIndex(index);
        m.setWktStepName(s.name());
        m.setDurationType(WktStepDuration.TIME);
        m.setDurationTime((float) s.seconds());
        m.setTargetType(WktStepTarget.OPEN);
        m.setIntensity(
                switch (s.kind()) {
                    case WARM_UP -> Intensity.WARMUP;
                    case EASY -> Intensity.ACTIVE;
                    case WALK -> Intensity.REST;
                    case HARD -> Intensity.INTERVAL;
                    case RECOVER -> Intensity.RECOVERY;
                    case COOL_DOWN -> Intensity.COOLDOWN;
                });
        m.setNotes(shorten(s.effort(), 100));
        return m;
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 1) + "\u2026";
    }
}
