package com.loadwise.export;

import com.loadwise.i18n.Messages;
import com.loadwise.plan.Criterion;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import com.loadwise.plan.RunSteps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A program as plain text: stages, then every week day by day, then (with explain) the reasons. The words come
 * from a {@link Messages} bundle; the reasons of {@code --explain} are for the clinician and stay in English.
 */
public final class ProgramText {

    private ProgramText() {}

    public static String render(List<Program> programs, boolean explain) {
        return render(programs, explain, Messages.english());
    }

    /** The programs in {@code w}'s words. */
    public static String render(List<Program> programs, boolean explain, Messages w) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        for (int i = 0; i < programs.size(); i++) {
            if (i > 0) {
                out.println();
                out.println("=".repeat(100));
                out.println();
            }
            render(out, programs.get(i), explain, w);
        }
        out.flush();
        return sw.toString();
    }

    static void render(PrintWriter out, Program p, boolean explain, Messages w) {
        DateTimeFormatter day = w.date("text");
        out.println(
                p.blueprint().name() + " \u2014 " + p.athlete() + (p.group() == null ? "" : " (" + p.group() + ")"));
        if (!p.athlete().equals(p.title())) {
            out.println(w.format("text.team", p.title()));
        }
        if (p.clinician() != null || p.clinic() != null) {
            List<String> who = new ArrayList<>();
            if (p.clinician() != null) {
                who.add(p.clinician());
            }
            if (p.clinic() != null) {
                who.add(p.clinic());
            }
            out.println(w.format("text.with", String.join(", ", who)));
        }
        int first = p.stages().get(0).firstWeek();
        int last = p.stages().get(p.stages().size() - 1).lastWeek();
        // a re-plan's block starts at a later week: "Weeks 4-12, ..."
        out.println(w.format(
                first == 1 ? "text.summary" : "text.summaryBlock",
                first == 1 ? last : first + "-" + last,
                day.format(p.start()),
                day.format(p.end()),
                w.get("periodisation." + p.blueprint().periodisation()),
                p.painModel().name()));
        if (p.race() != null) {
            out.println(w.format(
                    "text.race",
                    p.race().name(),
                    w.decimal(p.race().km()),
                    day.format(p.race().date())));
        }
        if (p.goal() != null) {
            out.println(w.format("text.goal", p.goal()));
        }
        if (p.notes() != null) {
            out.println(w.format("text.notes", p.notes()));
        }
        if (!p.adjustments().isEmpty()) {
            out.println();
            out.println(w.get("text.changed"));
            for (Review.Adjustment a : p.adjustments()) {
                out.println("  - " + a.name() + ": " + (a.from().equals(a.to()) ? a.to() : a.from() + " -> " + a.to())
                        + " (" + a.change() + "): " + a.reason()
                        + (a.entries().isEmpty() ? "" : " [" + String.join(", ", a.entries()) + "]"));
            }
        }
        for (Program.StageBlock s : p.stages()) {
            out.println();
            out.println(w.format(
                    "text.stage",
                    s.number(),
                    s.name(),
                    range(s.firstWeek(), s.lastWeek()),
                    w.get("intent." + s.intent())));
            out.println("  " + s.purpose());
            criteria(out, w.get("text.startWhen"), s.entry(), w);
            criteria(out, w.get("text.moveOnWhen"), s.exit(), w);
            out.println("  " + w.format("text.afterFlare", s.afterFlare()));
            for (Program.Week wk : s.weeks()) {
                out.println();
                List<String> flags = new ArrayList<>();
                if (wk.deload()) {
                    flags.add(w.get("text.deload"));
                }
                if (wk.stepBack()) {
                    flags.add(w.get("text.stepBack"));
                }
                if (wk.taper()) {
                    flags.add(w.get("text.taper"));
                }
                out.println("  "
                        + w.format(
                                "text.week",
                                wk.number(),
                                day.format(wk.start()),
                                day.format(wk.end()),
                                flags.isEmpty() ? "" : " [" + String.join(", ", flags) + "]",
                                wk.strengthSets(),
                                wk.runMinutes()));
                for (Program.Day d : wk.days()) {
                    if (d.sessions().isEmpty()) {
                        out.println("    " + w.format("text.rest", day.format(d.date())));
                        continue;
                    }
                    out.println("    " + day.format(d.date()) + ":");
                    for (Program.Session session : d.sessions()) {
                        session(out, p, s, session, w);
                    }
                }
            }
        }
        if (p.runningAfter() != null) {
            out.println();
            out.println(p.runningAfter().sentence(w));
        }
        out.println();
        out.println(w.format("text.painGuide", p.painModel().name()));
        out.println("  " + w.format("text.green", p.painModel().green()));
        if (p.painModel().amber() != null) {
            out.println("  " + w.format("text.amber", p.painModel().amber()));
        }
        out.println("  " + w.format("text.red", p.painModel().red()));
        out.println();
        out.println(w.format("text.stopAndContact", p.contact()));
        p.redFlags().forEach(f -> out.println("  - " + f));
        out.println(w.get("text.urgent"));
        p.urgentFlags().forEach(f -> out.println("  - " + f));
        for (var e : p.education()) {
            out.println();
            out.println(e.title());
            e.paragraphs().forEach(par -> out.println("  " + par));
        }
        if (explain) {
            out.println();
            out.println(w.get("text.why"));
            for (Program.Explanation x : p.explanations()) {
                out.println("  - " + x.topic() + ": " + x.decision() + " \u2014 " + x.rule() + " [" + x.source() + "]");
            }
        }
    }

    private static void session(PrintWriter out, Program p, Program.StageBlock stage, Program.Session s, Messages w) {
        if (s.run() != null) {
            out.println("      " + run(s, p, w));
            return;
        }
        out.println("      " + title(s, p, stage, w) + (s.heavy() ? w.get("text.heavy") : ""));
        for (Program.Prescription x : s.items()) {
            out.println("        - " + prescription(x, w));
        }
    }

    /**
     * A session's title in {@code w}'s words ("Strength: Settle and load", "Plyometrics", "Race day: City 10K"); a
     * cross-training session is named by its exercise.
     */
    public static String title(Program.Session s, Program p, Program.StageBlock stage, Messages w) {
        return switch (s.type()) {
            case "strength" -> w.format("session.strength", stage.name());
            case "plyometric" -> w.get("session.plyometric");
            case "race" ->
                p.race() == null ? s.title() : w.format("session.race", p.race().name());
            default -> s.title();
        };
    }

    /** A run or race session in one line: "Easy run: 30 min (~5 km), easy, flat" (the web app's plan page too). */
    public static String run(Program.Session s) {
        return run(s, null, Messages.english());
    }

    /** A run or race session in {@code w}'s words; {@code p} names the race (null: the session's title). */
    public static String run(Program.Session s, Program p, Messages w) {
        Program.Run r = s.run();
        if (s.type().equals("race")) {
            String title = p == null || p.race() == null
                    ? s.title()
                    : w.format("session.race", p.race().name());
            return title + " (" + w.decimal(r.km()) + " km)";
        } else if (r.walkMinutes() != null && r.walkMinutes() > 0) {
            return w.format(
                    "text.walkJog",
                    r.repeats(),
                    r.walkMinutes(),
                    r.jogMinutes(),
                    r.minutes(),
                    r.effort(),
                    terrain(r, w));
        }
        String work = r.workMinutes() == null
                ? ""
                : r.repeats() == null
                        ? w.format("text.work", r.workMinutes(), r.effort())
                        : w.format("text.repeats", RunSteps.of(r).pieces(), r.effort(), r.recoverMinutes());
        return runName(r, w) + ": " + w.format("dose.minutes", r.minutes())
                + (r.km() == null ? "" : " (~" + w.decimal(r.km()) + " km)")
                + (work.isEmpty() ? ", " + r.effort() : work) + ", " + terrain(r, w);
    }

    /** A run's name; a rung of the walk/jog ladder is named by the words, other runs by running.yaml. */
    public static String runName(Program.Run r, Messages w) {
        if (r.walkMinutes() == null) {
            return r.name();
        }
        return w.get(r.walkMinutes() > 0 ? "run.walkJog" : "run.continuous");
    }

    /** A run's terrain; the walk/jog ladder's is the words' "flat". */
    private static String terrain(Program.Run r, Messages w) {
        return r.walkMinutes() == null ? r.terrain() : w.get("run.flat");
    }

    /** "Glute bridge (2/5 Bridge with march): 3 × 10 each side, tempo 2-1-2-0, rest 60 s, 3 in reserve". */
    public static String prescription(Program.Prescription x) {
        return prescription(x, Messages.english());
    }

    /** The prescription in {@code w}'s words. */
    public static String prescription(Program.Prescription x, Messages w) {
        String section = x.section().equals("main") ? "" : "[" + w.get("section." + x.section()) + "] ";
        return section + x.exerciseName() + " (" + x.levelNumber() + "/" + x.levels() + " " + x.levelName() + "): "
                + dose(x, w);
    }

    /** "3 × 10 each side, tempo 2-1-2-0, rest 60 s, 3 in reserve". */
    public static String dose(Program.Prescription x) {
        return dose(x, Messages.english());
    }

    /** The dose in {@code w}'s words. */
    public static String dose(Program.Prescription x, Messages w) {
        StringBuilder sb = new StringBuilder();
        sb.append(x.sets()).append(" \u00d7 ");
        if (x.reps() != null) {
            sb.append(x.reps());
        } else if (x.holdSeconds() != null) {
            sb.append(w.format("dose.hold", x.holdSeconds()));
        } else if (x.minutes() != null) {
            sb.append(w.format("dose.minutes", x.minutes()));
        } else {
            sb.append(w.format("dose.metres", x.distanceM()));
        }
        if (x.eachSide()) {
            sb.append(w.get("dose.eachSide"));
        }
        if (x.tempo() != null) {
            sb.append(", ").append(w.format("dose.tempo", x.tempo()));
        }
        if (x.restSeconds() != null) {
            sb.append(", ").append(w.format("dose.rest", w.format("dose.seconds", x.restSeconds())));
        }
        if (x.load() != null) {
            sb.append(", ").append(w.format("dose.load", w.decimal(x.load()), x.loadUnit(), x.percent1rm()));
        } else if (x.percent1rm() != null) {
            sb.append(", ").append(w.format("dose.percent1rm", x.percent1rm()));
        }
        if (x.rir() != null) {
            sb.append(", ").append(w.format("dose.inReserve", x.rir()));
        }
        if (x.rpe() != null) {
            sb.append(", ").append(w.format("dose.effort", x.rpe()));
        }
        return sb.toString();
    }

    private static void criteria(PrintWriter out, String label, List<Criterion> list, Messages w) {
        if (!list.isEmpty()) {
            out.println("  " + label + ": "
                    + String.join("; ", list.stream().map(c -> c.display(w)).toList()));
        }
    }

    private static String range(int a, int b) {
        return a == b ? Integer.toString(a) : a + "\u2013" + b;
    }
}
