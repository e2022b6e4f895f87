package com.loadwise.yaml;

import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;

/** A 1-based line and column in a text file. */
public record Position(int line, int column) {

    public static final Position NONE = new Position(0, 0);

    public static Position of(Mark mark) {
        return mark == null ? NONE : new Position(mark.getLine() + 1, mark.getColumn() + 1);
    }

    public static Position of(Node node) {
        return of(node.getStartMark());
    }
}
