package com.loadwise.render;

import com.loadwise.export.ProgramText;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.library.Wording;
import com.loadwise.plan.Criterion;
import com.loadwise.plan.Program;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a program into the handout's view records: selects and words what is printed. It makes no training
 * decision; every dose, level and date comes from the program.
 */
public final class HandoutBuilder {

    private static final DateTimeFormatter LONG = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("d MMM", Locale.UK);

    private final ExerciseLibrary library;

    public HandoutBuilder(ExerciseLibrary library) {
        this.library = library;
    }

    /** Paper, print size and branding chosen on the command line. */
    public record Options(String paper, boolean largePrint, Branding branding) {}

    public HandoutView build(Program p, Options o) {
        Branding b = o.branding();
        String clinic = b.name() != null ? b.name() : p.clinic();
        String clinician = b.clinician() != null ? b.clinician() : p.clinician();
        HandoutView.Page page = new HandoutView.Page(
                o.paper().equals("letter") ? "letter" : "A4",
                o.largePrint() ? "14.5pt" : "10.5pt",
                o.largePrint(),
                b.accent(),
                lighten(b.accent()));
        HandoutView.Brand brand = new HandoutView.Brand(
                clinic == null ? "Loadwise" : clinic, clinician, b.contact(), b.logoDataUri(), b.logoDataUri() != null);
        boolean runner = p.kind().equals("runner");
        String heading = runner
                ? "Your running and strength plan"
                : p.kind().equals("team") ? "Your pre-season program" : "Your exercise program";
        List<String> facts = new ArrayList<>();
        facts.add(weeks(p) + " weeks in " + p.stages().size() + " stages");
        facts.add("Pain guide: " + p.painModel().name());
        String withLine = clinician == null ? null : "With " + clinician + (clinic == null ? "" : ", " + clinic);
        if (p.kind().equals("team")) {
            withLine = p.title() + (clinician == null ? "" : ", coach " + clinician);
        }
        HandoutView.Cover cover = new HandoutView.Cover(
                heading,
                p.athlete(),
                p.group(),
                withLine,
                LONG.format(p.start()) + " to " + LONG.format(p.end()),
                p.goal(),
                p.blueprint().summary(),
                p.notes(),
                p.clinician() != null ? "Notes from " + p.contact() : "Notes",
                p.race() == null
                        ? null
                        : p.race().name() + " (" + ProgramText.km(p.race().km()) + " km) on "
                                + LONG.format(p.race().date()),
                facts);
        List<HandoutView.StageRow> overview = new ArrayList<>();
        List<HandoutView.StageView> stages = new ArrayList<>();
        Map<String, HandoutView.Card> warmUp = new LinkedHashMap<>();
        int n = 1;
        for (Program.StageBlock s : p.stages()) {
            String weeks = s.firstWeek() == s.lastWeek()
                    ? "Week " + s.firstWeek()
                    : "Weeks " + s.firstWeek() + "\u2013" + s.lastWeek();
            overview.add(new HandoutView.StageRow(n, s.name(), weeks, s.purpose(), criteria(s.exit())));
            stages.add(stage(n, s, weeks, warmUp));
            n++;
        }
        HandoutView.PainGuide pain = new HandoutView.PainGuide(
                p.painModel().name(),
                p.painModel().green(),
                p.painModel().amber(),
                p.painModel().red(),
                p.painModel().nextMorning(),
                p.painModel().afterFlare());
        List<HandoutView.Education> education = p.education().stream()
                .map(e -> new HandoutView.Education(e.title(), e.paragraphs()))
                .toList();
        List<HandoutView.CalendarWeek> calendar = runner ? calendar(p) : List.of();
        String title = heading + " \u2014 " + p.athlete();
        return new HandoutView(
                "en-GB",
                title,
                p.blueprint().name(),
                clinician != null ? clinician : clinic != null ? clinic : "Loadwise",
                page,
                brand,
                cover,
                overview,
                chart(p),
                List.copyOf(warmUp.values()),
                !warmUp.isEmpty(),
                stages,
                pain,
                flagsHeading(p),
                p.redFlags(),
                p.urgentFlags(),
                education,
                !education.isEmpty(),
                calendar,
                p.stages().get(0).weeks().get(0).days().stream()
                        .map(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK))
                        .toList(),
                !calendar.isEmpty());
    }

    private HandoutView.StageView stage(
            int number, Program.StageBlock s, String weeks, Map<String, HandoutView.Card> warmUp) {
        Map<String, HandoutView.Card> cards = new LinkedHashMap<>();
        Map<String, int[]> seen = new LinkedHashMap<>();
        Map<String, Program.Prescription> firstDose = new LinkedHashMap<>();
        List<HandoutView.RunRow> runs = new ArrayList<>();
        List<HandoutView.LogWeek> log = new ArrayList<>();
        for (Program.Week w : s.weeks()) {
            List<String> runText = new ArrayList<>();
            List<HandoutView.LogCell> cells = new ArrayList<>();
            for (Program.Day d : w.days()) {
                List<String> kinds = new ArrayList<>();
                for (Program.Session session : d.sessions()) {
                    kinds.add(letter(session.type()));
                    for (Program.Prescription x : session.items()) {
                        String key = x.section() + "|" + x.exercise() + "|" + x.level();
                        int[] range = seen.computeIfAbsent(key, k -> new int[] {w.number(), w.number()});
                        range[1] = w.number();
                        firstDose.putIfAbsent(key, x);
                    }
                    if (session.run() != null && !session.type().equals("race")) {
                        runText.add(day(d.date()) + ": " + run(session.run()));
                    }
                    if (session.type().equals("race")) {
                        runText.add(day(d.date()) + ": " + session.title());
                    }
                }
                cells.add(new HandoutView.LogCell(
                        String.join(" ", kinds.stream().map(k -> "\u2610 " + k).toList()), !kinds.isEmpty()));
            }
            if (!runText.isEmpty()) {
                List<String> notes = new ArrayList<>();
                if (w.stepBack()) {
                    notes.add("lighter week");
                }
                if (w.taper()) {
                    notes.add("taper");
                }
                runs.add(new HandoutView.RunRow(
                        Integer.toString(w.number()),
                        SHORT.format(w.start()) + "\u2013" + SHORT.format(w.end()),
                        runText,
                        w.runMinutes() + " min",
                        String.join(", ", notes)));
            }
            log.add(new HandoutView.LogWeek(
                    Integer.toString(w.number()) + (w.deload() ? " (lighter)" : ""),
                    SHORT.format(w.start()) + "\u2013" + SHORT.format(w.end()),
                    cells));
        }
        for (Map.Entry<String, Program.Prescription> e : firstDose.entrySet()) {
            Program.Prescription x = e.getValue();
            if (x.section().equals("main")) {
                cards.put(e.getKey(), card(x, seen.get(e.getKey())));
            } else {
                warmUp.putIfAbsent(x.exercise() + "|" + x.level(), card(x, seen.get(e.getKey())));
            }
        }
        List<String> columns = s.weeks().get(0).days().stream()
                .map(d -> d.date().getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK))
                .toList();
        return new HandoutView.StageView(
                number,
                s.name(),
                weeks,
                intentLabel(s.intent()),
                s.purpose(),
                s.entry().stream().map(Criterion::display).toList(),
                !s.entry().isEmpty(),
                s.exit().stream().map(Criterion::display).toList(),
                !s.exit().isEmpty(),
                s.afterFlare(),
                List.copyOf(cards.values()),
                runs,
                !runs.isEmpty(),
                log,
                columns);
    }

    /** "Stop and contact your clinician if", worded for the reader (red-flags.yaml contact). */
    static String flagsHeading(Program p) {
        return "Stop and contact " + p.contact() + " if";
    }

    /**
     * A card for one level with its first dose, outside any program (used by tests and the contact sheet): its pain
     * rules refer to the reader's pain guide.
     */
    HandoutView.Card card(Exercise e, Level l) {
        Program.Prescription x = Program.Prescription.atFirstDose(e, l, null, Wording.DEFAULT_CONTACT);
        return card(x, new int[] {1, 1});
    }

    private HandoutView.Card card(Program.Prescription x, int[] weeks) {
        Exercise e = library.exercise(x.exercise()).orElseThrow();
        Level l = e.level(x.level()).orElseThrow();
        List<HandoutView.Step> steps = new ArrayList<>();
        for (int i = 0; i < l.steps().size(); i++) {
            steps.add(new HandoutView.Step(i + 1, l.steps().get(i)));
        }
        String when = weeks[0] == weeks[1] ? "Week " + weeks[0] : "Weeks " + weeks[0] + "\u2013" + weeks[1];
        String equipment = l.equipment().isEmpty()
                ? "No equipment"
                : String.join(
                        ", ",
                        l.equipment().stream()
                                .map(q -> library.vocabulary().equipment().get(q))
                                .toList());
        String section = x.section().equals("main") ? null : x.section().equals("warm-up") ? "Warm-up" : "Cool-down";
        if (section != null) {
            when = "every strength session";
        }
        LevelPicture picture = LevelPicture.of(e, l);
        return new HandoutView.Card(
                e.name(),
                l.name(),
                "Level " + x.levelNumber() + " of " + x.levels(),
                ProgramText.dose(x),
                when,
                l.setup(),
                steps,
                l.cues(),
                l.mistake(),
                equipment,
                sentence(x.moveUpWhen()),
                x.moveUpWhen() != null,
                sentence(x.moveDownAfter()),
                section,
                l.video(),
                l.video() == null ? null : QrCodes.pngDataUri(l.video()),
                l.video() != null,
                picture.image(),
                picture.image() != null,
                picture.figure(),
                picture.figure() != null,
                picture.alt());
    }

    private static HandoutView.Chart chart(Program p) {
        List<Program.Week> weeks = new ArrayList<>();
        p.stages().forEach(s -> weeks.addAll(s.weeks()));
        int maxSets = Math.max(
                1, weeks.stream().mapToInt(Program.Week::strengthSets).max().orElse(1));
        int maxMinutes = Math.max(
                1, weeks.stream().mapToInt(Program.Week::runMinutes).max().orElse(1));
        boolean hasRunning = weeks.stream().anyMatch(w -> w.runMinutes() > 0);
        List<HandoutView.ChartWeek> bars = new ArrayList<>();
        for (Program.Week w : weeks) {
            String mark = w.taper() ? "T" : w.deload() ? "D" : "";
            bars.add(new HandoutView.ChartWeek(
                    w.number(),
                    Math.round(100f * w.strengthSets() / maxSets),
                    Math.round(100f * w.runMinutes() / maxMinutes),
                    w.strengthSets(),
                    w.runMinutes(),
                    mark,
                    !mark.isEmpty()));
        }
        String caption = "Strength sets" + (hasRunning ? " and running minutes" : "") + " per week. "
                + "D = lighter week (less strength work and running)"
                + (weeks.stream().anyMatch(Program.Week::taper) ? ", T = taper" : "") + ".";
        return new HandoutView.Chart(bars, maxSets, maxMinutes, hasRunning, caption);
    }

    private static List<HandoutView.CalendarWeek> calendar(Program p) {
        List<HandoutView.CalendarWeek> out = new ArrayList<>();
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                List<HandoutView.CalendarDay> days = new ArrayList<>();
                for (Program.Day d : w.days()) {
                    List<String> items = new ArrayList<>();
                    for (Program.Session session : d.sessions()) {
                        if (session.run() != null && !session.type().equals("race")) {
                            items.add(session.run().name().replace(" run", "") + " "
                                    + session.run().minutes() + "\u2032");
                        } else if (session.type().equals("race")) {
                            items.add("RACE");
                        } else {
                            items.add(
                                    session.type().equals("strength")
                                            ? "Strength"
                                            : session.type().equals("plyometric") ? "Hops" : "Cross");
                        }
                    }
                    days.add(new HandoutView.CalendarDay(
                            Integer.toString(d.date().getDayOfMonth()), String.join(", ", items)));
                }
                while (days.size() < 7) {
                    days.add(new HandoutView.CalendarDay("", ""));
                }
                out.add(new HandoutView.CalendarWeek(
                        w.number() + (w.taper() ? " T" : w.deload() ? " D" : ""), days, w.runMinutes() + " min"));
            }
        }
        return out;
    }

    private static String run(Program.Run r) {
        if (r.walkMinutes() != null && r.walkMinutes() > 0) {
            return r.repeats() + " \u00d7 (walk " + r.walkMinutes() + " + jog " + r.jogMinutes() + ") = " + r.minutes()
                    + " min";
        }
        String work = r.workMinutes() == null ? "" : " incl. " + r.workMinutes() + " min hard";
        return r.name() + " " + r.minutes() + " min" + work;
    }

    /** The text with a full stop at the end (null stays null). */
    private static String sentence(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    private static String letter(String type) {
        return switch (type) {
            case "strength" -> "Strength";
            case "plyometric" -> "Hops";
            case "run" -> "Run";
            case "cross-training" -> "Cross";
            default -> "Race";
        };
    }

    private static String day(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, Locale.UK) + " " + d.getDayOfMonth();
    }

    private static String criteria(List<Criterion> list) {
        return String.join("; ", list.stream().map(Criterion::display).toList());
    }

    private static String intentLabel(String intent) {
        return switch (intent) {
            case "isometric" -> "Holds to settle pain";
            case "endurance" -> "Endurance";
            case "hypertrophy" -> "Build muscle";
            case "strength" -> "Strength";
            case "power" -> "Power and speed";
            default -> intent;
        };
    }

    private static int weeks(Program p) {
        return p.stages().get(p.stages().size() - 1).lastWeek();
    }

    /** The accent mixed with white (for table stripes and tints). */
    static String lighten(String hex) {
        int r = Integer.parseInt(hex.substring(1, 3), 16);
        int g = Integer.parseInt(hex.substring(3, 5), 16);
        int b = Integer.parseInt(hex.substring(5, 7), 16);
        return String.format(
                "#%02x%02x%02x", r + (255 - r) * 85 / 100, g + (255 - g) * 85 / 100, b + (255 - b) * 85 / 100);
    }
}
