package com.loadwise.render;

import com.loadwise.figure.Figure;
import com.loadwise.io.ConfinedPaths;
import com.loadwise.io.LibraryImages;
import com.loadwise.library.Exercise;
import com.loadwise.library.Level;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/**
 * A level's picture for a card: the image file the level names (PNG or SVG from its library's images/ folder,
 * used as it is), else the line drawing of its pose, else none.
 *
 * @param image a data: URI of the image file, or null
 * @param figure the pose drawing as inline SVG markup (built here, so safe to insert unescaped), or null
 * @param alt what the picture shows, for screen readers and the PDF's tags
 */
public record LevelPicture(String image, String figure, String alt) {

    static final LevelPicture NONE = new LevelPicture(null, null, null);

    public boolean any() {
        return image != null || figure != null;
    }

    public static LevelPicture of(Exercise e, Level l) {
        String alt = "Picture of " + e.name() + ", " + l.name() + ": start position light, end position solid";
        if (l.image() != null) {
            return new LevelPicture(dataUri(e, l), null, e.name() + ": " + l.name());
        }
        if (l.pose() != null) {
            return new LevelPicture(null, Figure.draw(l.pose()).svg(alt), alt);
        }
        return NONE;
    }

    /**
     * The image file as a data: URI, resolved inside the layer's images/ folder (links out are refused) and, for a
     * PNG, checked for size and pixels before anything decodes it; an SVG is checked for size.
     */
    private static String dataUri(Exercise e, Level l) {
        // the same check as the validator's (the file may have changed since the library was read)
        LibraryImages.Refusal refusal = LibraryImages.check(e.origin().root(), l.image());
        if (refusal != null) {
            throw new InputException(Problem.inFile(e.origin().file(), refusal.message(), refusal.hint()));
        }
        String type = l.image().endsWith(".svg") ? "image/svg+xml" : "image/png";
        try {
            Path file = LibraryImages.resolve(e.origin().root(), l.image());
            return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(Files.readAllBytes(file));
        } catch (ConfinedPaths.Refused ex) {
            throw new InputException(Problem.inFile(e.origin().file(), "image " + ex.getMessage(), ex.hint()));
        } catch (IOException ex) {
            throw new UncheckedIOException("cannot read " + l.image(), ex);
        }
    }
}
