package com.loadwise.cli;

import com.loadwise.export.Json;
import com.loadwise.export.ProgramFit;
import com.loadwise.export.ProgramIcs;
import com.loadwise.export.ProgramText;
import com.loadwise.io.AtomicFiles;
import com.loadwise.plan.Planner;
import com.loadwise.plan.TeamProgram;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code loadwise plan PROFILE}: a dated, staged program as text, JSON, YAML, a calendar or watch workouts. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Build the program for a client, team or runner profile.")
final class PlanCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        yaml,
        ics,
        fit
    }

    @Mixin
    LibraryOptions library;

    @Mixin
    ProfileOptions profileOptions;

    @Parameters(
            index = "0",
            paramLabel = "PROFILE",
            converter = Converters.InputFile.class,
            description = "A profile file (see seeds/).")
    Path profile;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text, json, yaml, ics, or fit (watch workouts: one file per run, into the folder -o"
                    + " names) (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            converter = Converters.OutputFileOrFolder.class,
            description = "Write to FILE (atomically) instead of standard output; with --format fit, the folder"
                    + " to write the workouts into (made if missing).")
    Path output;

    @Option(
            names = "--log",
            paramLabel = "FILE",
            converter = Converters.InputFile.class,
            description = "A check-in log: plan the next block, from the week after the last logged one, with the"
                    + " review applied (levels, running, stage length; listed as adjustments). Default: the"
                    + " profile's log:, when that file exists.")
    Path log;

    @Option(
            names = "--logs",
            paramLabel = "DIR",
            converter = Converters.InputFolder.class,
            description = "A team's check-in logs, one per athlete named after them (jane-doe.yaml): plan the"
                    + " team's next block, each athlete re-planned from their own log.")
    Path logs;

    @Option(names = "--explain", description = "Add why each choice was made (text format; always in JSON/YAML).")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        checkOutput();
        Planner planner = profileOptions.planner(library.libraries, profile);
        Planner.Plan plan = profileOptions.plan(planner, profile);
        if (logs != null) {
            if (!plan.profile().isTeam()) {
                throw new UsageException("--logs is a team's folder of logs; for one client or runner use --log FILE");
            }
            Planner.Team team = planner.withLogs(profileOptions.team(planner, profile), logs, logs.toString());
            plan = new Planner.Plan(
                    plan.profile(),
                    plan.blueprint(),
                    plan.profile().athletes().stream()
                            .map(a -> planner.program(team, a))
                            .toList());
        }
        Path logFile = logs != null ? null : ProfileOptions.log(log, plan);
        if (logFile != null) {
            Planner.Replan next = planner.replan(plan, logFile, logFile.toString());
            plan = new Planner.Plan(plan.profile(), plan.blueprint(), List.of(next.next()));
        }
        boolean team = plan.profile().isTeam();
        if (format == Format.fit) {
            return writeWorkouts(plan);
        }
        String text = switch (format) {
            case text -> ProgramText.render(plan.programs(), explain, profileOptions.words(profile));
            case json ->
                Json.write(team ? TeamProgram.of(plan) : plan.programs().get(0));
            case yaml -> Json.yaml(team ? TeamProgram.of(plan) : plan.programs().get(0));
            case ics -> ProgramIcs.render(plan.programs());
            case fit -> throw new IllegalStateException("written above");
        };
        if (output == null) {
            spec.commandLine().getOut().print(text);
        } else {
            AtomicFiles.write(output, text);
            spec.commandLine()
                    .getErr()
                    .println("Wrote " + output + " (" + plan.programs().size() + " program"
                            + (plan.programs().size() == 1 ? "" : "s") + ").");
        }
        return ExitCodes.OK;
    }

    /**
     * -o is a file for every format but fit, and a folder for fit; which one is known only once both options are
     * read, so it is checked here, before any work, with the same words as any other refused value.
     */
    private void checkOutput() {
        OptionSpec o = spec.findOption("--output");
        if (format == Format.fit && output == null) {
            throw new ParameterException(
                    spec.commandLine(), "--format fit writes one file per run: name a folder with -o DIR");
        }
        if (output == null) {
            return;
        }
        try {
            if (format == Format.fit) {
                new Converters.OutputFolder().convert(output.toString());
            } else {
                new Converters.OutputFile().convert(output.toString());
            }
        } catch (TypeConversionException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage(), e, o, output.toString());
        }
    }

    /** Every running session as a FIT workout in the folder: all encoded first, then each file written atomically. */
    private int writeWorkouts(Planner.Plan plan) {
        List<ProgramFit.Workout> workouts = ProgramFit.render(plan.programs());
        AtomicFiles.folder(output);
        for (ProgramFit.Workout w : workouts) {
            AtomicFiles.write(output.resolve(w.fileName()), w.bytes());
        }
        spec.commandLine()
                .getErr()
                .println("Wrote " + workouts.size() + " watch workout" + (workouts.size() == 1 ? "" : "s") + " to "
                        + output + (workouts.isEmpty() ? " (the program has no running sessions)" : "") + ".");
        return ExitCodes.OK;
    }
}
