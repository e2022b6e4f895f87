package com.loadwise.yaml;

import java.util.Objects;

/**
 * One thing wrong with an input file: where it is, what is wrong and how to fix it.
 *
 * @param file the file as the user should see it (relative where possible)
 * @param line 1-based line, or 0 when the problem concerns the whole file
 * @param column 1-based column, or 0 when the problem concerns the whole file
 * @param message what is wrong, in plain words
 * @param hint how to fix it, or empty
 */
public record Problem(String file, int line, int column, String message, String hint) {

    public Problem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("line and column must be >= 0");
        }
    }

    /** A problem at {@code position} of {@code file} (or of the file the position names, see {@link Position}). */
    public static Problem at(String file, Position position, String message, String hint) {
        return new Problem(
                position.file() != null ? position.file() : file, position.line(), position.column(), message, hint);
    }

    public static Problem inFile(String file, String message, String hint) {
        return new Problem(file, 0, 0, message, hint);
    }

    /** {@code file:line:column: message (hint)}, the one-line form printed to users. */
    public String format() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line).append(':').append(column);
        }
        sb.append(": ").append(message);
        if (!hint.isEmpty()) {
            sb.append(" (").append(hint).append(')');
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return format();
    }
}
