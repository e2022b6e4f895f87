package com.loadwise.cli;

import com.loadwise.i18n.Messages;
import com.loadwise.plan.Planner;
import com.loadwise.plan.ProfileReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import picocli.CommandLine.Option;

/** {@code --start}, {@code --units} and {@code --lang}, shared by every command that plans a profile. */
final class ProfileOptions {

    enum Units {
        kg,
        lb
    }

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Start on this date instead of the profile's.")
    LocalDate start;

    @Option(names = "--units", paramLabel = "UNITS", description = "kg or lb for loads (default: the profile's).")
    Units units;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            converter = Converters.Language.class,
            description = "The language of the handout or plan text: en or es (default: the profile's language:,"
                    + " else en). A text without a translation prints in English; see 'library validate --lang'.")
    String lang;

    /** The language to print {@code profile} in: --lang, else its {@code language:}, else English. */
    String language(Path profile) {
        return lang != null ? lang : ProfileReader.language(profile);
    }

    /** The fixed words in {@link #language}. */
    Messages words(Path profile) {
        return Messages.of(language(profile));
    }

    /** The library, rules and blueprints of {@code layers} in {@link #language}. */
    Planner planner(List<Path> layers, Path profile) {
        return new Planner(layers, language(profile));
    }

    Planner.Plan plan(Planner planner, Path profile) {
        return planner.plan(profile, start, units == null ? null : units.name());
    }

    /** The check-in log to read: {@code explicit} (--log), else the profile's log: when that file exists, else null. */
    static Path log(Path explicit, Planner.Plan plan) {
        if (explicit != null) {
            return explicit;
        }
        Path own = plan.profile().log();
        return own != null && java.nio.file.Files.isRegularFile(own) ? own : null;
    }

    Planner.Team team(Planner planner, Path profile) {
        return planner.team(profile, start, units == null ? null : units.name());
    }
}
