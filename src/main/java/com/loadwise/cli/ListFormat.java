package com.loadwise.cli;

import picocli.CommandLine.Option;

/** {@code --format table|json}, shared by the commands that list things. */
final class ListFormat {

    enum Format {
        table,
        json
    }

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "table",
            description = "table or json (default: ${DEFAULT-VALUE}).")
    Format format;

    boolean json() {
        return format == Format.json;
    }
}
