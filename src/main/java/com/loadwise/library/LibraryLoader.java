package com.loadwise.library;

import com.loadwise.io.Bundled;
import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import com.loadwise.yaml.Problems;
import com.loadwise.yaml.YamlDocument;
import com.loadwise.yaml.YamlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads the bundled library and layers a clinic's folders over it. Reads every file, collects every problem
 * from every file, and fails with all of them together.
 */
public final class LibraryLoader {

    private final YamlReader reader;
    private final Path bundledRoot;

    public LibraryLoader(YamlReader reader, Path bundledRoot) {
        this.reader = reader;
        this.bundledRoot = bundledRoot;
    }

    public LibraryLoader() {
        this(new YamlReader(), Bundled.libraryRoot());
    }

    /** The bundled library in the language of {@code translations}. */
    public LibraryLoader(Translations translations) {
        this(translations.reader(), Bundled.libraryRoot());
    }

    /** The bundled library with each of {@code layers} (folders or single files) laid over it in order. */
    public ExerciseLibrary load(List<Path> layers) {
        Problems problems = new Problems();
        Vocabulary vocabulary = Vocabulary.read(
                reader, bundledRoot.resolve("vocabulary.yaml"), shownBundled(bundledRoot.resolve("vocabulary.yaml")));
        Map<String, Exercise> merged = new LinkedHashMap<>();
        Map<String, Origin> replaced = new HashMap<>();
        List<ExerciseFileReader.CrossRef> crossRefs = new ArrayList<>();
        int files = 0;

        List<Layer> all = new ArrayList<>();
        all.add(new Layer(Origin.Layer.BUNDLED, bundledRoot.resolve("exercises"), true));
        for (Path p : layers) {
            all.add(new Layer(shownUser(p), p, false));
        }
        for (Layer layer : all) {
            List<Path> paths = filesOf(layer, problems);
            ExerciseFileReader fileReader = new ExerciseFileReader(vocabulary, layer.name, layer.root());
            Map<String, Exercise> inLayer = new HashMap<>();
            for (Path file : paths) {
                files++;
                String shown = layer.bundled ? shownBundled(file) : shownUser(file);
                List<Exercise> exercises;
                try {
                    YamlDocument doc = reader.read(file, shown);
                    exercises = fileReader.read(doc, problems);
                } catch (InputException e) {
                    problems.addAll(e.problems());
                    continue;
                }
                for (Exercise e : exercises) {
                    Exercise twin = inLayer.putIfAbsent(e.id(), e);
                    if (twin != null) {
                        problems.add(Problem.at(
                                e.origin().file(),
                                e.origin().position(),
                                "duplicate exercise id '" + e.id() + "'",
                                "also defined at " + twin.origin().where() + "; ids must be unique"));
                        continue;
                    }
                    Exercise earlier = merged.put(e.id(), e);
                    if (earlier != null) {
                        replaced.putIfAbsent(e.id(), earlier.origin());
                    }
                }
            }
            crossRefs.addAll(fileReader.crossRefs());
        }
        for (ExerciseFileReader.CrossRef x : crossRefs) {
            Exercise target = merged.get(x.ref().exerciseId());
            if (target == null) {
                problems.add(Problem.at(
                        x.file(),
                        x.position(),
                        "no exercise '" + x.ref().exerciseId() + "'",
                        com.loadwise.yaml.Names.nearest(x.ref().exerciseId(), merged.keySet())
                                .map(n -> "did you mean '" + n + "'?")
                                .orElse("check the exercise id")));
            } else if (target.level(x.ref().levelId()).isEmpty()) {
                problems.add(Problem.at(
                        x.file(),
                        x.position(),
                        "level '" + x.ref().levelId() + "' is not in ladder '" + target.id() + "'",
                        "its levels are: " + String.join(", ", target.levelIds())));
            }
        }
        problems.throwIfAny();
        return new ExerciseLibrary(vocabulary, merged, replaced, files);
    }

    /**
     * The library folder of a {@code --library} path (a folder, its {@code exercises/} folder or one file): the
     * folder whose {@code images/} holds its pictures and whose {@code translations/} its translations.
     */
    public static Path rootOf(Path layer) {
        return new Layer("", layer, false).root();
    }

    private record Layer(String name, Path path, boolean bundled) {
        /** The folder whose images/ holds the layer's pictures. */
        Path root() {
            if (Files.isRegularFile(path)) {
                Path parent = path.getParent() == null ? Path.of("") : path.getParent();
                return parent.getFileName() != null
                                && parent.getFileName().toString().equals("exercises")
                        ? parent.getParent()
                        : parent;
            }
            return path.getFileName() != null && path.getFileName().toString().equals("exercises")
                    ? path.getParent()
                    : path;
        }
    }

    /** The YAML files of a layer: a single file, {@code DIR/exercises/**}, or {@code DIR/**}. */
    private static List<Path> filesOf(Layer layer, Problems problems) {
        Path p = layer.path;
        if (!Files.exists(p)) {
            problems.add(Problem.inFile(
                    layer.name,
                    layer.bundled ? "bundled exercise folder is missing" : "folder does not exist",
                    "check the --library path"));
            return List.of();
        }
        if (Files.isRegularFile(p)) {
            return List.of(p);
        }
        Path dir = Files.isDirectory(p.resolve("exercises")) ? p.resolve("exercises") : p;
        try (Stream<Path> walk = Files.walk(dir)) {
            Path translations = dir.resolve("translations");
            List<Path> files = walk.filter(Files::isRegularFile)
                    .filter(f -> !f.startsWith(translations))
                    .filter(f -> {
                        String n = f.getFileName().toString();
                        return n.endsWith(".yaml") || n.endsWith(".yml");
                    })
                    .sorted()
                    .toList();
            if (files.isEmpty()) {
                problems.add(Problem.inFile(
                        layer.name,
                        "no exercise files (*.yaml) in this folder",
                        "put exercise files in " + layer.name + "/exercises/"));
            }
            return files;
        } catch (IOException e) {
            problems.add(Problem.inFile(layer.name, "cannot read folder: " + FileErrors.why(e), "check permissions"));
            return List.of();
        }
    }

    private String shownBundled(Path file) {
        return "exercise-library/" + bundledRoot.relativize(file).toString().replace('\\', '/');
    }

    /** A user's path as they would type it: relative to the working folder when it lies inside it. */
    public static String shownUser(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        return abs.startsWith(cwd) && !abs.equals(cwd) ? cwd.relativize(abs).toString() : p.toString();
    }
}
