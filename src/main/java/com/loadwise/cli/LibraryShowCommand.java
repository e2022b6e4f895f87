package com.loadwise.cli;

import com.loadwise.library.Dose;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Intent;
import com.loadwise.library.Level;
import com.loadwise.library.Vocabulary;
import com.loadwise.library.Wording;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise library show ID}: a whole ladder with doses and criteria. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        description = "Show one exercise family: every level with its doses and criteria.")
final class LibraryShowCommand implements Callable<Integer> {

    enum Format {
        text,
        json
    }

    @Mixin
    LibraryOptions library;

    @Parameters(index = "0", paramLabel = "ID", description = "The exercise id, as in 'library list'.")
    String id;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "text",
            description = "text or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExerciseLibrary lib = library.load();
        Exercise e = LibraryOptions.exercise(lib, id);
        PrintWriter out = spec.commandLine().getOut();
        if (format == Format.json) {
            out.print(com.loadwise.export.Json.write(e));
        } else {
            printText(out, e, lib.vocabulary());
        }
        return ExitCodes.OK;
    }

    static void printText(PrintWriter out, Exercise e, Vocabulary v) {
        out.println(e.name() + "  [" + e.id() + "]");
        out.println(v.patterns().get(e.pattern()) + " \u00b7 " + e.kind() + " \u00b7 impact "
                + e.impact().id() + " \u00b7 "
                + v.lateralities().get(e.laterality().id()).toLowerCase(java.util.Locale.ROOT));
        out.println("Targets: "
                + String.join(
                        ", ", e.targets().stream().map(t -> v.targets().get(t)).toList()));
        out.println(e.summary());
        if (e.source() != null) {
            out.println("Source: " + e.source());
        }
        int n = 1;
        for (Level l : e.levels()) {
            out.println();
            out.println("Level " + n++ + " of " + e.levels().size() + ": " + l.name() + "  [" + l.id() + "]");
            out.println("  Equipment: "
                    + (l.equipment().isEmpty()
                            ? "none"
                            : String.join(
                                    ", ",
                                    l.equipment().stream()
                                            .map(q -> v.equipment().get(q))
                                            .toList())));
            if (l.impact() != e.impact() || l.laterality() != e.laterality()) {
                out.println("  Impact " + l.impact().id() + ", "
                        + v.lateralities().get(l.laterality().id()).toLowerCase(java.util.Locale.ROOT));
            }
            out.println("  Setup: " + l.setup());
            int s = 1;
            for (String step : l.steps()) {
                out.println("    " + s++ + ". " + step);
            }
            out.println("  Cues: " + String.join(" / ", l.cues()));
            out.println("  Common mistake: " + l.mistake());
            out.println("  Doses:");
            for (Map.Entry<Intent, Dose> d : l.doses().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .toList()) {
                out.printf("    %-12s %s%n", d.getKey().id(), Wording.dose(d.getValue(), l.laterality()));
            }
            String up = Wording.progress(l.progressWhen(), l.laterality(), null, Wording.DEFAULT_CONTACT);
            if (!up.isEmpty()) {
                out.println("  Move up when: " + up + (l.progressTo() != null ? " \u2192 " + l.progressTo() : ""));
            }
            String down = Wording.regress(l.regressWhen(), null, Wording.DEFAULT_CONTACT);
            if (!down.isEmpty()) {
                out.println("  Move down after: " + down + (l.regressTo() != null ? " \u2192 " + l.regressTo() : ""));
            }
            if (!l.tags().isEmpty()) {
                out.println("  Tags: " + String.join(", ", l.tags()));
            }
            printOptional(out, "Image", l.image());
            printOptional(out, "Video", l.video());
        }
    }

    private static void printOptional(PrintWriter out, String label, String value) {
        if (value != null) {
            out.println("  " + label + ": " + value);
        }
    }
}
