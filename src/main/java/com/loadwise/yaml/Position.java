package com.loadwise.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/**
 * A 1-based line and column in a text file.
 *
 * @param file the file the position lies in when it is not the file being read (a translated text laid over an
 *     English file, see {@link #elsewhere}), else null
 */
public record Position(int line, int column, String file) {

    public static final Position NONE = new Position(0, 0);

    /** Marks whose name starts with this lie in the file named by the rest of the name. */
    private static final String ELSEWHERE = "loadwise-file:";

    public Position(int line, int column) {
        this(line, column, null);
    }

    public static Position of(Mark mark) {
        if (mark == null) {
            return NONE;
        }
        String name = mark.getName();
        String file = name != null && name.startsWith(ELSEWHERE) ? name.substring(ELSEWHERE.length()) : null;
        return new Position(mark.getLine() + 1, mark.getColumn() + 1, file);
    }

    public static Position of(Node node) {
        return of(node.getStartMark());
    }

    /**
     * The same mark, saying it lies in {@code file}: a node moved into another file's tree (a translation laid
     * over the English) keeps pointing at where it was written.
     */
    public static Mark elsewhere(Mark mark, String file) {
        return mark == null
                ? null
                : new Mark(ELSEWHERE + file, mark.getIndex(), mark.getLine(), mark.getColumn(), new int[0], 0);
    }
}
