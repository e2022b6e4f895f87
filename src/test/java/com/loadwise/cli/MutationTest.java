package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.export.Json;
import com.loadwise.export.ProgramIcs;
import com.loadwise.export.ProgramText;
import com.loadwise.library.LibraryLoader;
import com.loadwise.plan.Planner;
import com.loadwise.plan.TeamProgram;
import com.loadwise.render.Branding;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.render.Handouts;
import com.loadwise.testing.YamlMutator;
import com.loadwise.yaml.YamlReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Mutation testing of inputs: a seeded generator ({@link YamlMutator}) damages the bundled exercise files, the
 * blueprints, the seed profiles and the team roster, and every run must end with exit 0, or exit 1 and a message;
 * never exit 3 (an internal error), never an exception escaping, never a hang.
 *
 * <p>Each case runs what the command runs ({@code LibraryLoader.load}, {@code Planner.plan} and the text, JSON or
 * calendar output, and every 25th case the handout XHTML) and maps any exception with the CLI's own handler
 * ({@link Main#handle}). To keep 5,000 cases under a minute, library cases lay the damaged file over a small library (the vocabulary and the ladders the file
 * refers to) rather than re-reading all bundled files, and plans reuse one {@code Planner}; every 100th case also
 * runs the real command line through {@link Main#run} over the full bundled library and must give the same exit
 * code (except branding files, which are only read: a handout per case would take seconds).
 *
 * <p>A failure prints the seed, the case number, the file and the mutation. Replay one case with
 * {@code mvn test -Dtest=MutationTest -Dloadwise.mutation.case=N} (and {@code -Dloadwise.mutation.seed=S} if the
 * seed was changed); {@code -Dloadwise.mutation.cases=N} runs more or fewer. A replayed case is also written to
 * {@code target/mutation-case-N-FILE} and run through the command line.
 */
class MutationTest {

    private static final long SEED = Long.getLong("loadwise.mutation.seed", 20_261_126L);
    private static final int CASES = Integer.getInteger("loadwise.mutation.cases", 5000);
    private static final Integer ONLY = Integer.getInteger("loadwise.mutation.case");
    private static final int CLI_EVERY = 100;
    private static final Pattern CROSS_REF = Pattern.compile("(?:progress|regress)-to: ([a-z0-9-]+)/");

    @TempDir
    static Path tmp;

    private static Planner bundled;
    private static Planner layered;
    private static Path layer;
    private static final List<Target> targets = new ArrayList<>();
    private static ExecutorService worker;

    /** One input file that can be damaged, and how to run it through its command. */
    /** A file under test: its name, its undamaged bytes, and how to run a damaged copy of it. */
    private record Target(String name, byte[] original, Runner runner) {
        Outcome run(byte[] damaged, int caseNumber, boolean viaCli) throws Exception {
            return runner.run(damaged, caseNumber, viaCli);
        }
    }

    @FunctionalInterface
    private interface Runner {
        /** Writes {@code damaged} into place and runs it; {@code viaCli} runs the real command line instead. */
        Outcome run(byte[] damaged, int caseNumber, boolean viaCli) throws Exception;
    }

    private record Outcome(int code, String err) {}

    @BeforeAll
    static void setUp() throws IOException {
        worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "mutation-case");
            t.setDaemon(true);
            return t;
        });
        layer = Files.createDirectories(tmp.resolve("layer"));
        Files.createDirectories(layer.resolve("exercises"));
        Files.createDirectories(layer.resolve("blueprints"));
        Files.copy(
                Path.of("exercise-library/exercises/glute-bridge.yaml"), layer.resolve("exercises/glute-bridge.yaml"));
        bundled = new Planner(List.of());
        layered = new Planner(List.of(layer));

        Path roster = Files.createDirectories(tmp.resolve("seeds"));
        List<String> csv = Files.readAllLines(Path.of("seeds/coach-team-roster.csv"));
        Files.writeString(roster.resolve("coach-team-roster.csv"), String.join("\n", csv.subList(0, 5)) + "\n");

        try (Stream<Path> files = Files.list(Path.of("exercise-library/exercises"))) {
            for (Path f : files.sorted().toList()) {
                targets.add(libraryFile(f));
            }
        }
        // every blueprint, each with a seed profile of a kind it is for
        String client = "seeds/physio-gluteal-tendinopathy.yaml";
        String[][] blueprints = {
            {"bone-stress-return-to-run", "seeds/physio-bone-stress-return-to-run.yaml"},
            {"gluteal-tendinopathy-runner", client},
            {"hip-flexor-tendinopathy", client},
            {"proximal-hamstring-tendinopathy", client},
            {"race-plan", "seeds/runner-10k-self-guided.yaml"},
            {"runner-injury-prevention", client},
            {"team-preseason", "seeds/coach-team-preseason.yaml"},
        };
        for (String[] b : blueprints) {
            targets.add(blueprint(b[0], b[1], roster));
        }
        try (Stream<Path> files = Files.list(Path.of("seeds"))) {
            for (Path f :
                    files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                targets.add(profile(f, roster));
            }
        }
        targets.add(rosterCsv(roster));
        targets.add(branding());
    }

    @AfterAll
    static void tearDown() {
        worker.shutdownNow();
    }

    @Test
    void theUndamagedInputsAllPlanOrValidate() throws Exception {
        for (Target t : targets) {
            Outcome o = t.run(t.original(), 0, false);
            assertEquals(0, o.code(), t.name() + ": " + o.err());
        }
    }

    @Test
    void damagedInputsEndWithExit0Or1AndAMessage() throws Exception {
        List<String> failures = new ArrayList<>();
        int cliRuns = 0;
        int[] codes = new int[4];
        long started = System.nanoTime();
        for (int i = 0; i < CASES; i++) {
            if (ONLY != null && i != ONLY) {
                continue;
            }
            Target target = targets.get(i % targets.size());
            YamlMutator.Mutation m = new YamlMutator(SEED * 1_000_003L + i).mutate(target.original());
            String label = "seed " + SEED + " case " + i + " (" + target.name() + "): " + m.description();
            if (ONLY != null) {
                Path dump = Path.of(
                        "target",
                        "mutation-case-" + i + "-" + Path.of(target.name()).getFileName());
                Files.write(dump, m.bytes());
                System.out.println("MutationTest: " + label + "; the damaged file is " + dump);
            }
            boolean viaCli = i % CLI_EVERY == 0 || ONLY != null;
            Outcome o = check(target, m.bytes(), i, false, label, failures);
            if (o != null) {
                codes[o.code() >= 0 && o.code() < 4 ? o.code() : 3]++;
            }
            if (viaCli && o != null) {
                cliRuns++;
                Outcome cli = check(target, m.bytes(), i, true, label + " [command line]", failures);
                if (cli != null && cli.code() != o.code()) {
                    failures.add(label + ": the command line gave exit " + cli.code() + " but the direct run "
                            + o.code() + "\n" + cli.err());
                }
            }
            if (failures.size() >= 20) {
                break;
            }
        }
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        System.out.printf(
                "MutationTest: %d cases (%d also through the command line) in %d s: %d exit 0, %d exit 1%n",
                ONLY == null ? CASES : 1, cliRuns, seconds, codes[0], codes[1]);
        assertEquals(List.of(), failures, String.join("\n\n", failures));
        if (ONLY == null) {
            assertTrue(codes[1] > CASES / 2, "most damage should be caught: " + codes[1] + " of " + CASES);
        }
    }

    /** Runs one case with a time limit; records a failure and returns null if it breaks a rule. */
    private static Outcome check(Target t, byte[] bytes, int i, boolean viaCli, String label, List<String> failures) {
        Future<Outcome> f = worker.submit(() -> t.run(bytes, i, viaCli));
        Outcome o;
        try {
            o = f.get(20, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            worker.shutdownNow();
            worker = Executors.newSingleThreadExecutor();
            failures.add(label + ": no answer after 20 s");
            return null;
        } catch (Exception e) {
            StringWriter trace = new StringWriter();
            e.getCause().printStackTrace(new PrintWriter(trace));
            failures.add(label + ": exception escaped: " + trace);
            return null;
        }
        if (o.code() == ExitCodes.OK) {
            return o;
        }
        if (o.code() != ExitCodes.INVALID_INPUT) {
            failures.add(label + ": exit " + o.code() + "\n" + o.err());
            return null;
        }
        List<String> lines = o.err().lines().toList();
        if (lines.size() < 2
                || !lines.get(lines.size() - 1).matches("\\d+ problems? found\\.")
                || lines.get(0).isBlank()) {
            failures.add(label + ": exit 1 without a problem message\n" + o.err());
            return null;
        }
        if (o.err().contains("java.") || o.err().contains("Exception")) {
            // the message is for the person who wrote the file: it names no Java class or exception
            failures.add(label + ": the message names Java\n" + o.err());
            return null;
        }
        return o;
    }

    /** Runs {@code action} as the command would and maps an exception with the CLI's handler. */
    private static Outcome direct(ThrowingRunnable action) {
        StringWriter err = new StringWriter();
        int code;
        try {
            action.run();
            code = ExitCodes.OK;
        } catch (Exception e) {
            PrintWriter w = new PrintWriter(err);
            code = Main.handle(e, w, false);
            if (code != ExitCodes.INVALID_INPUT) {
                e.printStackTrace(w);
                w.flush();
            }
        }
        return new Outcome(code, err.toString());
    }

    private static Outcome cli(String... args) {
        CliTest.Result r = CliTest.run(args);
        return new Outcome(r.code(), r.err());
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Output as the plan command gives it, in the format the case number picks; every 25th case also draws the
     * first athlete's handout as XHTML (the PDF step is left out: seconds per case).
     */
    private static void output(Planner planner, Planner.Plan plan, int caseNumber) {
        switch (caseNumber % 3) {
            case 0 -> ProgramText.render(plan.programs(), true);
            case 1 ->
                Json.write(
                        plan.profile().isTeam()
                                ? TeamProgram.of(plan)
                                : plan.programs().get(0));
            default -> ProgramIcs.render(plan.programs());
        }
        if (caseNumber % 25 == 0) {
            new Handouts(planner.library(), null)
                    .xhtml(plan.programs().get(0), new HandoutBuilder.Options("a4", false, Branding.none()));
        }
    }

    private static Target libraryFile(Path file) throws IOException {
        byte[] original = Files.readAllBytes(file);
        String stem = file.getFileName().toString().replace(".yaml", "");
        // a small library: the vocabulary, this file and the ladders it refers to
        Path root = Files.createDirectories(tmp.resolve("roots/" + stem + "/exercises"))
                .getParent();
        Files.copy(Path.of("exercise-library/vocabulary.yaml"), root.resolve("vocabulary.yaml"));
        Set<String> refs = new LinkedHashSet<>();
        List<String> todo = new ArrayList<>(List.of(stem));
        while (!todo.isEmpty()) {
            String id = todo.remove(0);
            Path ref = Path.of("exercise-library/exercises/" + id + ".yaml");
            if (refs.add(id) && Files.exists(ref)) {
                Files.copy(ref, root.resolve("exercises/" + id + ".yaml"));
                Matcher m = CROSS_REF.matcher(Files.readString(ref));
                while (m.find()) {
                    todo.add(m.group(1));
                }
            }
        }
        Path damaged = Files.createDirectories(tmp.resolve("cases/" + stem)).resolve(file.getFileName());
        return new Target(file.toString(), original, (bytes, caseNumber, viaCli) -> {
            Files.write(damaged, bytes);
            if (viaCli) {
                return cli("library", "validate", damaged.toString());
            }
            return direct(() -> new LibraryLoader(new YamlReader(), root).load(List.of(damaged)));
        });
    }

    private static Target blueprint(String id, String profile, Path seeds) throws IOException {
        Path file = Path.of("exercise-library/blueprints/" + id + ".yaml");
        byte[] original = Files.readAllBytes(file);
        // the profile, pointed at this blueprint (its roster, if any, is the 4-athlete copy beside it)
        String text = Files.readString(Path.of(profile)).replaceAll("(?m)^blueprint: .*$", "blueprint: " + id);
        if (id.equals("runner-injury-prevention")) {
            text = text.replaceAll("(?m)^kind: client$", "kind: runner")
                    .replaceAll("(?m)^(irritability|goal|clinician|injury|history|review|clinic|pain-model): .*$", "");
        }
        Path profileCopy = seeds.resolve("for-" + id + ".yaml");
        Files.writeString(profileCopy, text);
        Path damaged = layer.resolve("blueprints/" + id + ".yaml");
        return new Target(file.toString(), original, (bytes, caseNumber, viaCli) -> {
            Files.write(damaged, bytes);
            try {
                if (viaCli) {
                    return cli("plan", profileCopy.toString(), "--library", layer.toString());
                }
                return direct(() -> output(layered, layered.plan(profileCopy, null), caseNumber));
            } finally {
                Files.delete(damaged);
            }
        });
    }

    private static Target profile(Path seed, Path seeds) throws IOException {
        byte[] original = Files.readAllBytes(seed);
        Path damaged = seeds.resolve(seed.getFileName());
        return new Target(seed.toString(), original, (bytes, caseNumber, viaCli) -> {
            Files.write(damaged, bytes);
            if (viaCli) {
                return cli("plan", damaged.toString());
            }
            return direct(() -> output(bundled, bundled.plan(damaged, null), caseNumber));
        });
    }

    /** A clinic's branding file beside its logo; read as the handout command reads it (rendering is left out). */
    private static Target branding() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("branding"));
        Files.copy(
                Path.of("src/test/resources/clinic-library/images/glute-bridge-double-leg.png"),
                dir.resolve("logo.png"));
        byte[] original =
                ("name: Harbour Physio\nclinician: Dr Aoife Byrne\ncontact: 01 234 5678 · harbourphysio.example\n"
                                + "logo: logo.png\naccent: \"#1f6f8b\"\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Path damaged = dir.resolve("brand.yaml");
        return new Target("branding.yaml (a clinic's branding)", original, (bytes, caseNumber, viaCli) -> {
            Files.write(damaged, bytes);
            return direct(() -> Branding.read(damaged, "brand.yaml"));
        });
    }

    private static Target rosterCsv(Path seeds) throws IOException {
        Path csv = seeds.resolve("coach-team-roster.csv");
        byte[] original = Files.readAllBytes(csv);
        Path profile = seeds.resolve("team-for-roster.yaml");
        Files.copy(Path.of("seeds/coach-team-preseason.yaml"), profile);
        Path dir = Files.createDirectories(tmp.resolve("roster"));
        Path damaged = dir.resolve("coach-team-roster.csv");
        Path profileCopy = Files.copy(profile, dir.resolve("team.yaml"));
        return new Target("seeds/coach-team-roster.csv (first 4 athletes)", original, (bytes, caseNumber, viaCli) -> {
            Files.write(damaged, bytes);
            if (viaCli) {
                return cli("plan", profileCopy.toString());
            }
            return direct(() -> output(bundled, bundled.plan(profileCopy, null), caseNumber));
        });
    }
}
