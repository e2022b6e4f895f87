package com.loadwise.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code loadwise library}: look into and check the exercise library. */
@Command(
        name = "library",
        mixinStandardHelpOptions = true,
        description = "List, show, validate and draw the exercises of the library.",
        subcommands = {
            LibraryListCommand.class,
            LibraryShowCommand.class,
            LibraryValidateCommand.class,
            LibraryFiguresCommand.class
        })
final class LibraryCommand implements java.util.concurrent.Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a subcommand: print usage to the error stream, exit 2. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.USAGE;
    }
}
