package com.loadwise.render;

import com.loadwise.io.ConfinedPaths;
import com.loadwise.io.Pictures;
import com.loadwise.yaml.InputLimits;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlMap;
import com.loadwise.yaml.YamlReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A clinic's or club's branding for handouts, read from a small YAML file:
 * {@code name}, {@code clinician}, {@code contact}, {@code logo} (a PNG beside the file) and {@code accent}
 * (a colour such as {@code "#1f6f8b"}).
 */
public record Branding(String name, String clinician, String contact, String logoDataUri, String accent) {

    /** Default accent: a calm teal that prints well in colour and in grey. */
    public static final String DEFAULT_ACCENT = "#1f6f8b";

    static final List<String> FIELDS = List.of("name", "clinician", "contact", "logo", "accent");
    private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    public static Branding none() {
        return new Branding(null, null, null, null, DEFAULT_ACCENT);
    }

    public static Branding read(Path file, String shownAs) {
        YamlDocument doc = new YamlReader().read(file, shownAs);
        Problems problems = new Problems();
        YamlMap m = YamlMap.of(shownAs, doc.root(), problems, "a branding file");
        problems.throwIfAny();
        m.rejectUnknown(FIELDS, "a branding file");
        String name = m.text("name", true);
        String accent = m.text("accent", false);
        if (accent != null && !COLOUR.matcher(accent).matches()) {
            m.problem("accent", "accent '" + accent + "' is not a colour", "write it as \"#1f6f8b\" (in quotes)");
            accent = null;
        }
        String logo = null;
        String logoName = m.text("logo", false);
        if (logoName != null) {
            Path folder = file.toAbsolutePath().getParent();
            try {
                if (!logoName.toLowerCase(Locale.ROOT).endsWith(".png")) {
                    m.problem("logo", "the logo must be a .png file", "export it as PNG");
                } else {
                    logo = Pictures.dataUri(ConfinedPaths.resolve(folder, logoName), InputLimits.current());
                }
            } catch (ConfinedPaths.Refused e) {
                if (e.missing()) {
                    m.problem("logo", "logo file '" + logoName + "' does not exist", "put it next to " + shownAs);
                } else {
                    m.problem("logo", "the logo " + e.getMessage(), "copy it next to " + shownAs);
                }
            } catch (Pictures.Refused e) {
                m.problem("logo", "the logo: " + e.getMessage(), e.hint());
            }
        }
        String clinician = m.text("clinician", false);
        String contact = m.text("contact", false);
        problems.throwIfAny();
        return new Branding(name, clinician, contact, logo, accent == null ? DEFAULT_ACCENT : accent);
    }
}
