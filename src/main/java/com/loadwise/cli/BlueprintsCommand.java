package com.loadwise.cli;

import com.loadwise.plan.Blueprint;
import com.loadwise.plan.Criterion;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Rules;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code loadwise blueprints}: the conditions and plans a profile can name, without opening YAML. */
@Command(
        name = "blueprints",
        mixinStandardHelpOptions = true,
        description = "List the blueprints (conditions and plans) and show one's stages.",
        subcommands = {BlueprintsCommand.ListCommand.class, BlueprintsCommand.ShowCommand.class})
final class BlueprintsCommand extends GroupCommand {

    /** One row of the listing. */
    record Row(
            String id,
            String name,
            List<String> forKinds,
            int stages,
            List<String> stageNames,
            String painModel,
            String painModelName,
            String file) {}

    static Row row(Blueprint b, Rules rules) {
        Rules.PainModel pm = rules.painModels().get(b.painModel());
        return new Row(
                b.id(),
                b.name(),
                List.copyOf(b.forKinds()),
                b.stages().size(),
                b.stages().stream().map(Blueprint.Stage::name).toList(),
                b.painModel(),
                pm == null ? b.painModel() : pm.name(),
                b.file());
    }

    /** {@code loadwise blueprints list}. */
    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "One line per blueprint: id, condition or plan, who it is for, stages and pain guide.")
    static final class ListCommand implements Callable<Integer> {

        @Mixin
        LibraryOptions library;

        @Mixin
        ListFormat format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Planner planner = new Planner(library.libraries);
            List<Row> rows = new ArrayList<>();
            for (Blueprint b : planner.blueprints()) {
                rows.add(row(b, planner.rules()));
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                out.print(com.loadwise.export.Json.write(rows));
                return ExitCodes.OK;
            }
            int idW = Math.max(
                            2,
                            rows.stream().mapToInt(r -> r.id().length()).max().orElse(0))
                    + 2;
            int nameW = Math.max(
                            4,
                            rows.stream().mapToInt(r -> r.name().length()).max().orElse(0))
                    + 2;
            int forW = Math.max(
                            3,
                            rows.stream()
                                    .mapToInt(
                                            r -> String.join(", ", r.forKinds()).length())
                                    .max()
                                    .orElse(0))
                    + 2;
            String fmt = "%-" + idW + "s%-" + nameW + "s%-" + forW + "s%-8s%s%n";
            out.printf(fmt, "ID", "CONDITION OR PLAN", "FOR", "STAGES", "PAIN GUIDE");
            for (Row r : rows) {
                out.printf(fmt, r.id(), r.name(), String.join(", ", r.forKinds()), r.stages(), r.painModelName());
            }
            out.printf("%n%d blueprints. 'loadwise blueprints show ID' lists a blueprint's stages.%n", rows.size());
            return ExitCodes.OK;
        }
    }

    /** {@code loadwise blueprints show ID}. */
    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "One blueprint's stages: length, aim, when to start and when to move on, running.")
    static final class ShowCommand implements Callable<Integer> {

        @Mixin
        LibraryOptions library;

        @Parameters(paramLabel = "ID", description = "A blueprint id (see 'loadwise blueprints list').")
        String id;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            Planner planner = new Planner(library.libraries);
            List<Blueprint> all = planner.blueprints();
            Blueprint b = all.stream()
                    .filter(x -> x.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new UsageException("no blueprint '" + id + "' ("
                            + com.loadwise.yaml.Names.hint(
                                    id, all.stream().map(Blueprint::id).toList())
                            + ")"));
            Row r = row(b, planner.rules());
            PrintWriter out = spec.commandLine().getOut();
            out.println(b.name() + " (" + b.id() + ")");
            out.println("For: " + String.join(", ", r.forKinds()) + "; pain guide: " + r.painModelName()
                    + "; periodisation " + b.periodisation().id() + "; file " + b.file());
            if (b.summary() != null) {
                out.println(b.summary());
            }
            int n = 1;
            for (Blueprint.Stage s : b.stages()) {
                out.println();
                out.println("Stage " + n++ + ": " + s.name() + " (" + s.weeks().display() + " weeks"
                        + (s.taper() ? ", taper before the race" : "") + ")");
                out.println("  " + s.purpose());
                criteria(out, "Start when", s.entry());
                criteria(out, "Move on when", s.exit());
                out.println("  Running: " + running(s.running()));
            }
            return ExitCodes.OK;
        }

        private static void criteria(PrintWriter out, String label, List<Criterion> list) {
            if (!list.isEmpty()) {
                out.println("  " + label + ": "
                        + String.join(
                                "; ", list.stream().map(Criterion::display).toList()));
            }
        }

        private static String running(Blueprint.RunningStage r) {
            return switch (r.mode()) {
                case NONE -> "none";
                case WALK_JOG -> "the walk/jog ladder, " + r.sessions() + " sessions a week";
                case CONTINUOUS ->
                    r.sessions() + " runs a week (" + String.join(", ", r.types()) + "), volume "
                            + r.volume().name().toLowerCase(java.util.Locale.ROOT)
                            + (r.speedAfterMinutes() != null
                                    ? "; no faster running before an easy run of " + r.speedAfterMinutes() + " min"
                                    : "")
                            + (r.minDaysBetween() != null && r.minDaysBetween() > 1
                                    ? "; never on two days in a row"
                                    : "");
            };
        }
    }
}
