package com.loadwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code loadwise} command: groups the subcommands. */
@Command(
        name = "loadwise",
        mixinStandardHelpOptions = true,
        version = "loadwise 0.1.0",
        description = "Turns an exercise library into staged, printable strength-and-conditioning programs.",
        subcommands = {
            LibraryCommand.class,
            PlanCommand.class,
            HandoutCommand.class,
            TeamCommand.class,
            picocli.CommandLine.HelpCommand.class
        })
final class LoadwiseCommand implements java.util.concurrent.Callable<Integer> {

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
