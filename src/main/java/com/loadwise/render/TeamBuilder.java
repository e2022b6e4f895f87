package com.loadwise.render;

import com.loadwise.i18n.Messages;
import com.loadwise.plan.Program;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds the team booklet and coach sheet views from the athletes' programs (no training decisions). */
public final class TeamBuilder {

    private TeamBuilder() {}

    /** File name for an athlete's handout: letters and digits of the name, lower case, hyphenated. */
    public static String fileName(int index, String name) {
        return com.loadwise.io.FileNames.numbered(index, name) + ".pdf";
    }

    /**
     * What the booklet and the coach sheet need of one athlete: their weeks as table rows and, per stage, each main
     * exercise's "week: level and dose" cells. Small, so a team batch keeps it and drops the program.
     */
    /** What the booklet and the coach sheet need of one athlete; {@code number} is their place in the roster. */
    public record Summary(
            int number,
            String athlete,
            String group,
            TeamView.AthleteSection section,
            List<Map<String, List<String>>> stages) {}

    public static Summary summarize(Program p, int number) {
        return summarize(p, number, Messages.english());
    }

    /** As {@link #summarize(Program, int)}, in {@code w}'s words. */
    public static Summary summarize(Program p, int number, Messages w) {
        List<Map<String, List<String>>> stages = new ArrayList<>();
        for (Program.StageBlock s : p.stages()) {
            stages.add(coachCells(s, w));
        }
        return new Summary(number, p.athlete(), p.group(), section(p, w), stages);
    }

    /** A whole roster's summaries, numbered in order. */
    public static List<Summary> summaries(List<Program> programs) {
        return summaries(programs, Messages.english());
    }

    /** As {@link #summaries(List)}, in {@code w}'s words. */
    public static List<Summary> summaries(List<Program> programs, Messages w) {
        List<Summary> out = new ArrayList<>();
        for (int i = 0; i < programs.size(); i++) {
            out.add(summarize(programs.get(i), i + 1, w));
        }
        return out;
    }

    public static TeamView build(List<Program> programs, HandoutBuilder.Options o, boolean landscape) {
        return build(programs.get(0), summaries(programs), o, landscape);
    }

    /**
     * The booklet or coach sheet view from the athletes' summaries; {@code first} (the first athlete's program)
     * gives what all share: the team, the blueprint, the dates, the stages and the safety pages.
     */
    public static TeamView build(Program first, List<Summary> summaries, HandoutBuilder.Options o, boolean landscape) {
        return build(first, summaries, o, landscape, Messages.english());
    }

    /** As {@link #build(Program, List, HandoutBuilder.Options, boolean)}, in {@code w}'s words. */
    public static TeamView build(
            Program first, List<Summary> summaries, HandoutBuilder.Options o, boolean landscape, Messages w) {
        Branding b = o.branding();
        String size = (o.paper().equals("letter") ? "letter" : "A4") + (landscape ? " landscape" : "");
        HandoutView.Page page = new HandoutView.Page(
                size,
                o.largePrint() ? "14.5pt" : landscape ? "8.5pt" : "10pt",
                o.largePrint(),
                b.accent(),
                HandoutBuilder.lighten(b.accent()));
        String club = b.name() != null ? b.name() : "Loadwise";
        HandoutView.Brand brand = new HandoutView.Brand(
                club,
                b.clinician() != null ? b.clinician() : first.clinician(),
                b.contact(),
                b.logoDataUri(),
                b.logoDataUri() != null);
        List<TeamView.RosterRow> roster = new ArrayList<>();
        List<TeamView.AthleteSection> athletes = new ArrayList<>();
        for (int i = 0; i < summaries.size(); i++) {
            Summary a = summaries.get(i);
            roster.add(new TeamView.RosterRow(
                    a.number(), a.athlete(), dash(a.group()), fileName(a.number(), a.athlete())));
            athletes.add(a.section());
        }
        List<TeamView.Block> blocks = new ArrayList<>();
        for (int s = 0; s < first.stages().size(); s++) {
            blocks.add(block(first, summaries, s, w));
        }
        Program.StageBlock last = first.stages().get(first.stages().size() - 1);
        HandoutView.PainGuide pain = new HandoutView.PainGuide(
                first.painModel().name(),
                first.painModel().green(),
                first.painModel().amber(),
                first.painModel().red(),
                first.painModel().nextMorning(),
                first.painModel().afterFlare());
        return new TeamView(
                w.documentLang(),
                w.template(),
                w.format(landscape ? "team.titleCoach" : "team.titleBooklet", first.title()),
                first.blueprint().name(),
                brand.clinician() != null ? brand.clinician() : club,
                page,
                brand,
                first.title(),
                first.clinician(),
                first.blueprint().name(),
                first.blueprint().summary(),
                // a re-planned team's block starts at a later week
                w.format(
                        "team.dates",
                        w.date("long").format(first.start()),
                        w.date("long").format(first.end()),
                        last.lastWeek() - first.stages().get(0).firstWeek() + 1),
                roster,
                athletes,
                blocks,
                pain,
                HandoutBuilder.flagsHeading(first, w),
                first.redFlags(),
                first.urgentFlags());
    }

