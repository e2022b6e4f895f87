package com.loadwise.cli;

import com.loadwise.io.AtomicFiles;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.Handouts;
import com.loadwise.render.TeamBuilder;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
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

    @Parameters(index = "0", paramLabel = "PROFILE", description = "A team profile (see seeds/).")
    Path profile;

    @Option(
            names = "--out-dir",
            paramLabel = "DIR",
            required = true,
            description = "Folder for the files (created if missing).")
    Path outDir;

    @Option(names = "--threads", paramLabel = "N", description = "Render on N threads (default: one per core).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Planner planner = new Planner(library.libraries);
        Planner.Plan plan = profileOptions.plan(planner, profile);
        if (!plan.profile().isTeam()) {
            throw new UsageException("'" + profile + "' is a " + plan.profile().kind()
                    + " profile; use 'loadwise handout " + profile + " -o FILE.pdf'");
        }
        try {
            Files.createDirectories(outDir);
        } catch (java.io.IOException e) {
            throw new InputException(
                    Problem.inFile(outDir.toString(), "cannot create the folder: " + e.getMessage(), "check the path"));
        }
        Handouts handouts = new Handouts(planner.library(), handout.templates);
        HandoutBuilder.Options options = handout.options();
        boolean html = handout.format == HandoutOptions.Format.html;
        String ext = html ? ".html" : ".pdf";
        List<Program> programs = plan.programs();
        PrintWriter err = spec.commandLine().getErr();
        int n = threads != null ? Math.max(1, threads) : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        AtomicInteger written = new AtomicInteger();
        List<Future<?>> jobs = new ArrayList<>();
        try (ProgressBar bar = progressBar(err, programs.size() + 2)) {
            // the booklet and the coach sheet are the longest jobs: start them first so no core idles at the end
            for (boolean coach : new boolean[] {false, true}) {
                Path file = outDir.resolve((coach ? "coach-sheet" : "team-booklet") + ext);
                jobs.add(pool.submit(() -> {
                    write(
                            file,
                            html
                                    ? handouts.teamXhtml(programs, options, coach)
                                            .getBytes(StandardCharsets.UTF_8)
                                    : handouts.teamPdf(programs, options, coach));
                    written.incrementAndGet();
                    step(bar);
                }));
            }
            for (int i = 0; i < programs.size(); i++) {
                Program p = programs.get(i);
                Path file =
                        outDir.resolve(TeamBuilder.fileName(i + 1, p.athlete()).replace(".pdf", ext));
                jobs.add(pool.submit(() -> {
                    write(
                            file,
                            html
                                    ? handouts.xhtml(p, options).getBytes(StandardCharsets.UTF_8)
                                    : handouts.pdf(p, options));
                    written.incrementAndGet();
                    step(bar);
                }));
            }
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        err.println("Wrote " + written.get() + " files to " + outDir + " (" + programs.size() + " athletes, "
                + "team-booklet" + ext + ", coach-sheet" + ext + ").");
        return ExitCodes.OK;
    }

    private static void write(Path file, byte[] bytes) {
        AtomicFiles.write(file, bytes);
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
