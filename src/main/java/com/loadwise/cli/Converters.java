package com.loadwise.cli;

import com.loadwise.i18n.Messages;
import com.loadwise.plan.Dates;
import com.loadwise.plan.ProfileReader;
import com.loadwise.yaml.Names;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * Turns the words of a command line into values, and says in people's words why a word will not do. Each message
 * is what is wrong, then how to fix it in brackets; {@link Main} puts the option and the value in front: {@code
 * --start 2027-02-30: February 2027 has no day 30 (write the date as YYYY-MM-DD)}.
 *
 * <p>Dates, whole numbers, switches, paths and every enum of the commands get a converter by type ({@link
 * #register}); a path option also names what it must be (an existing file or folder, a file to write, a folder to
 * write into) with {@code converter = ...}, so a missing input or a folder given for a file is a usage error (exit
 * 2) before any work is done.
 */
final class Converters {

    private Converters() {}

    /** Registers the type converters on {@code cli} and every subcommand it has now. */
    static void register(CommandLine cli) {
        cli.registerConverter(LocalDate.class, new Date());
        cli.registerConverter(Integer.class, new WholeNumber());
        cli.registerConverter(int.class, new WholeNumber());
        cli.registerConverter(Boolean.class, new Switch());
        cli.registerConverter(boolean.class, new Switch());
        cli.registerConverter(Path.class, new AnyPath());
        for (Class<?> type : enums(cli.getCommandSpec(), new ArrayList<>())) {
            registerChoice(cli, type);
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void registerChoice(CommandLine cli, Class<?> type) {
        cli.registerConverter((Class) type, new Choice(type));
    }

    private static List<Class<?>> enums(CommandSpec spec, List<Class<?>> found) {
        for (ArgSpec arg : spec.args()) {
            for (Class<?> type : arg.auxiliaryTypes()) {
                if (type.isEnum() && !found.contains(type)) {
                    found.add(type);
                }
            }
        }
        spec.subcommands().values().forEach(sub -> enums(sub.getCommandSpec(), found));
        return found;
    }

    /** A date written YYYY-MM-DD, within the dates a program may use. */
    static final class Date implements ITypeConverter<LocalDate> {
        @Override
        public LocalDate convert(String value) {
            LocalDate date = Dates.parse(value);
            if (date == null) {
                String why = Dates.whyNot(value);
                throw new TypeConversionException(
                        why + " (" + Dates.HOW + (why.equals("not a date") ? ", e.g. 2027-01-04)" : ")"));
            }
            if (!ProfileReader.inRange(date)) {
                throw new TypeConversionException("out of range (use a date from " + ProfileReader.FIRST_DATE + " to "
                        + ProfileReader.LAST_DATE + ")");
            }
            return date;
        }
    }

    /** A whole number in digits. */
    static final class WholeNumber implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.strip();
            if (!v.matches("[+-]?\\d+")) {
                throw new TypeConversionException("not a whole number (write it in digits, e.g. 4)");
            }
            try {
                return Integer.valueOf(v);
            } catch (NumberFormatException e) {
                throw new TypeConversionException("too large (at most " + Integer.MAX_VALUE + ")");
            }
        }
    }

    /** A whole number in a range, said in the option's own terms. */
    abstract static class Bounded implements ITypeConverter<Integer> {
        private final int min;
        private final int max;
        private final String what;

        Bounded(int min, int max, String what) {
            this.min = min;
            this.max = max;
            this.what = what;
        }

        @Override
        public Integer convert(String value) {
            Integer n;
            try {
                n = new WholeNumber().convert(value);
            } catch (TypeConversionException e) {
                n = null;
            }
            if (n == null || n < min || n > max) {
                throw new TypeConversionException("not " + what + " (use " + min + " to " + max + ")");
            }
            return n;
        }
    }

    /** A pain score, 0 to 10. */
    static final class PainScore extends Bounded {
        PainScore() {
            super(0, 10, "a pain score");
        }
    }

    /** A stage's exit criterion, by its number as printed, 1 to 20. */
    static final class CriterionNumber extends Bounded {
        CriterionNumber() {
            super(1, 20, "a criterion number");
        }
    }

    /** Which session of a day, 1 to 20. */
    static final class SessionNumber extends Bounded {
        SessionNumber() {
            super(1, 20, "a session of the day");
        }
    }

    /** Minutes of running in a week, 0 to a week's. */
    static final class WeekMinutes extends Bounded {
        WeekMinutes() {
            super(0, 7 * 24 * 60, "minutes of running");
        }
    }

    /** A switch written with a value ({@code --large-print=true}): only true or false. */
    static final class Switch implements ITypeConverter<Boolean> {
        @Override
        public Boolean convert(String value) {
            if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                return Boolean.valueOf(value);
            }
            throw new TypeConversionException("this option is a switch and takes no value (give it alone)");
        }
    }

    /** One of an enum's constants, in any case; the error lists them all (and the nearest). */
    static final class Choice<E extends Enum<E>> implements ITypeConverter<E> {
        private final Class<E> type;

        Choice(Class<E> type) {
            this.type = type;
        }

        @Override
        public E convert(String value) {
            for (E e : type.getEnumConstants()) {
                if (e.name().equalsIgnoreCase(value.strip())) {
                    return e;
                }
            }
            List<String> names =
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
            String allowed = names.size() == 1
                    ? names.get(0)
                    : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
            throw new TypeConversionException("must be " + allowed
                    + Names.nearest(value.toLowerCase(Locale.ROOT), names)
                            .map(n -> " (did you mean " + n + "?)")
                            .orElse(""));
        }
    }

    /** A language with a message bundle ({@link Messages#LANGUAGES}). */
    static final class Language implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (Messages.LANGUAGES.contains(v)) {
                return v;
            }
            List<String> names = Messages.LANGUAGES;
            throw new TypeConversionException("no language '" + value + "' (the languages are "
                    + String.join(", ", names)
                    + Names.nearest(v, names)
                            .map(n -> "; did you mean " + n + "?")
                            .orElse("")
                    + ")");
        }
    }

    /** Any path the system can name; what it must be is each option's own converter. */
    static class AnyPath implements ITypeConverter<Path> {
        @Override
        public Path convert(String value) {
            if (value.isEmpty()) {
                throw new TypeConversionException("an empty name (give a file or folder)");
            }
            try {
                return Path.of(value);
            } catch (InvalidPathException e) {
                throw new TypeConversionException("not a name a file can have (it contains a character that files"
                        + " cannot have in their names)");
            }
        }
    }

    /** A file to read: it must exist and be a file. */
    static final class InputFile extends AnyPath {
        @Override
        public Path convert(String value) {
            Path p = super.convert(value);
            if (Files.isDirectory(p)) {
                throw new TypeConversionException("this is a folder (give a file in it)");
            }
            if (!Files.isRegularFile(p)) {
                throw new TypeConversionException(missing(p, "file"));
            }
            return p;
        }
    }

    /** A folder to read: it must exist and be a folder. */
    static final class InputFolder extends AnyPath {
        @Override
        public Path convert(String value) {
            Path p = super.convert(value);
            if (Files.isRegularFile(p)) {
                throw new TypeConversionException("this is a file, not a folder (give the folder it is in)");
            }
            if (!Files.isDirectory(p)) {
                throw new TypeConversionException(missing(p, "folder"));
            }
            return p;
        }
    }

    /** A file or a folder to read: it must exist. */
    static final class InputPath {
        private InputPath() {}

        /** {@code p}, or a usage error {@code PATH p: no such file or folder (...)}. */
        static Path check(Path p) {
            if (!Files.exists(p)) {
                throw new UsageException("PATH " + p + ": " + missing(p, "file or folder"));
            }
            return p;
        }
    }

    /** A file to write: not a folder, in a folder that exists. */
    static final class OutputFile extends AnyPath {
        @Override
        public Path convert(String value) {
            Path p = super.convert(value);
            if (Files.isDirectory(p)) {
                throw new TypeConversionException(
                        "this is a folder (give a file name, e.g. " + p.resolve("handout.pdf") + ")");
            }
            Path folder = folder(p);
            if (folder != null && !Files.isDirectory(folder)) {
                throw new TypeConversionException(
                        Files.exists(folder)
                                ? "the folder " + folder + " is a file (give a file name in a folder)"
                                : "the folder " + folder + " does not exist (create it first)");
            }
            return p;
        }
    }

    /**
     * A file, or a folder for a format that writes many files (plan --format fit): which of the two is known only
     * once every option is read, so the command checks it with {@link OutputFile} or {@link OutputFolder}.
     */
    static final class OutputFileOrFolder extends AnyPath {}

    /** A folder to write into: made if missing, but not a file. */
    static final class OutputFolder extends AnyPath {
        @Override
        public Path convert(String value) {
            Path p = super.convert(value);
            if (Files.exists(p) && !Files.isDirectory(p)) {
                throw new TypeConversionException(
                        "this is a file, not a folder (give a folder; it is made if missing)");
            }
            return p;
        }
    }

    /** An address of this computer to listen on: a name or number it has, or the wildcard (every network). */
    static final class LocalAddress implements ITypeConverter<String> {
        static final String HOW = "use 127.0.0.1 for this computer only, or 0.0.0.0 for every network";

        @Override
        public String convert(String value) {
            java.net.InetAddress address;
            try {
                address = java.net.InetAddress.getByName(value.strip());
            } catch (java.net.UnknownHostException | SecurityException e) {
                throw new TypeConversionException("no computer has this name or address (" + HOW + ")");
            }
            try {
                if (!address.isAnyLocalAddress()
                        && !address.isLoopbackAddress()
                        && java.net.NetworkInterface.getByInetAddress(address) == null) {
                    throw new TypeConversionException("not an address of this computer (" + HOW + ")");
                }
            } catch (java.net.SocketException e) {
                throw new TypeConversionException(
                        "the network addresses of this computer cannot be read (" + HOW + ")");
            }
            return value.strip();
        }
    }

    /** The folder {@code p} is in, as the command line named it where it did. */
    private static Path folder(Path p) {
        return p.getParent() != null ? p.getParent() : p.toAbsolutePath().getParent();
    }

    private static String missing(Path p, String what) {
        Path folder = folder(p);
        return "no such " + what
                + (folder != null && !Files.isDirectory(folder)
                        ? " (the folder " + folder + " does not exist either)"
                        : " (check the name; a relative name starts from the folder you run loadwise in)");
    }
}
