package com.loadwise.cli;

import picocli.CommandLine.Command;

/** {@code loadwise library}: look into and check the exercise library. */
@Command(
        name = "library",
        mixinStandardHelpOptions = true,
        description = "List, show, validate and draw the exercises of the library.",
        subcommands = {
            LibraryListCommand.class,
            LibraryShowCommand.class,
            LibraryValidateCommand.class,
            LibraryTranslationsCommand.class,
            LibraryFiguresCommand.class
        })
final class LibraryCommand extends GroupCommand {}
