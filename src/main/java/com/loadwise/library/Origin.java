package com.loadwise.library;

import com.loadwise.yaml.Position;

/**
 * Where an exercise was defined.
 *
 * @param layer "bundled", or the --library folder it came from
 * @param file the file as shown in messages
 * @param position where its entry starts
 * @param root the library folder the file belongs to (its {@code images/} folder holds the pictures)
 */
public record Origin(String layer, String file, Position position, java.nio.file.Path root) {

    public boolean bundled() {
        return Layer.BUNDLED.equals(layer);
    }

    public String where() {
        return file + ":" + position.line() + ":" + position.column();
    }

    /** Layer names. */
    public static final class Layer {
        public static final String BUNDLED = "bundled";

        private Layer() {}
    }
}
