package com.loadwise.cli;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code loadwise} command: groups the subcommands. */
@Command(
        name = "loadwise",
        mixinStandardHelpOptions = true,
        version = "loadwise 0.1.0",
        description = "Turns an exercise library into staged, printable strength-and-conditioning programs.")
final class LoadwiseCommand implements Callable<Integer> {

    /**
     * The subcommands, in the order help lists them. They are added by {@link Main}: only the one a command line
     * names when it names one (picocli builds each command's model by reflection, a noticeable part of a cold
     * start), all of them otherwise (for help, and for suggestions after a typo).
     */
    static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

    private static Map<String, Supplier<Object>> subcommands() {
        Map<String, Supplier<Object>> m = new LinkedHashMap<>();
        m.put("library", LibraryCommand::new);
        m.put("plan", PlanCommand::new);
        m.put("handout", HandoutCommand::new);
        m.put("team", TeamCommand::new);
        m.put("blueprints", BlueprintsCommand::new);
        m.put("log", LogCommand::new);
        m.put("serve", ServeCommand::new);
        m.put("help", picocli.CommandLine.HelpCommand::new);
        return Collections.unmodifiableMap(m);
    }

    @Option(
            names = "--stacktrace",
            scope = ScopeType.INHERIT,
            description = "Print the full stack trace of an error (for bug reports).")
    boolean stacktrace;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** Without a subcommand: print usage to the error stream, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
