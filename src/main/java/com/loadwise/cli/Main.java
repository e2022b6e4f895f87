package com.loadwise.cli;

import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

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
        Converters.register(cli);
        cli.setParameterExceptionHandler((e, args) -> usage(e, args, err, stacktrace));
        documentExitCodes(cli);
        return cli;
    }

    /**
     * A command line picocli cannot take. A value one of our {@link Converters} refused reads {@code --option VALUE:
     * what is wrong (how to fix it)}; anything else is picocli's message (an unknown option, a missing argument),
     * with suggestions and a pointer to --help.
     */
    static int usage(CommandLine.ParameterException e, String[] args, PrintWriter err, boolean stacktrace) {
        String help = "Run '" + e.getCommandLine().getCommandSpec().qualifiedName() + " --help' for usage.";
        ArgSpec arg = e.getArgSpec();
        if (arg != null && e.getValue() != null && e.getCause() instanceof CommandLine.TypeConversionException) {
            err.println("loadwise: " + optionName(arg, args) + " " + shown(e.getValue()) + ": "
                    + e.getCause().getMessage());
        } else if (arg != null && e.getValue() != null && !FileErrors.inPeoplesWords(e.getMessage())) {
            // a value refused by a converter that is not ours: picocli's message names the Java type
            err.println("loadwise: " + optionName(arg, args) + " " + shown(e.getValue()) + ": not a valid value here");
            err.println(help);
        } else if (e instanceof CommandLine.MissingParameterException missing
                && !missing.getMissing().isEmpty()) {
            for (ArgSpec a : missing.getMissing()) {
                String what = a instanceof OptionSpec o ? o.longestName() + " " + a.paramLabel() : a.paramLabel();
                String[] description = a.description();
                err.println("loadwise: " + what + " is needed" + (description.length > 0 ? ": " + description[0] : ""));
            }
            err.println(help);
        } else if (e instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            err.println("loadwise: " + unmatched(unmatched));
            err.println(help);
        } else {
            err.println("loadwise: " + e.getMessage());
            CommandLine.UnmatchedArgumentException.printSuggestions(e, err);
            err.println(help);
        }
        if (stacktrace) {
            e.printStackTrace(err);
        }
        return ExitCodes.USAGE;
    }

    /**
     * Words the command does not take, in people's words: the first one (the rest usually follow from it, like the
     * value of a misspelt option), and what was probably meant.
     */
    private static String unmatched(CommandLine.UnmatchedArgumentException e) {
        String word = e.getUnmatched().get(0);
        List<String> suggestions = e.getSuggestions();
        String meant = suggestions.isEmpty()
                ? ""
                : " (did you mean " + String.join(" or ", suggestions.subList(0, Math.min(2, suggestions.size())))
                        + "?)";
        if (word.startsWith("-")) {
            String option = word.contains("=") ? word.substring(0, word.indexOf('=')) : word;
            return "there is no option " + option + " here" + meant;
        }
        return e.isUnknownOption()
                        || e.getCommandLine().getCommandSpec().subcommands().isEmpty()
                ? "one word too many: " + shown(word) + meant
                : "there is no command " + shown(word) + meant;
    }

    /** The option as the command line wrote it ({@code -o} or {@code --output}), or the argument's label. */
    private static String optionName(ArgSpec arg, String[] args) {
        if (arg instanceof OptionSpec option) {
            for (String a : args) {
                for (String name : option.names()) {
                    if (a.equals(name) || a.startsWith(name + "=")) {
                        return name;
                    }
                }
            }
            return option.longestName();
        }
        return arg.paramLabel();
    }

    /** A value as typed, quoted when it would not read as one word. */
    private static String shown(String value) {
        return value.isEmpty() || value.chars().anyMatch(Character::isWhitespace) ? "'" + value + "'" : value;
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
            // the exception's name and message are for the bug report (--stacktrace), not for the person at hand
            err.println("loadwise: internal error: something went wrong inside loadwise, not in your input"
                    + (stacktrace ? "; please report the trace below" : " (rerun with --stacktrace and report it)"));
            code = ExitCodes.INTERNAL;
        }
        if (stacktrace) {
            e.printStackTrace(err);
        }
        err.flush();
        return code;
    }
}
