package com.loadwise.cli;

import com.loadwise.io.AtomicFiles;
import com.loadwise.plan.Planner;
import com.loadwise.render.Handouts;
import com.loadwise.render.TeamBatch;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import me.tongfei.progressbar.DelegatingProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loadwise team PROFILE --out-dir DIR}: one handout per athlete, plus the team booklet and the coach sheet.
 * Handouts are rendered on every core; a progress bar shows on an interactive terminal.
 */
@Command(
        name = "team",
        mixinStandardHelpOptions = true,
        description = "Print a team's handouts: one per athlete, team-booklet and coach-sheet.")
final class TeamCommand implements Callable<Integer> {

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
            description = "A team profile (see seeds/).")
    Path profile;

    @Option(
            names = "--out-dir",
            paramLabel = "DIR",
            required = true,
            converter = Converters.OutputFolder.class,
            description = "Folder for the files (created if missing).")
    Path outDir;

    @Option(
            names = "--logs",
            paramLabel = "DIR",
            converter = Converters.InputFolder.class,
            description = "A folder of check-in logs, one per athlete named after them (jane-doe.yaml): print the"
                    + " team's next block, from the week after the last week any athlete logged, each athlete"
                    + " re-planned from their own log, with a \"Since last time\" page.")
    Path logs;

    @Option(names = "--threads", paramLabel = "N", description = "Render on N threads (default: one per core).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (threads != null && threads < 1) {
            throw new UsageException("--threads " + threads + ": too few (use 1 or more)");
        }
        Planner planner = profileOptions.planner(library.libraries, profile);
        Planner.Team team = profileOptions.team(planner, profile);
        if (!team.profile().isTeam()) {
            throw new UsageException("'" + profile + "' is a " + team.profile().kind()
                    + " profile; use 'loadwise handout " + profile + " -o FILE.pdf'");
        }
        if (logs != null) {
            team = planner.withLogs(team, logs, logs.toString());
        }
        AtomicFiles.folder(outDir);
        Handouts handouts = new Handouts(planner.library(), handout.templates, profileOptions.words(profile));
        TeamBatch batch = new TeamBatch(
                planner,
                handouts,
                handout.options(),
                handout.format == HandoutOptions.Format.html,
                threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors());
        String ext = batch.extension();
        PrintWriter err = spec.commandLine().getErr();
        ProgressBar[] bar = {null};
        TeamBatch.Result result;
        try {
            result = batch.run(
                    team, (name, bytes) -> AtomicFiles.write(outDir.resolve(name), bytes), new TeamBatch.Progress() {
                        @Override
                        public void start(int files) {
                            bar[0] = progressBar(err, files);
                        }

                        @Override
                        public void step() {
                            TeamCommand.step(bar[0]);
                        }
                    });
        } finally {
            if (bar[0] != null) {
                bar[0].close();
            }
        }
        List<Problem> problems = result.problems();
        int written = result.written();
        err.println("Wrote " + written + " files to " + outDir + " (" + (written - 2) + " athletes, "
                + "team-booklet" + ext + ", coach-sheet" + ext + ")"
                + (problems.isEmpty() ? "." : "; athletes left out because of the problems below:"));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return ExitCodes.OK;
    }

    private static synchronized void step(ProgressBar bar) {
        if (bar != null) {
            bar.step();
        }
    }

    /** A progress bar on an interactive terminal only; scripts and tests get the one summary line. */
    private static ProgressBar progressBar(PrintWriter err, int total) {
        if (System.console() == null) {
            return null;
        }
        return new ProgressBarBuilder()
                .setTaskName("Handouts")
                .setInitialMax(total)
                .setUpdateIntervalMillis(100)
                .setConsumer(new DelegatingProgressBarConsumer(
                        s -> {
                            err.print("\r" + s);
                            err.flush();
                        },
                        80))
                .build();
    }
}
