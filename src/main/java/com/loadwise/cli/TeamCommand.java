package com.loadwise.cli;

import com.loadwise.io.AtomicFiles;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Profile;
import com.loadwise.plan.Program;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.Handouts;
import com.loadwise.render.TeamBuilder;
import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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

    @Option(names = "--threads", paramLabel = "N", description = "Render on N threads (default: one per core).")
    Integer threads;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        if (threads != null && threads < 1) {
            throw new UsageException("--threads " + threads + ": too few (use 1 or more)");
        }
        Planner planner = new Planner(library.libraries);
        Planner.Team team = profileOptions.team(planner, profile);
        if (!team.profile().isTeam()) {
            throw new UsageException("'" + profile + "' is a " + team.profile().kind()
                    + " profile; use 'loadwise handout " + profile + " -o FILE.pdf'");
        }
        // one athlete's bad data stops no other: their problems are collected and reported at the end (exit 1)
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>(team.rosterProblems()));
        try {
            Files.createDirectories(outDir);
        } catch (java.io.IOException e) {
            throw new InputException(Problem.inFile(
                    outDir.toString(), "cannot create the folder: " + FileErrors.why(e), "give another folder"));
        }
        Handouts handouts = new Handouts(planner.library(), handout.templates);
        HandoutBuilder.Options options = handout.options();
        boolean html = handout.format == HandoutOptions.Format.html;
        String ext = html ? ".html" : ".pdf";
        PrintWriter err = spec.commandLine().getErr();
        int n = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        ExecutorService pool = Executors.newFixedThreadPool(n);
        AtomicInteger written = new AtomicInteger();
        try {
            // 1. plan every athlete and keep only the summary the booklet and coach sheet need (programs dropped)
            List<Profile.Athlete> athletes = new ArrayList<>();
            List<TeamBuilder.Summary> summaries = new ArrayList<>();
            Program first = null;
            List<Future<Program>> planned = new ArrayList<>();
            for (Profile.Athlete a : team.profile().athletes()) {
                planned.add(pool.submit(() -> planner.program(team, a)));
            }
            for (int i = 0; i < planned.size(); i++) {
                Program p = outcome(planned.get(i), problems);
                if (p != null) {
                    Profile.Athlete a = team.profile().athletes().get(i);
                    first = first == null ? p : first;
                    athletes.add(a);
                    summaries.add(TeamBuilder.summarize(p, a.number()));
                }
            }
            if (athletes.isEmpty()) {
                throw new InputException(problems);
            }
            // 2. render: the booklet first (the longest job), then each athlete, planned again in its own job and
            // dropped once its file is written, and the coach sheet last, after the booklet is done: the two big
            // documents (each holds every athlete) never share the heap, and memory stays flat for any roster
            List<Future<?>> jobs = new ArrayList<>();
            Program head = first;
            try (ProgressBar bar = progressBar(err, athletes.size() + 2)) {
                java.util.function.Function<Boolean, Callable<Void>> teamDocument = coach -> () -> {
                    Path file = outDir.resolve((coach ? "coach-sheet" : "team-booklet") + ext);
                    write(
                            file,
                            html
                                    ? handouts.teamXhtml(head, summaries, options, coach)
                                            .getBytes(StandardCharsets.UTF_8)
                                    : handouts.teamPdf(head, summaries, options, coach));
                    written.incrementAndGet();
                    step(bar);
                    return null;
                };
                Future<?> booklet = pool.submit(teamDocument.apply(false));
                jobs.add(booklet);
                for (Profile.Athlete a : athletes) {
                    // numbered by roster row, so a row left out for a mistake leaves a gap rather than renumbering
                    Path file = outDir.resolve(
                            TeamBuilder.fileName(a.number(), a.name()).replace(".pdf", ext));
                    jobs.add(pool.submit(() -> {
                        Program p = planner.program(team, a);
                        write(
                                file,
                                html
                                        ? handouts.xhtml(p, options).getBytes(StandardCharsets.UTF_8)
                                        : handouts.pdf(p, options));
                        written.incrementAndGet();
                        step(bar);
                        return null;
                    }));
                }
                Callable<Void> coachSheet = teamDocument.apply(true);
                jobs.add(pool.submit(() -> {
                    // the last job: if the booklet is still being rendered, wait for it rather than hold both
                    try {
                        booklet.get();
                    } catch (ExecutionException e) {
                        // reported with the booklet's own job
                    }
                    return coachSheet.call();
                }));
                for (Future<?> job : jobs) {
                    outcome(job, problems);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        err.println("Wrote " + written.get() + " files to " + outDir + " (" + (written.get() - 2) + " athletes, "
                + "team-booklet" + ext + ", coach-sheet" + ext + ")"
                + (problems.isEmpty() ? "." : "; athletes left out because of the problems below:"));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return ExitCodes.OK;
    }

    /** A job's result; an athlete's bad data ({@link InputException}) is collected, anything else is a bug. */
    private static <T> T outcome(Future<T> job, List<Problem> problems) throws InterruptedException {
        try {
            return job.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InputException ie) {
                problems.addAll(ie.problems());
                return null;
            }
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        }
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
