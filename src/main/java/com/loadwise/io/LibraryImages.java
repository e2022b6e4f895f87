package com.loadwise.io;

import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputLimits;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A level's {@code image}: a file under its library's {@code images/} folder. It must stay inside that folder (no
 * links out of it), and a PNG must pass the size and pixel limits of {@link Pictures}.
 */
public final class LibraryImages {

    /** Why an image was refused, in the user's words. */
    public record Refusal(String message, String hint) {}

    private LibraryImages() {}

    /** The image's real path inside {@code root/images/}; throws if {@link #check} would refuse it. */
    public static Path resolve(Path root, String image) throws ConfinedPaths.Refused {
        Path folder = root.resolve("images");
        String inside = image.startsWith("images/") ? image.substring("images/".length()) : image;
        if (!Files.isDirectory(folder)) {
            throw new ConfinedPaths.Refused("'" + image + "' does not exist", "put it in " + folder, true);
        }
        return ConfinedPaths.resolve(folder, inside);
    }

    /** Null when the image named by a level in the library at {@code root} is usable, else why not. */
    public static Refusal check(Path root, String image) {
        Path file;
        try {
            file = resolve(root, image);
        } catch (ConfinedPaths.Refused e) {
            if (e.missing()) {
                return new Refusal("image file '" + image + "' does not exist", "put it in " + root.resolve("images"));
            }
            return new Refusal("image " + e.getMessage(), e.hint());
        }
        InputLimits limits = InputLimits.current();
        try {
            if (image.endsWith(".png")) {
                Pictures.check(file, limits);
            } else if (Files.size(file) > limits.maxImageBytes()) {
                return new Refusal(
                        "image '" + image + "' is larger than " + limits.maxImageBytes() + " bytes",
                        "save a smaller file, " + InputLimits.howToRaise(InputLimits.IMAGE_SIZE));
            }
        } catch (Pictures.Refused e) {
            return new Refusal("image '" + image + "': " + e.getMessage(), e.hint());
        } catch (java.io.IOException e) {
            return new Refusal("cannot read image '" + image + "': " + FileErrors.why(e), "check the file");
        }
        return null;
    }
}
