package com.loadwise.export;

import com.loadwise.plan.Criterion;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import com.loadwise.plan.RunSteps;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A program as plain text: stages, then every week day by day, then (with explain) the reasons. */
public final class ProgramText {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);

    private ProgramText() {}

    public static String render(List<Program> programs, boolean explain) {
        StringWriter sw = new StringWriter();
        PrintWriter out = new PrintWriter(sw);
        for (int i = 0; i < programs.size(); i++) {
            if (i > 0) {
                out.println();
                out.println("=".repeat(100));
                out.println();
            }
            render(out, programs.get(i), explain);
        }
        out.flush();
        return sw.toString();
    }

    static void render(PrintWriter out, Program p, boolean explain) {
        out.println(
                p.blueprint().name() + " \u2014 " + p.athlete() + (p.group() == null ? "" : " (" + p.group() + ")"));
        if (!p.athlete().equals(p.title())) {
            out.println("Team: " + p.title());
        }
        if (p.clinician() != null || p.clinic() != null) {
            List<String> who = new ArrayList<>();
            if (p.clinician() != null) {
                who.add(p.clinician());
            }
            if (p.clinic() != null) {
                who.add(p.clinic());
            }
            out.println("With: " + String.join(", ", who));
        }
        int first = p.stages().get(0).firstWeek();
        int last = p.stages().get(p.stages().size() - 1).lastWeek();
        out.println((first == 1 ? last + " weeks, " : "Weeks " + first + "-" + last + ", ") + DAY.format(p.start())
                + " to " + DAY.format(p.end()) + "; periodisation "
                + p.blueprint().periodisation() + "; pain guide: "
                + p.painModel().name());
        if (p.race() != null) {
            out.println("Race: " + p.race().name() + " (" + km(p.race().km()) + " km) on "
                    + DAY.format(p.race().date()));
        }
        if (p.goal() != null) {
            out.println("Goal: " + p.goal());
        }
        if (p.notes() != null) {
            out.println("Notes: " + p.notes());
        }
        if (!p.adjustments().isEmpty()) {
            out.println();
            out.println("Changed since last time (from the check-in log):");
            for (Review.Adjustment a : p.adjustments()) {
                out.println("  - " + a.name() + ": " + (a.from().equals(a.to()) ? a.to() : a.from() + " -> " + a.to())
                        + " (" + a.change() + "): " + a.reason()
                        + (a.entries().isEmpty() ? "" : " [" + String.join(", ", a.entries()) + "]"));
            }
        }
        for (Program.StageBlock s : p.stages()) {
            out.println();
            out.println("Stage " + s.number() + ": " + s.name() + " (weeks " + range(s.firstWeek(), s.lastWeek()) + ", "
                    + s.intent() + ")");
            out.println("  " + s.purpose());
            criteria(out, "Start when", s.entry());
            criteria(out, "Move on when", s.exit());
            out.println("  After a flare: " + s.afterFlare());
            for (Program.Week w : s.weeks()) {
                out.println();
                List<String> flags = new ArrayList<>();
                if (w.deload()) {
                    flags.add("deload");
                }
                if (w.stepBack()) {
                    flags.add("running step-back");
                }
                if (w.taper()) {
                    flags.add("taper");
                }
                out.println("  Week " + w.number() + " (" + DAY.format(w.start()) + " \u2013 " + DAY.format(w.end())
                        + ")" + (flags.isEmpty() ? "" : " [" + String.join(", ", flags) + "]") + ": "
                        + w.strengthSets() + " strength sets, " + w.runMinutes() + " min running");
                for (Program.Day d : w.days()) {
                    if (d.sessions().isEmpty()) {
                        out.println("    " + DAY.format(d.date()) + ": rest");
                        continue;
                    }
                    out.println("    " + DAY.format(d.date()) + ":");
                    for (Program.Session session : d.sessions()) {
                        session(out, session);
                    }
                }
            }
        }
        out.println();
        out.println("Pain guide: " + p.painModel().name());
        out.println("  Green: " + p.painModel().green());
        if (p.painModel().amber() != null) {
            out.println("  Amber: " + p.painModel().amber());
        }
        out.println("  Red: " + p.painModel().red());
        out.println();
        out.println("Stop and contact " + p.contact() + " if:");
        p.redFlags().forEach(f -> out.println("  - " + f));
        out.println("Get urgent medical help if:");
        p.urgentFlags().forEach(f -> out.println("  - " + f));
        for (var e : p.education()) {
            out.println();
            out.println(e.title());
            e.paragraphs().forEach(par -> out.println("  " + par));
        }
        if (explain) {
            out.println();
            out.println("Why this plan looks as it does:");
            for (Program.Explanation x : p.explanations()) {
                out.println("  - " + x.topic() + ": " + x.decision() + " \u2014 " + x.rule() + " [" + x.source() + "]");
            }
        }
    }

    private static void session(PrintWriter out, Program.Session s) {
        if (s.run() != null) {
            out.println("      " + run(s));
            return;
        }
        out.println("      " + s.title() + (s.heavy() ? " (heavy)" : ""));
        for (Program.Prescription x : s.items()) {
            out.println("        - " + prescription(x));
        }
    }

    /** A run or race session in one line: "Easy run: 30 min (~5 km), easy, flat" (the web app's plan page too). */
    public static String run(Program.Session s) {
        Program.Run r = s.run();
        if (s.type().equals("race")) {
            return s.title() + " (" + km(r.km()) + " km)";
        } else if (r.walkMinutes() != null && r.walkMinutes() > 0) {
            return "Walk/jog: " + r.repeats() + " \u00d7 (walk " + r.walkMinutes() + " min, jog " + r.jogMinutes()
                    + " min) = " + r.minutes() + " min, " + r.effort() + ", " + r.terrain();
        }
        String work = r.workMinutes() == null
                ? ""
                : r.repeats() == null
                        ? " (" + r.workMinutes() + " min at " + r.effort() + ", the rest easy)"
                        : " (" + RunSteps.of(r).pieces() + " at " + r.effort() + ", each followed by "
                                + r.recoverMinutes() + " min easy; the rest easy)";
        return r.name() + ": " + r.minutes() + " min" + (r.km() == null ? "" : " (~" + km(r.km()) + " km)")
                + (work.isEmpty() ? ", " + r.effort() : work) + ", " + r.terrain();
    }

    /** "Glute bridge (2/5 Bridge with march): 3 × 10 each side, tempo 2-1-2-0, rest 60 s, 3 in reserve". */
    public static String prescription(Program.Prescription x) {
        String section = x.section().equals("main") ? "" : "[" + x.section() + "] ";
        return section + x.exerciseName() + " (" + x.levelNumber() + "/" + x.levels() + " " + x.levelName() + "): "
                + dose(x);
    }

    /** "3 × 10 each side, tempo 2-1-2-0, rest 60 s, 3 in reserve". */
    public static String dose(Program.Prescription x) {
        StringBuilder sb = new StringBuilder();
        sb.append(x.sets()).append(" \u00d7 ");
        if (x.reps() != null) {
            sb.append(x.reps());
        } else if (x.holdSeconds() != null) {
            sb.append(x.holdSeconds()).append(" s hold");
        } else if (x.minutes() != null) {
            sb.append(x.minutes()).append(" min");
        } else {
            sb.append(x.distanceM()).append(" m");
        }
        if (x.eachSide()) {
            sb.append(" each side");
        }
        if (x.tempo() != null) {
            sb.append(", tempo ").append(x.tempo());
        }
        if (x.restSeconds() != null) {
            sb.append(", rest ").append(x.restSeconds()).append(" s");
        }
        if (x.load() != null) {
            sb.append(", ").append(km(x.load())).append(' ').append(x.loadUnit());
            sb.append(" (").append(x.percent1rm()).append("% 1RM)");
        } else if (x.percent1rm() != null) {
            sb.append(", ").append(x.percent1rm()).append("% 1RM");
        }
        if (x.rir() != null) {
            sb.append(", ").append(x.rir()).append(" in reserve");
        }
        if (x.rpe() != null) {
            sb.append(", effort ").append(x.rpe()).append("/10");
        }
        return sb.toString();
    }

    private static void criteria(PrintWriter out, String label, List<Criterion> list) {
        if (!list.isEmpty()) {
            out.println("  " + label + ": "
                    + String.join("; ", list.stream().map(Criterion::display).toList()));
        }
    }

    private static String range(int a, int b) {
        return a == b ? Integer.toString(a) : a + "\u2013" + b;
    }

    public static String km(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.1f", v);
    }
}
