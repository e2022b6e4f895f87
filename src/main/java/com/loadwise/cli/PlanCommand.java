package com.loadwise.cli;

import com.loadwise.export.Json;
import com.loadwise.export.ProgramIcs;
import com.loadwise.export.ProgramText;
import com.loadwise.io.AtomicFiles;
import com.loadwise.plan.Planner;
import com.loadwise.plan.TeamProgram;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise plan PROFILE}: a dated, staged program as text, JSON, YAML or a calendar. */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        description = "Build the program for a client, team or runner profile.")
final class PlanCommand implements Callable<Integer> {

    enum Format {
        text,
        json,
        yaml,
        ics
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
            description = "text, json, yaml or ics (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            converter = Converters.OutputFile.class,
            description = "Write to FILE (atomically) instead of standard output.")
    Path output;

    @Option(names = "--explain", description = "Add why each choice was made (text format; always in JSON/YAML).")
    boolean explain;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Planner.Plan plan = profileOptions.plan(new Planner(library.libraries), profile);
        boolean team = plan.profile().isTeam();
        String text = switch (format) {
            case text -> ProgramText.render(plan.programs(), explain);
            case json ->
                Json.write(team ? TeamProgram.of(plan) : plan.programs().get(0));
            case yaml -> Json.yaml(team ? TeamProgram.of(plan) : plan.programs().get(0));
            case ics -> ProgramIcs.render(plan.programs());
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
}
