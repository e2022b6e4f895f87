package com.loadwise.web;

import com.loadwise.io.AtomicFiles;
import com.loadwise.library.LibraryLoader;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Program;
import com.loadwise.render.Branding;
import com.loadwise.render.HandoutBuilder;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Profiles that are not (yet) a workspace file — a request body, a form before it is saved — are planned the way
 * the CLI plans a file: they are written to a private temporary folder and read by the same {@link Planner}. The
 * problems then name the file as the person knows it rather than the temporary one.
 */
final class Profiles {

    /** How a request body is named in problems. */
    static final String BODY = "profile.yaml";

    private final java.util.function.Function<String, Planner> planners;
    private final Workspace workspace;

    /** {@code planners} gives the planner of a language (the profile's {@code language:}), as the CLI picks one. */
    Profiles(java.util.function.Function<String, Planner> planners, Workspace workspace) {
        this.planners = planners;
        this.workspace = workspace;
    }

    /** The language {@code yaml} asks for ({@code language:}, else English). */
    String language(byte[] yaml) {
        return inTemp(yaml, BODY, com.loadwise.plan.ProfileReader::language);
    }

    /** Plans {@code yaml} as the CLI plans a file; problems name it {@link #BODY}. */
    Planner.Plan plan(byte[] yaml, java.time.LocalDate start, String units) {
        return inTemp(yaml, BODY, file -> {
            Planner.Plan plan = planners.apply(com.loadwise.plan.ProfileReader.language(file))
                    .plan(file, start, units);
            String shown = LibraryLoader.shownUser(file) + ":";
            List<Program> programs = plan.programs().stream()
                    .map(p -> sourcesRenamed(p, shown, BODY + ":"))
                    .toList();
            return new Planner.Plan(plan.profile(), plan.blueprint(), programs);
        });
    }

    /** The program with its explanations' sources in the temporary file named as the body. */
    private static Program sourcesRenamed(Program p, String from, String to) {
        List<Program.Explanation> why = p.explanations().stream()
                .map(e -> new Program.Explanation(
                        e.topic(),
                        named(e.decision(), from, to),
                        named(e.rule(), from, to),
                        named(e.source(), from, to)))
                .toList();
        return new Program(
                p.format(),
                p.kind(),
                p.athlete(),
                p.group(),
                p.title(),
                p.clinician(),
                p.clinic(),
                p.goal(),
                p.notes(),
                p.blueprint(),
                p.start(),
                p.end(),
                p.race(),
                p.units(),
                p.painModel(),
                p.contact(),
                p.redFlags(),
                p.urgentFlags(),
                p.education(),
                p.stages(),
                p.runningAfter(),
                p.adjustments(),
                why);
    }

    /** Runs {@code job} on {@code yaml} written to a temporary file; problems name it {@code shownAs}. */
    <T> T inTemp(byte[] yaml, String shownAs, java.util.function.Function<Path, T> job) {
        Path dir = null;
        try {
            dir = Files.createTempDirectory("loadwise-serve-");
            Path file = dir.resolve("profile.yaml");
            AtomicFiles.write(file, yaml);
            try {
                return job.apply(file);
            } catch (InputException e) {
                throw renamed(e, LibraryLoader.shownUser(file), file.toString(), shownAs);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteTree(dir);
        }
    }

    static InputException renamed(InputException e, String shown, String absolute, String as) {
        List<Problem> out = new ArrayList<>();
        for (Problem p : e.problems()) {
            String f = p.file().equals(shown) || p.file().equals(absolute) ? as : p.file();
            out.add(new Problem(f, p.line(), p.column(), p.message(), p.hint()));
        }
        return new InputException(out);
    }

    private static String named(String text, String from, String to) {
        return text == null ? null : text.replace(from, to);
    }

    /** The handout options of the web app: the paper, the print size and the workspace's branding, if saved. */
    HandoutBuilder.Options options(String paper, boolean largePrint) {
        return options(paper, largePrint, null);
    }

    /** As {@link #options(String, boolean)}, in a layout ({@link HandoutBuilder#LAYOUTS}; none: the full one). */
    HandoutBuilder.Options options(String paper, boolean largePrint, String layout) {
        String p = paper == null || paper.isEmpty() ? "a4" : paper;
        if (!HandoutBuilder.PAPERS.contains(p)) {
            String papers = String.join(" or ", HandoutBuilder.PAPERS);
            throw new InputException(Problem.inFile("paper", "paper '" + p + "' is not " + papers, "use " + papers));
        }
        String l = layout == null || layout.isEmpty() ? HandoutBuilder.FULL : layout;
        if (!HandoutBuilder.LAYOUTS.contains(l)) {
            throw new InputException(Problem.inFile(
                    "layout",
                    "layout '" + l + "' is not " + String.join(" or ", HandoutBuilder.LAYOUTS),
                    "use " + String.join(" or ", HandoutBuilder.LAYOUTS)));
        }
        return new HandoutBuilder.Options(p, largePrint, branding(), l);
    }

    /** The workspace's branding ({@code branding.yaml}), or none. */
    Branding branding() {
        Path file = workspace.root().resolve("branding.yaml");
        return Files.isRegularFile(file) ? Branding.read(file, "branding.yaml") : Branding.none();
    }

    /** Deletes a scratch folder and what it holds; one left behind (an I/O error) is harmless. */
    static void deleteTree(Path dir) {
        if (dir == null) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
