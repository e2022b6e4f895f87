package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * Every option and argument of every command (read from picocli's model of {@link LoadwiseCommand}, so a new option
 * is covered as soon as it exists), given each bad value its kind can have, on an otherwise good command line: exit
 * 2, one message that names the option and the value, and no Java in it. An option of a kind this test has no bad
 * value for fails, naming it. The exact wording of a sample is held by {@link InvalidArgumentsTest}.
 */
class EveryOptionTest {

    static final String CLIENT = "seeds/runner-10k-self-guided.yaml";
    static final String TEAM = "seeds/coach-team-preseason.yaml";

    @TempDir
    static Path tmp;

    /** One command line with one bad value. */
    record Case(List<String> args, String name, String value) {}

    // name: what the message must name; null for a word checked against the library ("unknown pattern 'x'")

    @TestFactory
    Stream<DynamicTest> everyOptionWithABadValueIsAUsageErrorInPeoplesWords() {
        // given every argument of every command, each with every bad value of its kind
        List<Case> cases = new ArrayList<>();
        int[] arguments = {0};
        walk(
                Main.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()), false, null)
                        .getCommandSpec(),
                cases,
                arguments);
        System.out.println("EveryOptionTest: " + arguments[0] + " options and arguments, " + cases.size()
                + " command lines with a bad value");
        assertTrue(arguments[0] >= 60, "the walk found only " + arguments[0] + " options and arguments");

        // when each runs, then it is refused with exit 2 and a message in people's words
        return cases.stream().map(c -> DynamicTest.dynamicTest(String.join(" ", c.args()), () -> check(c)));
    }

    private static void check(Case c) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        // a bad value that a command took would run it; 'serve' would then wait for ever, so the run is stopped
        // (interrupted, as serve expects) after a minute and the case fails
        int code = assertTimeoutPreemptively(
                Duration.ofMinutes(1),
                () -> Main.run(
                        new PrintWriter(out), new PrintWriter(err), c.args().toArray(String[]::new)),
                () -> "the command ran instead of refusing the value: " + String.join(" ", c.args()));
        String message = String.join(" ", c.args()) + "\n" + err;
        assertEquals(ExitCodes.USAGE, code, message + out);
        assertFalse(message.contains("java."), message);
        assertFalse(message.contains("Exception"), message);
        assertTrue(err.toString().startsWith("loadwise: "), message);
        assertTrue(c.name() == null || message.contains(c.name()), "does not name " + c.name() + ": " + message);
        assertTrue(message.contains(c.value()), "does not show the value '" + c.value() + "': " + message);
        assertEquals("", out.toString(), "nothing on standard output");
    }

    private static void walk(CommandSpec spec, List<Case> cases, int[] arguments) {
        List<String> words = new ArrayList<>(List.of(spec.qualifiedName().split(" ")));
        words.remove(0); // "loadwise"
        for (ArgSpec arg : spec.args()) {
            arguments[0]++;
            for (String bad : badValues(spec, arg)) {
                if (arg instanceof OptionSpec option) {
                    List<String> args = new ArrayList<>(words);
                    args.addAll(goodArguments(spec, arg));
                    String name = option.longestName();
                    if (option.arity().max == 0) {
                        args.add(name + "=" + bad);
                    } else {
                        args.add(name);
                        args.add(bad);
                    }
                    cases.add(new Case(args, type(arg) == String.class ? null : name, bad));
                } else {
                    // help's argument is a command name: picocli's message names the value alone
                    String name = type(arg) == String.class ? null : arg.paramLabel();
                    cases.add(new Case(positional(words, spec, arg, bad), name, bad));
                }
            }
        }
        spec.subcommands().values().forEach(sub -> walk(sub.getCommandSpec(), cases, arguments));
    }

    /** The command words, the bad value in the argument's place, then the good required options. */
    private static List<String> positional(List<String> words, CommandSpec spec, ArgSpec arg, String bad) {
        List<String> args = new ArrayList<>(words);
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p == arg) {
                args.add(bad);
            } else if (p.required()) {
                args.add(good(spec, p));
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o.required()) {
                args.add(o.longestName());
                args.add(good(spec, o));
            }
        }
        return args;
    }

    /** The required positional arguments and options, with good values, other than {@code except}. */
    private static List<String> goodArguments(CommandSpec spec, ArgSpec except) {
        List<String> args = new ArrayList<>();
        for (PositionalParamSpec p : spec.positionalParameters()) {
            if (p != except && p.required()) {
                args.add(good(spec, p));
            }
        }
        for (OptionSpec o : spec.options()) {
            if (o != except && o.required()) {
                args.add(o.longestName());
                args.add(good(spec, o));
            }
        }
        return args;
    }

    private static String good(CommandSpec spec, ArgSpec arg) {
        Class<?> converter = converter(arg);
        if (converter == Converters.InputFile.class) {
            return spec.name().equals("team") ? TEAM : CLIENT;
        }
        if (converter == Converters.OutputFile.class || converter == Converters.OutputFileOrFolder.class) {
            return tmp.resolve("out.pdf").toString();
        }
        if (converter == Converters.OutputFolder.class) {
            return tmp.resolve("out").toString();
        }
        if (arg.type() == String.class && spec.name().equals("show")) {
            return "glute-bridge";
        }
        if (converter == Converters.Language.class) {
            return "es";
        }
        if (converter == Converters.InputFolder.class) {
            return tmp.toString();
        }
        return fail("no good value known for " + describe(spec, arg) + "; add one to EveryOptionTest");
    }

    /** The bad values an argument of this kind can be given. */
    private static List<String> badValues(CommandSpec spec, ArgSpec arg) {
        Class<?> converter = converter(arg);
        Class<?> type = arg.auxiliaryTypes()[0];
        if (arg instanceof OptionSpec o && o.arity().max == 0) {
            return List.of("maybe"); // a switch written with a value
        }
        if (converter == Converters.InputFile.class) {
            return List.of("no-such-file.yaml", "src");
        }
        if (converter == Converters.InputFolder.class) {
            return List.of("no-such-folder", "pom.xml");
        }
        if (converter == Converters.OutputFile.class || converter == Converters.OutputFileOrFolder.class) {
            // plan -o: a file for the default format (the folder case, --format fit, is in ProgramFitTest)
            return List.of("src", "no-such-folder/out.pdf");
        }
        if (converter == Converters.OutputFolder.class) {
            return List.of("pom.xml");
        }
        if (type == Path.class) {
            return List.of("no-such-path");
        }
        if (type == LocalDate.class) {
            return List.of("2027-02-30", "2027-13-01", "2027-2-3", "04/01/2027", "tomorrow", "1800-01-01");
        }
        if (converter != null && Converters.Bounded.class.isAssignableFrom(converter)) {
            // a pain score, a session of the day, minutes in a week: below and above every such range
            return List.of("many", "-1", "99999");
        }
        if (type == Integer.class || type == int.class) {
            // a count (--threads): 0 and less are wrong too; a port: one above 65535 (0 is good: a free port)
            return arg instanceof OptionSpec o && o.longestName().equals("--port")
                    ? List.of("many", "99999999999", "70000", "-2")
                    : List.of("many", "99999999999", "0", "-2");
        }
        if (type.isEnum()) {
            return List.of("nonsense", "jsn");
        }
        if (type == String.class) {
            return List.of("no-such-thing");
        }
        return fail("no bad value known for " + describe(spec, arg) + " (a " + type.getSimpleName()
                + "); add one to EveryOptionTest");
    }

    private static Class<?> type(ArgSpec arg) {
        return arg.auxiliaryTypes()[0];
    }

    private static Class<?> converter(ArgSpec arg) {
        ITypeConverter<?>[] converters = arg.converters();
        return converters.length == 0 ? null : converters[0].getClass();
    }

    private static String describe(CommandSpec spec, ArgSpec arg) {
        return spec.qualifiedName() + " " + (arg instanceof OptionSpec o ? o.longestName() : arg.paramLabel());
    }
}
