package com.loadwise.yaml;

import java.util.Locale;
import java.util.Map;

/**
 * Every limit applied to untrusted input, in one place, so a hostile or broken file fails with a clear message
 * instead of exhausting memory or time. Each limit a real user could outgrow can be raised with an environment
 * variable (the one mechanism for all of them; {@code docs/reliability.md} lists them); YAML aliases are refused
 * outright and cannot be switched on.
 *
 * @param maxFileBytes largest YAML file (library, blueprint, profile, branding) and CSV roster
 * @param maxDepth deepest nesting of mappings and lists in a YAML file
 * @param maxTextChars longest text in any one YAML field
 * @param maxAthletes most athletes in a team roster
 * @param maxImageBytes largest PNG picture or logo file
 * @param maxImagePixels most pixels (width times height) in a PNG picture or logo, read from its header
 */
public record InputLimits(
        long maxFileBytes, int maxDepth, int maxTextChars, int maxAthletes, long maxImageBytes, long maxImagePixels) {

    public static final String FILE_SIZE = "LOADWISE_MAX_FILE_SIZE";
    public static final String DEPTH = "LOADWISE_MAX_DEPTH";
    public static final String TEXT = "LOADWISE_MAX_TEXT";
    public static final String ATHLETES = "LOADWISE_MAX_ATHLETES";
    public static final String IMAGE_SIZE = "LOADWISE_MAX_IMAGE_SIZE";
    public static final String IMAGE_PIXELS = "LOADWISE_MAX_IMAGE_PIXELS";

    /**
     * 2 MiB files (the largest bundled file is under 30 KiB), 40 levels of nesting (the deepest bundled file uses
     * 6), 2,000 characters per field, 5,000 athletes, 2 MiB and 16 megapixels per picture (4096 x 4096).
     */
    public static final InputLimits DEFAULT =
            new InputLimits(2L * 1024 * 1024, 40, 2000, 5000, 2L * 1024 * 1024, 4096L * 4096);

    public InputLimits {
        if (maxFileBytes <= 0
                || maxDepth <= 0
                || maxTextChars <= 0
                || maxAthletes <= 0
                || maxImageBytes <= 0
                || maxImagePixels <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** The limits in force: the defaults, each raised or lowered by its environment variable when set. */
    public static InputLimits current() {
        return fromEnvironment(System.getenv());
    }

    /** The defaults, overridden by the variables present in {@code env}; a bad value is invalid input. */
    public static InputLimits fromEnvironment(Map<String, String> env) {
        InputLimits d = DEFAULT;
        return new InputLimits(
                size(env, FILE_SIZE, d.maxFileBytes()),
                (int) count(env, DEPTH, d.maxDepth(), 10_000),
                (int) count(env, TEXT, d.maxTextChars(), Integer.MAX_VALUE / 2),
                (int) count(env, ATHLETES, d.maxAthletes(), 1_000_000),
                size(env, IMAGE_SIZE, d.maxImageBytes()),
                count(env, IMAGE_PIXELS, d.maxImagePixels(), 1L << 40));
    }

    /** How to raise the limit named by {@code variable}, for a problem's hint. */
    public static String howToRaise(String variable) {
        return "or raise the limit with the environment variable " + variable;
    }

    private static long size(Map<String, String> env, String name, long fallback) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        String s = v.strip().toUpperCase(Locale.ROOT);
        long unit = 1;
        if (s.endsWith("K") || s.endsWith("M") || s.endsWith("G")) {
            unit = s.endsWith("K") ? 1024L : s.endsWith("M") ? 1024L * 1024 : 1024L * 1024 * 1024;
            s = s.substring(0, s.length() - 1);
        }
        long n = parse(name, v, s, (1L << 40) / unit);
        return n * unit;
    }

    private static long count(Map<String, String> env, String name, long fallback, long max) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        return parse(name, v, v.strip(), max);
    }

    private static long parse(String name, String raw, String digits, long max) {
        try {
            long n = Long.parseLong(digits);
            if (n >= 1 && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InputException(Problem.inFile(
                name,
                "environment variable " + name + "='" + raw + "' is not a usable limit",
                "write a whole number from 1 to " + max + (name.endsWith("SIZE") ? ", optionally with K, M or G" : "")
                        + ", or unset it to use the default"));
    }
}
