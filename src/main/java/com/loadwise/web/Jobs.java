package com.loadwise.web;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Background jobs that build a ZIP (a team's files), one at a time, each rendering on every core. A page polls a
 * job's progress; the finished ZIP waits in a temporary file until the server stops.
 */
final class Jobs implements AutoCloseable {

    /** Fills a ZIP: adds each file with {@code add}, reports with {@code progress}. */
    interface Work {
        void run(ZipOutputStream zip, Job job) throws Exception;
    }

    static final class Job {
        final String id;
        final String title;
        final String fileName;
        final Path zip;
        final AtomicInteger done = new AtomicInteger();
        volatile int total;
        volatile String state = "queued";
        volatile List<Problem> problems = List.of();

        Job(String id, String title, String fileName, Path zip) {
            this.id = id;
            this.title = title;
            this.fileName = fileName;
            this.zip = zip;
        }

        int done() {
            return done.get();
        }

        int total() {
            return total;
        }

        String state() {
            return state;
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "loadwise-jobs");
        t.setDaemon(true);
        return t;
    });
    private final SecureRandom random = new SecureRandom();

    Job get(String id) {
        return id == null ? null : jobs.get(id);
    }

    Job submit(String title, String fileName, Work work) {
        byte[] b = new byte[12];
        random.nextBytes(b);
        String id = HexFormat.of().formatHex(b);
        Path zip;
        try {
            zip = Files.createTempFile("loadwise-job-", ".zip");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Job job = new Job(id, title, fileName, zip);
        jobs.put(id, job);
        runner.submit(() -> {
            job.state = "running";
            try (OutputStream out = Files.newOutputStream(zip);
                    ZipOutputStream z = new ZipOutputStream(out)) {
                work.run(z, job);
                job.state = "done";
            } catch (InputException e) {
                job.problems = e.problems();
                job.state = "failed";
            } catch (Exception | OutOfMemoryError e) {
                job.problems = List.of(Problem.inFile(
                        title,
                        "the job failed: " + e,
                        "try again; if it fails again, " + "run 'loadwise team' on the team's file for details"));
                job.state = "failed";
            }
        });
        return job;
    }

    /** Adds one file to a job's ZIP; safe from several threads. */
    static void add(ZipOutputStream zip, String name, byte[] bytes) {
        synchronized (zip) {
            try {
                ZipEntry e = new ZipEntry(name);
                e.setTime(0);
                zip.putNextEntry(e);
                zip.write(bytes);
                zip.closeEntry();
            } catch (IOException ex) {
                throw new java.io.UncheckedIOException(ex);
            }
        }
    }

    @Override
    public void close() {
        runner.shutdownNow();
        for (Job j : jobs.values()) {
            try {
                Files.deleteIfExists(j.zip);
            } catch (IOException e) {
                // a temporary file left behind is harmless
            }
        }
    }
}
