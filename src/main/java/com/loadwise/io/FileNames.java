package com.loadwise.io;

import java.text.Normalizer;
import java.util.Locale;

/** File names made from people's and sessions' names: what a team's PDFs and a runner's watch workouts are called. */
public final class FileNames {

    private FileNames() {}

    /**
     * Letters and digits of {@code name}, accents dropped, letters without a decomposition spelt out (ø → o, ß → ss,
     * æ → ae), lower case, hyphenated ("Zoë Ångström" → "zoe-angstrom", "Henrik Østergaard" → "henrik-ostergaard").
     * The one rule for file names made from names: team PDFs, watch workouts, team logs, the web workspace.
     */
    public static String slug(String name) {
        String spelt = Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .replace("ø", "o")
                .replace("Ø", "o")
                .replace("ß", "ss")
                .replace("æ", "ae")
                .replace("Æ", "ae")
                .replace("œ", "oe")
                .replace("Œ", "oe")
                .replace("ł", "l")
                .replace("Ł", "l")
                .replace("đ", "d")
                .replace("Đ", "d")
                .replace("þ", "th")
                .replace("Þ", "th");
        return spelt.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** "03-kwame-mensah-bonsu": a roster number and a name ("athlete" when the name has no letters). */
    public static String numbered(int index, String name) {
        String slug = slug(name);
        return String.format(Locale.ROOT, "%02d-%s", index, slug.isEmpty() ? "athlete" : slug);
    }
}