    private static TeamView.AthleteSection section(Program p, Messages words) {
        List<TeamView.AthleteStage> stages = new ArrayList<>();
        for (Program.StageBlock s : p.stages()) {
            Map<String, String[]> rows = new LinkedHashMap<>();
            List<String> heads = new ArrayList<>();
            for (int w = 0; w < s.weeks().size(); w++) {
                Program.Week week = s.weeks().get(w);
                heads.add(words.format(week.deload() ? "team.weekHeadLighter" : "team.weekHead", week.number()));
                for (Program.Day d : week.days()) {
                    for (Program.Session session : d.sessions()) {
                        for (Program.Prescription x : session.items()) {
                            if (!x.section().equals("main")) {
                                continue;
                            }
                            String[] cells = rows.computeIfAbsent(
                                    x.exerciseName(), k -> new String[s.weeks().size()]);
                            if (cells[w] == null) {
                                cells[w] = words.format("team.level", x.levelNumber()) + " " + brief(x, words);
                            }
                        }
                    }
                }
            }
            List<TeamView.ExerciseRow> out = new ArrayList<>();
            rows.forEach((name, cells) -> {
                List<String> c = new ArrayList<>();
                for (String cell : cells) {
                    c.add(cell == null ? "\u2013" : cell);
                }
                out.add(new TeamView.ExerciseRow(name, c));
            });
            stages.add(new TeamView.AthleteStage(
                    s.name(), words.format("team.weeks", s.firstWeek() + "\u2013" + s.lastWeek()), heads, out));
        }
        return new TeamView.AthleteSection(p.athlete(), dash(p.group()), stages);
    }

    /** A stage's main exercises in order of first appearance, each with its "week: level and dose" cells. */
    private static Map<String, List<String>> coachCells(Program.StageBlock s, Messages words) {
        Map<String, List<String>> cells = new LinkedHashMap<>();
        for (Program.Week w : s.weeks()) {
            Map<String, String> thisWeek = new LinkedHashMap<>();
            for (Program.Day d : w.days()) {
                for (Program.Session session : d.sessions()) {
                    for (Program.Prescription x : session.items()) {
                        if (x.section().equals("main")) {
                            thisWeek.putIfAbsent(
                                    x.exerciseName(),
                                    words.format("team.level", x.levelNumber()) + " " + brief(x, words));
                        }
                    }
                }
            }
            thisWeek.forEach(
                    (n, c) -> cells.computeIfAbsent(n, k -> new ArrayList<>()).add(w.number() + ": " + c));
        }
        return cells;
    }

    private static TeamView.Block block(Program first, List<Summary> summaries, int stageIndex, Messages w) {
        Set<String> exercises = new LinkedHashSet<>();
        for (Summary a : summaries) {
            exercises.addAll(a.stages().get(stageIndex).keySet());
        }
        List<String> names = List.copyOf(exercises);
        List<TeamView.CoachRow> rows = new ArrayList<>();
        for (Summary a : summaries) {
            Map<String, List<String>> cells = a.stages().get(stageIndex);
            List<TeamView.CoachCell> out = new ArrayList<>();
            for (String n : names) {
                out.add(new TeamView.CoachCell(List.copyOf(cells.getOrDefault(n, List.of()))));
            }
            rows.add(new TeamView.CoachRow(a.athlete(), dash(a.group()), out));
        }
        Program.StageBlock s = first.stages().get(stageIndex);
        return new TeamView.Block(
                s.name(), w.format("team.weeks", s.firstWeek() + "\u2013" + s.lastWeek()), names, rows);
    }

    /** "3×8 60 kg" or "3×8 RIR 2". */
    private static String brief(Program.Prescription x, Messages words) {
        String amount = x.reps() != null
                ? x.sets() + "\u00d7" + x.reps()
                : x.holdSeconds() != null
                        ? x.sets() + "\u00d7" + x.holdSeconds() + "s"
                        : x.minutes() != null
                                ? x.sets() + "\u00d7" + x.minutes() + "min"
                                : x.sets() + "\u00d7" + x.distanceM() + "m";
        if (x.load() != null) {
            return amount + " " + words.decimal(x.load()) + " " + x.loadUnit();
        }
        return x.rir() != null ? amount + " RIR " + x.rir() : amount;
    }

    private static String dash(String s) {
        return s == null ? "\u2013" : s;
    }
}
