package com.loadwise.render;

import com.loadwise.plan.Planner;
import com.loadwise.plan.Profile;
import com.loadwise.plan.Program;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A team's files: one handout per athlete, the team booklet and the coach sheet, rendered on a thread pool and
 * handed to a {@link Sink} one by one (the CLI writes them into a folder, the web app into a ZIP). One athlete's
 * bad data stops no other: their problems are collected and returned. Memory holds about one document per thread:
 * the booklet is rendered first, each athlete is planned again inside their own job and dropped once written, and
 * the coach sheet waits for the booklet.
 */
public final class TeamBatch {

    /** Receives each finished file; called from the pool's threads, so it must be safe for that. */
    public interface Sink {
        void accept(String fileName, byte[] bytes);
    }

    /** Told the number of files once the athletes are planned, then once per file written. */
    public interface Progress {
        void start(int files);

        void step();
    }

    /** The files written and the problems of the athletes (or rows) left out. */
    public record Result(int written, List<Problem> problems) {}

    private final Planner planner;
    private final Handouts handouts;
    private final HandoutBuilder.Options options;
    private final boolean html;
    private final int threads;

    public TeamBatch(Planner planner, Handouts handouts, HandoutBuilder.Options options, boolean html, int threads) {
        this.planner = planner;
        this.handouts = handouts;
        this.options = options;
        this.html = html;
        this.threads = Math.max(1, threads);
    }

    /** The extension of the files: {@code .pdf} or {@code .html}. */
    public String extension() {
        return html ? ".html" : ".pdf";
    }

    /**
     * Renders every file of {@code team} into {@code sink}.
     *
     * @throws InputException when no athlete could be planned (with every problem)
     */
    public Result run(Planner.Team team, Sink sink, Progress progress) throws InterruptedException {
        List<Problem> problems = Collections.synchronizedList(new ArrayList<>(team.rosterProblems()));
        String ext = extension();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
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
                    summaries.add(TeamBuilder.summarize(p, a.number(), handouts.words()));
                }
            }
            if (athletes.isEmpty()) {
                throw new InputException(problems);
            }
            progress.start(athletes.size() + 2);
            // 2. render: the booklet first (the longest job), then each athlete, planned again in its own job and
            // dropped once its file is written, and the coach sheet last, after the booklet is done: the two big
            // documents (each holds every athlete) never share the heap, and memory stays flat for any roster
            List<Future<?>> jobs = new ArrayList<>();
            Program head = first;
            java.util.function.Function<Boolean, Callable<Void>> teamDocument = coach -> () -> {
                sink.accept(
                        (coach ? "coach-sheet" : "team-booklet") + ext,
                        html
                                ? handouts.teamXhtml(head, summaries, options, coach)
                                        .getBytes(StandardCharsets.UTF_8)
                                : handouts.teamPdf(head, summaries, options, coach));
                written.incrementAndGet();
                progress.step();
                return null;
            };
            Future<?> booklet = pool.submit(teamDocument.apply(false));
            jobs.add(booklet);
            for (Profile.Athlete a : athletes) {
                // numbered by roster row, so a row left out for a mistake leaves a gap rather than renumbering
                String file = TeamBuilder.fileName(a.number(), a.name()).replace(".pdf", ext);
                jobs.add(pool.submit(() -> {
                    sink.accept(file, athlete(team, a));
                    written.incrementAndGet();
                    progress.step();
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
        } finally {
            pool.shutdownNow();
        }
        return new Result(written.get(), List.copyOf(problems));
    }

    /**
     * One athlete's file, as the batch writes it: their program (with the team's logs, their next block, and what
     * changed since last time when they kept a log), planned here and dropped once rendered.
     *
     * @throws InputException for the athlete's bad data (their log)
     */
    public byte[] athlete(Planner.Team team, Profile.Athlete a) {
        Program p;
        HandoutBuilder.Options o = options;
        if (team.logs() != null) {
            Planner.Replan r = planner.replan(team, a);
            p = r.next();
            if (!r.log().sessions().isEmpty() || !r.log().weeks().isEmpty()) {
                o = options.since(r.review());
            }
        } else {
            p = planner.program(team, a);
        }
        return html ? handouts.xhtml(p, o).getBytes(StandardCharsets.UTF_8) : handouts.pdf(p, o);
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
}
