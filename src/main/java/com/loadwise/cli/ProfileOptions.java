package com.loadwise.cli;

import com.loadwise.plan.Planner;
import java.nio.file.Path;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --start} and {@code --units}, shared by every command that plans a profile. */
final class ProfileOptions {

    enum Units {
        kg,
        lb
    }

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "Start on this date instead of the profile's.")
    LocalDate start;

    @Option(names = "--units", paramLabel = "UNITS", description = "kg or lb for loads (default: the profile's).")
    Units units;

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
