package com.loadwise.cli;

import com.loadwise.library.Translations;
import com.loadwise.yaml.Problems;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loadwise library translations --lang LANG [--update] DIR}: writes or refreshes the translation files of a
 * library folder, so a clinic can start a language (or catch up with changed English) without other tools.
 */
@Command(
        name = "translations",
        mixinStandardHelpOptions = true,
        description = {
            "Write DIR/translations/LANG/REL.yaml for every translatable file REL.yaml of the library folder DIR:"
                    + " one entry per English text, with 'en' filled in and each existing translation kept when"
                    + " its English is unchanged (entries the English no longer has are dropped).",
            "Then fill in the LANG values and run 'loadwise library validate --lang LANG --library DIR'."
        })
final class LibraryTranslationsCommand implements Callable<Integer> {

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            required = true,
            converter = Converters.Language.class,
            description = "The language to write (es).")
    String lang;

    @Option(names = "--update", description = "Write or refresh the files; without it, only count each file's texts.")
    boolean update;

    @Parameters(
            index = "0",
            paramLabel = "DIR",
            converter = Converters.InputFolder.class,
            description = "A library folder: a clinic's --library folder, or exercise-library/.")
    Path dir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (lang.equals(Translations.ENGLISH)) {
            throw new UsageException("the library is written in English; choose another language");
        }
        Problems errors = new Problems();
        List<Translations.Written> written = Translations.update(dir, lang, errors, update);
        PrintWriter out = spec.commandLine().getOut();
        for (Translations.Written w : written) {
            out.printf("%s: %d texts, %d translated%n", w.file(), w.texts(), w.kept());
        }
        errors.throwIfAny();
        out.printf(update ? "Wrote %d files.%n" : "%d files (write them with --update).%n", written.size());
        return ExitCodes.OK;
    }
}
