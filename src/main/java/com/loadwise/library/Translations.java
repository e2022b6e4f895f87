package com.loadwise.library;

import com.loadwise.io.AtomicFiles;
import com.loadwise.io.Bundled;
import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Names;
import com.loadwise.yaml.Position;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The texts of one language laid over the English library: for a file {@code REL.yaml} of the bundled library or
 * of a {@code --library} folder, its {@code translations/LANG/REL.yaml} ({@code docs/translations.md}). As an
 * {@link YamlReader.Overlay} it puts each translation whose {@code en} still matches the English in place of the
 * English before any reader sees the file, so the readers check translated texts as they check English ones; a
 * missing or stale translation leaves the English. {@link #check} lists what is missing, stale or left over.
 */
public final class Translations implements YamlReader.Overlay {

    /** The language the library is written in. */
    public static final String ENGLISH = "en";

    private final String lang;
    private final Path bundled;
    private final Path bundledTranslations;
    private final List<Path> roots;
    private final YamlReader plain = new YamlReader();
    private final Map<Path, Optional<TranslationFile>> files = new ConcurrentHashMap<>();

    private Translations(String lang, Path bundled, List<Path> layers) {
        this(lang, bundled, layers, bundled.resolve("translations"));
    }

    private Translations(String lang, Path bundled, List<Path> layers, Path bundledTranslations) {
        this.lang = lang;
        this.bundled = bundled;
        this.bundledTranslations = bundledTranslations;
        List<Path> r = new ArrayList<>();
        r.add(bundled);
        layers.forEach(l -> r.add(LibraryLoader.rootOf(l)));
        this.roots = List.copyOf(r);
    }

    /** {@code lang}'s texts over the bundled library and each of {@code layers}. */
    public static Translations of(String lang, List<Path> layers) {
        return new Translations(lang, Bundled.libraryRoot(), layers);
    }

    /** The English library as written. */
    public static Translations english() {
        return of(ENGLISH, List.of());
    }

    /**
     * The same, with the bundled library's translations read from {@code dir} (holding {@code LANG/…}) in place of
     * its {@code translations/} folder: for tests, whose fixtures must not depend on the shipped translations.
     */
    public Translations withBundledTranslations(Path dir) {
        return new Translations(lang, bundled, roots.subList(1, roots.size()), dir);
    }

    public String language() {
        return lang;
    }

    /** A reader that lays these translations over every library file it reads. */
    public YamlReader reader() {
        return lang.equals(ENGLISH) ? new YamlReader() : new YamlReader().withOverlay(this);
    }

    @Override
    public Node apply(Path file, String shownAs, Node root) {
        Optional<Located> at = locate(file);
        if (at.isEmpty() || lang.equals(ENGLISH)) {
            return root;
        }
        List<String> fields = TranslatableFields.of(at.get().rel());
        if (fields.isEmpty()) {
            return root;
        }
        Optional<TranslationFile> tf = translation(at.get());
        if (tf.isEmpty()) {
            return root;
        }
        Problems problems = new Problems();
        for (TranslatableFields.Text t : TranslatableFields.texts(root, fields).values()) {
            TranslationFile.Entry e = tf.get().entries().get(t.key());
            if (usable(e, t, tf.get(), problems)) {
                t.replace().accept(e.node());
            }
        }
        problems.throwIfAny();
        return root;
    }

    /**
     * Whether an entry translates this English text as it is now; an entry that loses or adds a {@code {contact}}
     * is a problem (the English says whom to contact, so must the translation).
     */
    private static boolean usable(
            TranslationFile.Entry e, TranslatableFields.Text t, TranslationFile tf, Problems problems) {
        if (e == null || e.translation() == null || !e.english().equals(t.english())) {
            return false;
        }
        for (String token : List.of(Wording.CONTACT, "{Contact}")) {
            int en = count(e.english(), token);
            int tr = count(e.translation(), token);
            if (en != tr) {
                problems.add(Problem.at(
                        tf.file(),
                        Position.of(e.node()),
                        "'" + e.key() + "' has " + token + " " + tr + " times but the English " + en + " times",
                        "keep " + token + " as it is: it prints whom the reader should contact"));
                return false;
            }
        }
        return true;
    }

    private static int count(Object text, String token) {
        int n = 0;
        for (String s :
                text instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of((String) text)) {
            for (int i = s.indexOf(token); i >= 0; i = s.indexOf(token, i + 1)) {
                n++;
            }
        }
        return n;
    }

    /** A library file: the folder it belongs to and its path inside it. */
    private record Located(Path root, String rel) {}

    private Optional<Located> locate(Path file) {
        Path f = file.toAbsolutePath().normalize();
        Located best = null;
        for (Path root : roots) {
            Path r = root.toAbsolutePath().normalize();
            if (f.getFileSystem().equals(r.getFileSystem()) && f.startsWith(r) && !f.equals(r)) {
                String rel = r.relativize(f).toString().replace('\\', '/');
                if (!rel.startsWith("translations/")
                        && (best == null || rel.length() < best.rel().length())) {
                    best = new Located(root, rel);
                }
            }
        }
        return Optional.ofNullable(best);
    }

    private Path translationPath(Located at) {
        return translationsOf(at.root()).resolve(lang + "/" + at.rel());
    }

    private Path translationsOf(Path root) {
        return root.equals(bundled) ? bundledTranslations : root.resolve("translations");
    }

    private String shown(Path root, Path file) {
        return root.equals(bundled) && file.startsWith(bundled)
                ? "exercise-library/" + bundled.relativize(file).toString().replace('\\', '/')
                : LibraryLoader.shownUser(file);
    }

    /** The translation file of a library file, read once; empty when there is none; its problems thrown. */
    private Optional<TranslationFile> translation(Located at) {
        Path p = translationPath(at);
        return files.computeIfAbsent(p, k -> {
            if (!Files.isRegularFile(k)) {
                return Optional.empty();
            }
            Problems problems = new Problems();
            TranslationFile tf = TranslationFile.read(plain.read(k, shown(at.root(), k)), lang, problems);
            problems.throwIfAny();
            return Optional.of(tf);
        });
    }

    /** What {@link #check} finds: a text without translation, a translation of an old English, or a leftover. */
    public enum Kind {
        MISSING,
        STALE,
        ORPHAN
    }

    /** One finding, with the position to look at. */
    public record Finding(Kind kind, Problem problem) {}

    /**
     * Compares every translatable library file with its translation. Malformed translation files are added to
     * {@code errors}; what is missing, stale or left over is returned (the English prints in their place).
     */
    public List<Finding> check(Problems errors) {
        List<Finding> out = new ArrayList<>();
        for (Path root : roots) {
            for (Path file : englishFiles(root, errors)) {
                Located at = new Located(root, root.relativize(file).toString().replace('\\', '/'));
                Map<String, TranslatableFields.Text> english;
                try {
                    english = TranslatableFields.texts(
                            plain.read(file, shown(root, file)).root(), TranslatableFields.of(at.rel()));
                } catch (InputException e) {
                    continue; // the English file's own problems are reported by the library's readers
                }
                Optional<TranslationFile> tf;
                try {
                    tf = translation(at);
                } catch (InputException e) {
                    errors.addAll(e.problems());
                    continue;
                }
                compare(at, file, english, tf, out);
                tf.ifPresent(f ->
                        english.values().forEach(t -> usable(f.entries().get(t.key()), t, f, errors)));
            }
            orphanFiles(root, errors, out);
        }
        return out;
    }

    private void compare(
            Located at,
            Path file,
            Map<String, TranslatableFields.Text> english,
            Optional<TranslationFile> tf,
            List<Finding> out) {
        String target = "translations/" + lang + "/" + at.rel();
        if (tf.isEmpty()) {
            if (!english.isEmpty()) {
                out.add(new Finding(
                        Kind.MISSING,
                        Problem.inFile(
                                shown(at.root(), file),
                                "no " + lang + " translations (" + english.size() + " texts)",
                                "write " + target + ": 'loadwise library translations --lang " + lang
                                        + " --update DIR'")));
            }
            return;
        }
        Map<String, TranslationFile.Entry> entries = tf.get().entries();
        for (TranslatableFields.Text t : english.values()) {
            TranslationFile.Entry e = entries.get(t.key());
            if (e == null || (e.translation() == null && e.english().equals(t.english()))) {
                out.add(new Finding(
                        Kind.MISSING,
                        Problem.at(
                                shown(at.root(), file),
                                Position.of(t.node()),
                                "no " + lang + " translation of '" + t.key() + "'",
                                "add it to " + target)));
            } else if (!e.english().equals(t.english())) {
                out.add(new Finding(
                        Kind.STALE,
                        Problem.at(
                                tf.get().file(),
                                e.position(),
                                "'" + t.key() + "' translates an older English text",
                                "copy the current English into 'en' and update '" + lang
                                        + "'; the English prints until then")));
            }
        }
        for (TranslationFile.Entry e : entries.values()) {
            if (!english.containsKey(e.key())) {
                out.add(new Finding(
                        Kind.ORPHAN,
                        Problem.at(
                                tf.get().file(),
                                e.position(),
                                "'" + e.key() + "' is not a text of " + at.rel(),
                                Names.nearest(e.key(), english.keySet())
                                        .map(n -> "did you mean '" + n + "'?")
                                        .orElse("remove it"))));
            }
        }
    }

    /** Translation files whose English file does not exist. */
    private void orphanFiles(Path root, Problems errors, List<Finding> out) {
        Path dir = translationsOf(root).resolve(lang);
        for (Path f : yamlFiles(dir, errors)) {
            String rel = dir.relativize(f).toString().replace('\\', '/');
            if (!Files.isRegularFile(root.resolve(rel))
                    || TranslatableFields.of(rel).isEmpty()) {
                out.add(new Finding(
                        Kind.ORPHAN,
                        Problem.inFile(shown(root, f), "no English file " + rel + " to translate", "remove it")));
            }
        }
    }

    /** The translatable files of a library folder, outside {@code translations/}. */
    private static List<Path> englishFiles(Path root, Problems errors) {
        return yamlFiles(root, errors).stream()
                .filter(f -> {
                    String rel = root.relativize(f).toString().replace('\\', '/');
                    return !rel.startsWith("translations/")
                            && !TranslatableFields.of(rel).isEmpty();
                })
                .toList();
    }

    private static List<Path> yamlFiles(Path dir, Problems errors) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile)
                    .filter(f -> f.getFileName().toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            errors.add(Problem.inFile(dir.toString(), "cannot read folder: " + FileErrors.why(e), "check permissions"));
            return List.of();
        }
    }

    /** A skeleton written by {@link #update}: the file, its texts, and how many kept their translation. */
    public record Written(String file, int texts, int kept) {}

    /**
     * Writes {@code root/translations/LANG/REL.yaml} for every translatable file of the library folder
     * {@code root}: one entry per English text, keeping each translation whose English is unchanged.
     */
    public static List<Written> update(Path root, String lang, Problems errors) {
        return update(root, lang, errors, true);
    }

    /** As {@link #update(Path, String, Problems)}; with {@code write} false, only counts. */
    public static List<Written> update(Path root, String lang, Problems errors, boolean write) {
        Translations t = new Translations(lang, Bundled.libraryRoot(), List.of(root));
        List<Written> out = new ArrayList<>();
        for (Path file : englishFiles(root, errors)) {
            Located at = new Located(root, root.relativize(file).toString().replace('\\', '/'));
            Map<String, TranslatableFields.Text> english;
            Optional<TranslationFile> old;
            try {
                english = TranslatableFields.texts(
                        t.plain.read(file, t.shown(root, file)).root(), TranslatableFields.of(at.rel()));
                old = t.translation(at);
            } catch (InputException e) {
                errors.addAll(e.problems());
                continue;
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            int kept = 0;
            for (TranslatableFields.Text text : english.values()) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("en", text.english());
                TranslationFile.Entry e =
                        old.map(o -> o.entries().get(text.key())).orElse(null);
                if (e != null && e.translation() != null && e.english().equals(text.english())) {
                    entry.put(lang, e.translation());
                    kept++;
                }
                doc.put(text.key(), entry);
            }
            Path target = t.translationPath(at);
            if (write) {
                AtomicFiles.folder(target.getParent());
                AtomicFiles.write(target, skeleton(at.rel(), lang, doc));
            }
            out.add(new Written(t.shown(root, target), english.size(), kept));
        }
        return out;
    }

    /** The file's text: a comment naming what it translates, then the entries (block style, UTF-8 as is). */
    static String skeleton(String rel, String lang, Map<String, Object> doc) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setWidth(120);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setSplitLines(true);
        return "# " + lang + " texts for " + rel + ": each key names one English text (en) and its translation (" + lang
                + ").\n" + (doc.isEmpty() ? "{}\n" : new Yaml(o).dump(doc));
    }
}
