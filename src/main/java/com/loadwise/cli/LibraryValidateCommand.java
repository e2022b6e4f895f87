package com.loadwise.cli;

import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.LibraryLoader;
import com.loadwise.library.Translations;
import com.loadwise.plan.Planner;
import com.loadwise.yaml.Problems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise library validate [PATH...]}: every problem at once. */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "Check exercise files and report every problem as file:line:column: what is wrong (hint).",
            "Without PATH, checks the bundled library (and any --library folders). A PATH (file or folder) is "
                    + "checked laid over the bundled library, so it may refer to bundled exercises.",
            "With --lang, also checks the translations (translations/LANG/ of the library and of each --library "
                    + "folder): every translated text gets the checks of the English, a malformed translation file is "
                    + "an error, and each text without a translation (missing), translated from an older English "
                    + "(stale) or no longer in the English (orphan) is a warning: the English prints in its place.",
            "Exit codes: 0 no problems (warnings allowed), 1 problems in the files, 2 a wrong argument."
        })
final class LibraryValidateCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Exercise files or folders to check.")
    List<Path> paths = new ArrayList<>();

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            converter = Converters.Language.class,
            description = "Also check the translations into LANG (es).")
    String lang;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<Path> layers = new ArrayList<>(library.libraries);
        for (Path p : paths) {
            // checked here rather than by a converter: picocli reports a refused value of a list of arguments as
            // "unmatched argument"
            layers.add(Converters.InputPath.check(p));
        }
        if (lang != null && !lang.equals(Translations.ENGLISH)) {
            return translations(layers);
        }
        ExerciseLibrary lib = new LibraryLoader().load(layers);
        spec.commandLine()
                .getOut()
                .printf(
                        "OK: %d files, %d exercise families, %d levels, no problems.%n",
                        lib.files(), lib.exercises().size(), lib.levelCount());
        return ExitCodes.OK;
    }

    /** The library, the rules and every blueprint read in {@link #lang}, then what is missing, stale or left over. */
    private int translations(List<Path> layers) {
        Translations translations = Translations.of(lang, layers);
        Problems errors = new Problems();
        List<Translations.Finding> findings = translations.check(errors);
        errors.throwIfAny();
        Planner planner = new Planner(layers, translations);
        planner.blueprints();
        ExerciseLibrary lib = planner.library();
        PrintWriter out = spec.commandLine().getOut();
        for (Translations.Finding f : findings) {
            out.println("warning: " + f.problem().format());
        }
        Map<Translations.Kind, Long> counts = new EnumMap<>(Translations.Kind.class);
        findings.forEach(f -> counts.merge(f.kind(), 1L, Long::sum));
        out.printf(
                "OK: %d files, %d exercise families, %d levels, no problems; %s: %d missing, %d stale, %d orphan"
                        + " (the English prints in their place).%n",
                lib.files(),
                lib.exercises().size(),
                lib.levelCount(),
                lang,
                counts.getOrDefault(Translations.Kind.MISSING, 0L),
                counts.getOrDefault(Translations.Kind.STALE, 0L),
                counts.getOrDefault(Translations.Kind.ORPHAN, 0L));
        return ExitCodes.OK;
    }
}
