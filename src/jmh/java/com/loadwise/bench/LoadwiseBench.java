package com.loadwise.bench;

import com.loadwise.cli.Main;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LibraryLoader;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.render.Branding;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.Handouts;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Warm timings of the pipeline's stages (docs/benchmarks.md): loading the bundled library, planning a 12-week
 * program, rendering one handout to XHTML and to PDF, and a 24-athlete team batch on one and two threads. Run with
 * {@code mvn -B -Pbench verify} from the repository root (the seeds are read from {@code seeds/}).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class LoadwiseBench {

    static final Path CLIENT = Path.of("seeds/physio-gluteal-tendinopathy.yaml");
    static final Path TEAM = Path.of("seeds/coach-team-preseason.yaml");

    /** The planner, one 12-week program and its XHTML, made once per fork. */
    @State(Scope.Benchmark)
    public static class Pipeline {
        Planner planner;
        Program program;
        Handouts handouts;
        HandoutBuilder.Options options;
        String xhtml;

        @Setup
        public void setUp() {
            planner = new Planner(List.of());
            program = planner.plan(CLIENT, null).programs().get(0);
            handouts = new Handouts(planner.library(), null);
            options = new HandoutBuilder.Options("a4", false, Branding.none());
            xhtml = handouts.xhtml(program, options);
        }
    }

    /** A fresh output folder for each team batch. */
    @State(Scope.Thread)
    public static class TeamRun {
        @Param({"1", "2"})
        public int threads;

        Path out;

        @Setup(Level.Invocation)
        public void setUp() throws IOException {
            out = Files.createTempDirectory("loadwise-bench");
        }

        @TearDown(Level.Invocation)
        public void tearDown() throws IOException {
            try (Stream<Path> files = Files.walk(out)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    @Benchmark
    public ExerciseLibrary loadLibrary() {
        return new LibraryLoader().load(List.of());
    }

    @Benchmark
    public Program plan12Weeks(Pipeline p) {
        return p.planner.plan(CLIENT, null).programs().get(0);
    }

    @Benchmark
    public String handoutXhtml(Pipeline p) {
        return p.handouts.xhtml(p.program, p.options);
    }

    @Benchmark
    public byte[] handoutPdf(Pipeline p) {
        return p.handouts.pdf(p.program, p.options);
    }

    @Benchmark
    @Warmup(iterations = 2, time = 1)
    @Measurement(iterations = 5, time = 1)
    public int team24(TeamRun run) {
        StringWriter sink = new StringWriter();
        PrintWriter w = new PrintWriter(sink);
        int code =
                Main.run(w, w, "team", TEAM.toString(), "--out-dir", run.out.toString(), "--threads", "" + run.threads);
        if (code != 0) {
            throw new IllegalStateException("team batch failed: " + sink);
        }
        return code;
    }
}
