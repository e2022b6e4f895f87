package com.loadwise.cli;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code loadwise library list}: one line per exercise family. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the exercise families: id, name, pattern and number of levels.")
final class LibraryListCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Option(names = "--pattern", paramLabel = "P", description = "Only this movement pattern (e.g. hip-extension).")
    String pattern;

    @Mixin
    ListFormat format;

    @Spec
    CommandSpec spec;

    /** One row of the JSON listing. */
    record Row(String id, String name, String pattern, int levels, String layer, String file, boolean replaced) {}

    @Override
    public Integer call() {
        ExerciseLibrary lib = library.load();
        if (pattern != null && !lib.vocabulary().patterns().containsKey(pattern)) {
            throw new UsageException("unknown pattern '" + pattern + "' ("
                    + com.loadwise.yaml.Names.hint(
                            pattern, lib.vocabulary().patterns().keySet()) + ")");
        }
        List<Row> rows = new ArrayList<>();
        for (Exercise e : lib.all()) {
            if (pattern == null || e.pattern().equals(pattern)) {
                rows.add(new Row(
                        e.id(),
                        e.name(),
                        e.pattern(),
                        e.levels().size(),
                        e.origin().layer(),
                        e.origin().file(),
                        lib.isReplaced(e.id())));
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.print(com.loadwise.export.Json.write(rows));
            return ExitCodes.OK;
        }
        int idWidth =
                Math.max(2, rows.stream().mapToInt(r -> r.id().length()).max().orElse(0)) + 2;
        int nameWidth =
                Math.max(4, rows.stream().mapToInt(r -> r.name().length()).max().orElse(0)) + 2;
        int patternWidth = Math.max(
                        7,
                        rows.stream().mapToInt(r -> r.pattern().length()).max().orElse(0))
                + 2;
        String fmt = "%-" + idWidth + "s%-" + nameWidth + "s%-" + patternWidth + "s%6s%n";
        out.printf(fmt, "ID", "NAME", "PATTERN", "LEVELS");
        boolean anyReplaced = false;
        for (Row r : rows) {
            String id = r.replaced() ? r.id() + "*" : r.id();
            anyReplaced |= r.replaced();
            out.printf(fmt, id, r.name(), r.pattern(), r.levels());
        }
        out.printf(
                "%n%d exercise families, %d levels.%n",
                rows.size(), rows.stream().mapToInt(Row::levels).sum());
        if (anyReplaced) {
            out.println("* replaced by your --library folder (the bundled exercise with that id is not used).");
        }
        return ExitCodes.OK;
    }
}
