package com.loadwise.cli;

import com.loadwise.i18n.Messages;
import com.loadwise.io.AtomicFiles;
import com.loadwise.io.FileNames;
import com.loadwise.plan.CheckInLog;
import com.loadwise.plan.CheckInLogReader;
import com.loadwise.plan.CheckInLogs;
import com.loadwise.plan.Planner;
import com.loadwise.plan.Profile;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import com.loadwise.yaml.FileErrors;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code loadwise log PROFILE}: adds a check-in to the client's log (atomically: the whole log with the new entry is
 * read and checked against the program first, as {@code plan} would read it), or shows the log and what the rules
 * make of it.
 */
@Command(
        name = "log",
        mixinStandardHelpOptions = true,
        description = "Add a session or a week of running to a client's check-in log, or show the log and what the"
                + " program's rules make of it.")
final class LogCommand implements Callable<Integer> {

    @Mixin
    LibraryOptions library;

    @Parameters(
            index = "0",
            paramLabel = "PROFILE",
            converter = Converters.InputFile.class,
            description = "A client or runner profile, or a team profile with --athlete (see seeds/).")
    Path profile;

    @Option(
            names = "--athlete",
            paramLabel = "NAME",
            description = "With a team profile: the athlete whose log this is, by their name on the roster (or the"
                    + " file name of their log, e.g. jane-doe).")
    String athlete;

    @Option(
            names = "--logs",
            paramLabel = "DIR",
            converter = Converters.OutputFolder.class,
            description = "With --athlete: the team's folder of logs, one per athlete named after them"
                    + " (jane-doe.yaml), as 'team --logs' and 'plan --logs' read it; made if missing.")
    Path logs;

    @Option(
            names = "--log",
            paramLabel = "FILE",
            converter = Converters.OutputFile.class,
            description = "The check-in log (default: the profile's log:); made when the first entry is added.")
    Path log;

    @Option(names = "--show", description = "Print the log as a table and what the rules make of it.")
    boolean show;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The day of the session to add.")
    LocalDate date;

    @Option(
            names = "--week-of",
            paramLabel = "YYYY-MM-DD",
            description = "The first day of the program week whose running to add.")
    LocalDate weekOf;

    @Option(
            names = "--session",
            paramLabel = "N",
            converter = Converters.SessionNumber.class,
            description = "Which session of the day (default 1).")
    Integer session;

    @Option(names = "--done", description = "With --date: the session was done.")
    boolean done;

    @Option(names = "--missed", description = "With --date: the session was missed.")
    boolean missed;

    @Option(
            names = "--pain-during",
            paramLabel = "0-10",
            converter = Converters.PainScore.class,
            description = "Pain during the session.")
    Integer painDuring;

    @Option(
            names = "--pain-next-morning",
            paramLabel = "0-10",
            converter = Converters.PainScore.class,
            description = "Pain the next morning.")
    Integer painNextMorning;

    @Option(
            names = "--level",
            paramLabel = "EXERCISE=LEVEL",
            description = "The level actually used, where it differs from the program's (repeatable).")
    Map<String, String> levels = new LinkedHashMap<>();

    @Option(
            names = "--load",
            paramLabel = "EXERCISE=LOAD",
            description = "The load actually used, in the profile's units (repeatable).")
    Map<String, String> loads = new LinkedHashMap<>();

    @Option(
            names = "--run-minutes",
            paramLabel = "MIN",
            converter = Converters.WeekMinutes.class,
            description = "With --week-of: minutes run that week.")
    Integer runMinutes;

    @Option(
            names = "--longest-run",
            paramLabel = "MIN",
            converter = Converters.WeekMinutes.class,
            description = "With --week-of: the longest single run, in minutes.")
    Integer longestRun;

    @Option(
            names = "--stage",
            paramLabel = "STAGE",
            description = "With --date: a stage check, the stage's exit criteria as tested (the stage id, e.g."
                    + " load); give the criteria met with --exit-met.")
    String stage;

