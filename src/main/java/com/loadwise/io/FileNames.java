package com.loadwise.io;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from people's and sessions' names: what a team's PDFs and a runner's watch workouts are called. */
public final class FileNames {

    private FileNames() {}

    /** Letters and digits of {@code name}, accents dropped, lower case, hyphenated ("Zoë Ångström" → "zoe-angstrom"). */
    public static String slug(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "-")
                .replaceAll("^-|-$", "");
    }

    /** "03-kwame-mensah-bonsu": a roster number and a name ("athlete" when the name has no letters). */
    public static String numbered(int index, String name) {
        String slug = slug(name);
        return String.format(Locale.ROOT, "%02d-%s", index, slug.isEmpty() ? "athlete" : slug);
    }
}
