package com.loadwise.cli;

import com.loadwise.io.AtomicFiles;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.Handouts;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise handout PROFILE -o FILE.pdf}: a client's or a runner's printed handout. */
@Command(
        name = "handout",
        mixinStandardHelpOptions = true,
        description = "Print a client's or a runner's program as a PDF (or XHTML) handout.")
final class HandoutCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Mixin
    HandoutOptions handout;

    @Mixin
    ProfileOptions profileOptions;

    @Parameters(
            index = "0",
            paramLabel = "PROFILE",
            converter = Converters.InputFile.class,
            description = "A client or runner profile (see seeds/).")
    Path profile;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            required = true,
            converter = Converters.OutputFile.class,
            description = "The PDF (or HTML) file to write, atomically.")
    Path output;

    @Option(
            names = "--log",
            paramLabel = "FILE",
            converter = Converters.InputFile.class,
            description = "A check-in log: prints the next block (from the week after the last logged one, with"
                    + " the review applied) and a \"Since last time\" page (sessions done, pain each week, what"
                    + " changes and why). Default: the profile's log:, when that file exists.")
    Path log;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        Planner planner = profileOptions.planner(library.libraries, profile);
        Planner.Plan plan = profileOptions.plan(planner, profile);
        if (plan.profile().isTeam()) {
            throw new UsageException("'" + profile + "' is a team profile; use 'loadwise team " + profile
                    + " --out-dir DIR' for one handout per athlete");
        }
        Program program = plan.programs().get(0);
        Handouts handouts = new Handouts(planner.library(), handout.templates, profileOptions.words(profile));
        HandoutBuilder.Options options = handout.options();
        Path logFile = ProfileOptions.log(log, plan);
        if (logFile != null) {
            // a returning client: the next block, with what changed since last time
            Planner.Replan next = planner.replan(plan, logFile, logFile.toString());
            program = next.next();
            options = options.since(next.review());
        }
        byte[] bytes = handout.format == HandoutOptions.Format.html
                ? handouts.xhtml(program, options).getBytes(StandardCharsets.UTF_8)
                : handouts.pdf(program, options);
        AtomicFiles.write(output, bytes);
        spec.commandLine().getErr().println("Wrote " + output + " (" + bytes.length / 1024 + " KiB).");
        return ExitCodes.OK;
    }
}
