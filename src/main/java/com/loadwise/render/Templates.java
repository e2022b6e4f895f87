package com.loadwise.render;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.loadwise.io.Bundled;
import com.loadwise.io.ConfinedPaths;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Mustache templates from the bundled {@code templates/} folder, each overridable by a file of the same name in a
 * user's folder ({@code --templates DIR}). Names resolve only inside those folders. Values are HTML-escaped; a
 * template that asks for a value the view does not have fails instead of printing a blank.
 */
public final class Templates {

    private final Path bundled;
    private final Path override;
    private final DefaultMustacheFactory factory;

    public Templates(Path override) {
        this.bundled = Bundled.templatesRoot();
        this.override = override == null ? null : override.toAbsolutePath().normalize();
        if (this.override != null && !Files.isDirectory(this.override)) {
            throw new InputException(
                    Problem.inFile(override.toString(), "templates folder does not exist", "check --templates"));
        }
        MustacheResolver resolver = name -> {
            Path p = find(name);
            try {
                return p == null ? null : Files.newBufferedReader(p, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
        this.factory = new DefaultMustacheFactory(resolver);
        this.factory.setObjectHandler(new StrictObjectHandler());
    }

    /**
     * The template file for {@code name}: the user's if it has one, else the bundled one; null if neither. A name
     * that leaves the folder (absolute, {@code ..}, or a link pointing outside it) is refused.
     */
    Path find(String name) {
        for (Path root : override == null ? List.of(bundled) : List.of(override, bundled)) {
            try {
                return ConfinedPaths.resolve(root, name);
            } catch (ConfinedPaths.Refused e) {
                if (!e.missing()) {
                    throw new InputException(Problem.inFile(
                            root.equals(bundled) ? name : override.resolve(name).toString(),
                            "template " + e.getMessage(),
                            "templates and partials must be files inside the templates folder"));
                }
            }
        }
        return null;
    }

    /** Renders {@code name}.mustache with {@code scope}. */
    public String render(String name, Object scope) {
        return render(name, List.of(scope));
    }

    /** Renders {@code name}.mustache with several scopes (the last one searched first). */
    public String render(String name, List<Object> scopes) {
        Mustache m = factory.compile(name + ".mustache");
        StringWriter out = new StringWriter();
        try {
            m.execute(out, scopes);
        } catch (com.github.mustachejava.MustacheException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof IllegalStateException ise) {
                    throw new IllegalStateException("template " + name + ": " + ise.getMessage(), e);
                }
            }
            throw e;
        }
        return out.toString();
    }

    /** A text file from the templates (the stylesheet), the user's copy first. */
    public String text(String name) {
        Path p = find(name);
        if (p == null) {
            throw new IllegalStateException("bundled template file missing: " + name);
        }
        try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
            StringWriter w = new StringWriter();
            r.transferTo(w);
            return w.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Fails on a name that no scope provides, so a typo in a template is caught by the tests. */
    private static final class StrictObjectHandler extends ReflectionObjectHandler {
        @Override
        protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
            throw new IllegalStateException("template asks for '" + name + "', which the view does not have");
        }
    }
}
