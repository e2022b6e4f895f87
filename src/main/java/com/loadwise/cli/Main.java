package com.loadwise.cli;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import picocli.CommandLine;

/** Entry point. The only place that calls {@link System#exit}. */
public final class Main {

    private Main() {}

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code = run(out, err, args);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs one command line and returns its exit code; tests call this directly. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        boolean stacktrace = Arrays.asList(args).contains("--stacktrace");
        CommandLine cli = commandLine(out, err, stacktrace, named(args));
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The subcommand a command line names (its first word that is not an option), or null. */
    static String named(String... args) {
        for (String a : args) {
            if (!a.startsWith("-")) {
                return LoadwiseCommand.SUBCOMMANDS.containsKey(a) && !a.equals("help") ? a : null;
            }
        }
        return null;
    }

    /** The command line with {@code subcommand} alone when not null, else with every subcommand. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, boolean stacktrace, String subcommand) {
        CommandLine cli = new CommandLine(new LoadwiseCommand());
        LoadwiseCommand.SUBCOMMANDS.forEach((name, command) -> {
            if (subcommand == null || subcommand.equals(name)) {
                cli.addSubcommand(command.get());
            }
        });
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> handle(e, err, stacktrace));
        cli.setParameterExceptionHandler((e, args) -> {
            err.println("loadwise: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println("Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.");
            if (stacktrace) {
                e.printStackTrace(err);
            }
            return ExitCodes.USAGE;
        });
        documentExitCodes(cli);
        return cli;
    }

    private static void documentExitCodes(CommandLine cli) {
        cli.getCommandSpec()
                .usageMessage()
                .exitCodeListHeading("%nExit codes:%n")
                .exitCodeList(ExitCodes.HELP);
        cli.getSubcommands().values().forEach(Main::documentExitCodes);
    }

    /** Turns an exception escaping a command into its message(s) and an exit code. */
    static int handle(Exception e, PrintWriter err, boolean stacktrace) {
        int code;
        if (e instanceof InputException input) {
            for (Problem p : input.problems()) {
                err.println(p.format());
            }
            int n = input.problems().size();
            err.println(n + " problem" + (n == 1 ? "" : "s") + " found.");
            code = ExitCodes.INVALID_INPUT;
        } else if (e instanceof UsageException) {
            err.println("loadwise: " + e.getMessage());
            code = ExitCodes.USAGE;
        } else {
            err.println(
                    "loadwise: internal error: " + e + (stacktrace ? "" : " (rerun with --stacktrace for details)"));
            code = ExitCodes.INTERNAL;
        }
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