    @Option(
            names = "--exit-met",
            paramLabel = "N",
            split = ",",
            converter = Converters.CriterionNumber.class,
            description = "With --stage: the numbers of the criteria met, as printed under \"Move on when\""
                    + " (1,2); leave it out when none was.")
    List<Integer> exitMet = new ArrayList<>();

    @Option(
            names = "--pain",
            paramLabel = "0-10",
            converter = Converters.PainScore.class,
            description = "With --stage: the highest pain during the tests.")
    Integer pain;

    @Option(names = "--note", paramLabel = "TEXT", description = "A note to keep with the entry.")
    String note;

    @Option(
            names = "--lang",
            paramLabel = "LANG",
            converter = Converters.Language.class,
            description = "The language of --show's table and review and of the line saying an entry was added"
                    + " (default: the profile's language:, else en).")
    String lang;

    @Mixin
    ListFormat format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int asked = (show ? 1 : 0) + (date != null ? 1 : 0) + (weekOf != null ? 1 : 0);
        if (asked != 1) {
            throw new UsageException("give one of --date (a session), --week-of (a week's running) or --show");
        }
        if ((!exitMet.isEmpty() || pain != null) && stage == null) {
            throw new UsageException("--exit-met and --pain describe a stage check: give --stage too");
        }
        if (stage != null && date == null) {
            throw new UsageException("--stage adds a stage check: give its --date too");
        }
        if (stage != null
                && (done
                        || missed
                        || session != null
                        || painDuring != null
                        || painNextMorning != null
                        || !levels.isEmpty()
                        || !loads.isEmpty())) {
            throw new UsageException("--stage adds a stage check, not a session: leave out --done, --missed, --session,"
                    + " --pain-during, --pain-next-morning, --level and --load");
        }
        if (date != null && stage == null && done == missed) {
            throw new UsageException("--date needs --done or --missed (one of the two)");
        }
        if (date == null
                && stage == null
                && (session != null
                        || done
                        || missed
                        || painDuring != null
                        || painNextMorning != null
                        || !levels.isEmpty()
                        || !loads.isEmpty())) {
            throw new UsageException("--session, --done, --missed, --pain-during, --pain-next-morning, --level and"
                    + " --load describe a session: give --date too");
        }
        if (weekOf == null && (runMinutes != null || longestRun != null)) {
            throw new UsageException("--run-minutes and --longest-run describe a week: give --week-of too");
        }
        if (!show && format.json()) {
            throw new UsageException("--format json prints the review: give --show");
        }
        if (show && note != null) {
            throw new UsageException("--note belongs to an entry: give --date or --week-of");
        }
        String language = lang != null ? lang : com.loadwise.plan.ProfileReader.language(profile);
        Planner planner = new Planner(library.libraries, language);
        Planner.Team team = planner.team(profile, null, null);
        Program program;
        Path file;
        if (team.profile().isTeam()) {
            Profile.Athlete a = athleteOf(team);
            program = planner.program(team, a);
            if (log == null && logs == null) {
                throw new UsageException("give the team's logs folder with --logs DIR (the athlete's log is DIR/"
                        + FileNames.slug(a.name()) + ".yaml), or the log itself with --log FILE");
            }
            file = log != null ? log : new Planner.TeamLogs(logs, logs.toString(), 0).of(a);
        } else {
            if (athlete != null || logs != null) {
                throw new UsageException("--athlete and --logs pick one athlete of a team; '" + profile + "' is a "
                        + team.profile().kind() + " profile: leave them out");
            }
            Planner.Plan plan = planner.plan(profile, null);
            program = plan.programs().get(0);
            file = log != null ? log : plan.profile().log();
            if (file == null) {
                throw new UsageException(
                        "the profile names no check-in log: give --log FILE, or add log: FILE to " + profile);
            }
        }
        CheckInLogReader reader = new CheckInLogReader(planner.library());
        if (show) {
            if (!Files.exists(file)) {
                throw new InputException(Problem.inFile(
                        file.toString(), "there is no check-in log here yet", "add the first entry with --date"));
            }
            CheckInLog l = reader.read(file, file.toString(), program);
            Review review = Review.of(program, l, planner.library());
            if (format.json()) {
                spec.commandLine().getOut().print(com.loadwise.export.Json.write(review));
            } else {
                show(l, review, program, Messages.of(language));
            }
            return ExitCodes.OK;
        }
        String before = existing(file, program);
        CheckInLogs.Appended appended = CheckInLogs.append(
                reader,
                program,
                file.toString(),
                before,
                stage != null
                        ? CheckInLogs.NewEntry.check(date, stage, exitMet, pain, note)
                        : new CheckInLogs.NewEntry(
                                date,
                                session,
                                date == null ? null : done,
                                levels,
                                loads,
                                painDuring,
                                painNextMorning,
                                weekOf,
                                runMinutes,
                                longestRun,
                                note));
        String text = appended.text();
        int count = appended.log().sessions().size()
                + appended.log().weeks().size()
                + appended.log().checks().size();
        if (team.profile().isTeam() && log == null) {
            AtomicFiles.folder(logs); // the team's first log: the folder is made once an entry is good
        }
        AtomicFiles.write(file, text);
        spec.commandLine()
                .getErr()
                .println(Messages.of(language).format("log.added." + (count == 1 ? "one" : "other"), file, count));
        return ExitCodes.OK;
    }

    /**
     * The athlete {@code --athlete} names: by name, or by the name their log file is given; a row left out of the
     * roster for a mistake is reported with its problems.
     */
    private Profile.Athlete athleteOf(Planner.Team team) {
        if (athlete == null) {
            throw new UsageException("'" + profile + "' is a team profile: give --athlete NAME (whose log this is)"
                    + " and --logs DIR (the team's logs folder)");
        }
        String slug = FileNames.slug(athlete);
        for (Profile.Athlete a : team.profile().athletes()) {
            if (a.name().equals(athlete.strip()) || FileNames.slug(a.name()).equals(slug)) {
                return a;
            }
        }
        if (!team.rosterProblems().isEmpty()) {
            List<Problem> problems = new ArrayList<>(team.rosterProblems());
            problems.add(Problem.inFile(
                    profile.toString(),
                    "no athlete '" + athlete + "' among the roster's rows without mistakes",
                    "mend the rows above, or check the name"));
            throw new InputException(problems);
        }
        List<String> names =
                team.profile().athletes().stream().map(Profile.Athlete::name).toList();
        throw new UsageException("no athlete '" + athlete + "' on the roster of " + profile + " (it has "
                + (names.size() <= 5
                        ? String.join(", ", names)
                        : String.join(", ", names.subList(0, 5)) + " and " + (names.size() - 5) + " more")
                + ")");
    }

    /** "log line 12" or "log lines 12, 14" from "file:12" references. */
    private static String lines(List<String> entries, Messages w) {
        List<String> n =
                entries.stream().map(e -> e.substring(e.lastIndexOf(':') + 1)).toList();
        return w.format(n.size() == 1 ? "show.line.one" : "show.line.other", String.join(", ", n));
    }

    /** The log as it is (checked), ending with a new line; empty when there is none yet. */
    private String existing(Path file, Program program) {
        if (!Files.exists(file)) {
            return "";
        }
        try {
            String s = Files.readString(file, StandardCharsets.UTF_8);
            return s.isEmpty() || s.endsWith("\n") ? s : s + "\n";
        } catch (IOException e) {
            throw new InputException(
                    Problem.inFile(file.toString(), "cannot read: " + FileErrors.why(e), "check the file"));
        }
    }

    private void show(CheckInLog l, Review r, Program program, Messages w) {
        PrintWriter out = spec.commandLine().getOut();
        out.println(w.format("show.title", l.client(), l.file()));
        out.println();
        if (!l.sessions().isEmpty()) {
            String fmt = "%-11s %-7s %-6s %-6s %-8s %s%n";
            out.printf(
                    fmt,
                    w.get("show.date"),
                    w.get("show.session"),
                    w.get("show.done"),
                    w.get("show.pain"),
                    w.get("show.morning"),
                    w.get("show.extra"));
            for (CheckInLog.SessionEntry e : l.sessions()) {
                List<String> extra = new ArrayList<>();
                e.levels().forEach((k, v) -> extra.add(w.format("show.levelAt", k, v)));
                e.loads().forEach((k, v) -> extra.add(k + " " + w.decimal(v) + " " + program.units()));
                if (e.note() != null) {
                    extra.add(e.note());
                }
                out.printf(
                        fmt,
                        e.date(),
                        e.session(),
                        w.get(e.done() ? "show.yes" : "show.missed"),
                        e.painDuring() == null ? "-" : e.painDuring() + "/10",
                        e.painNextMorning() == null ? "-" : e.painNextMorning() + "/10",
                        String.join("; ", extra));
            }
            out.println();
        }
        if (!l.weeks().isEmpty()) {
            String fmt = "%-11s %-12s %-12s %s%n";
            out.printf(
                    fmt, w.get("show.weekOf"), w.get("show.runMinutes"), w.get("show.longestRun"), w.get("show.note"));
            for (CheckInLog.WeekEntry x : l.weeks()) {
                out.printf(
                        fmt,
                        x.weekOf(),
                        x.runMinutes() == null ? "-" : x.runMinutes(),
                        x.longestRun() == null ? "-" : x.longestRun(),
                        x.note() == null ? "" : x.note());
            }
            out.println();
        }
        if (!l.checks().isEmpty()) {
            String fmt = "%-11s %-14s %-10s %-5s %s%n";
            out.printf(
                    fmt,
                    w.get("show.checkedOn"),
                    w.get("show.stage"),
                    w.get("show.exitMet"),
                    w.get("show.pain"),
                    w.get("show.note"));
            for (CheckInLog.StageCheck c : l.checks()) {
                int of = program.stages().stream()
                        .filter(s -> s.id().equals(c.stage()))
                        .mapToInt(s -> s.exit().size())
                        .findFirst()
                        .orElse(0);
                out.printf(
                        fmt,
                        c.date(),
                        c.stage(),
                        w.format("show.of", c.met().size(), of),
                        c.pain() == null ? "-" : c.pain() + "/10",
                        c.note() == null ? "" : c.note());
            }
            out.println();
        }
        out.println(w.format(
                "show.since", r.done(), r.planned(), r.lastDay() == null ? "" : w.format("show.to", r.lastDay())));
        if (!r.painByWeek().isEmpty()) {
            List<String> weeks = new ArrayList<>();
            r.painByWeek().forEach((k, p) -> weeks.add(w.format("show.weekPain", k, p)));
            out.println(w.format("show.worst", String.join(", ", weeks)));
        }
        if (!r.adjustments().isEmpty()) {
            out.println();
            out.println(w.format("show.rules", program.painModel().name()));
            boolean english = w.lang().equals(Messages.DEFAULT);
            for (Review.Adjustment a : r.adjustments()) {
                String change = w.get(
                        "show.change." + (a.change().equals("up") || a.change().equals("down") ? a.change() : "hold"));
                // English keeps the clinician's rule; another language prints the client's reason in it
                String why = english || a.why() == null ? a.rule() : a.why().words(w);
                // the running's from and to are the review's English summary: another language names only the change
                boolean words = english || !a.subject().equals("running");
                out.println("  " + (words ? a.name() : w.get("t.running")) + ": " + change
                        + (words ? " - " + a.from() + (a.to().equals(a.from()) ? "" : " -> " + a.to()) : "") + ". "
                        + com.loadwise.library.Wording.capitalised(why)
                        + (a.entries().isEmpty() ? "" : " (" + lines(a.entries(), w) + ")"));
            }
        }
    }
}
