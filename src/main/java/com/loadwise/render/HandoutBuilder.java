package com.loadwise.render;

import com.loadwise.export.ProgramText;
import com.loadwise.i18n.Messages;
import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.library.PainLimits;
import com.loadwise.library.Wording;
import com.loadwise.plan.Criterion;
import com.loadwise.plan.Program;
import com.loadwise.plan.Review;
import com.loadwise.plan.RunSteps;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Turns a program into the handout's view records: selects and words what is printed. It makes no training
 * decision; every dose, level and date comes from the program.
 */
public final class HandoutBuilder {

    private final ExerciseLibrary library;
    private final Messages w;
    private final DateTimeFormatter longDate;
    private final DateTimeFormatter shortDate;

    public HandoutBuilder(ExerciseLibrary library) {
        this(library, Messages.english());
    }

    /** A builder that words handouts with {@code words} (the library should be read in the same language). */
    public HandoutBuilder(ExerciseLibrary library, Messages words) {
        this.library = library;
        this.w = words;
        this.longDate = words.date("long");
        this.shortDate = words.date("short");
    }

    /**
     * How a handout prints: paper, print size, branding and layout ({@code full}, the default for a first visit,
     * or {@code compact}: an overview page and a page per stage).
     */
    public record Options(String paper, boolean largePrint, Branding branding, String layout, Review since) {
        public Options {
            if (!LAYOUTS.contains(layout)) {
                throw new IllegalArgumentException("no layout " + layout);
            }
            if (!PAPERS.contains(paper)) {
                throw new IllegalArgumentException("no paper " + paper);
            }
        }

        public Options(String paper, boolean largePrint, Branding branding, String layout) {
            this(paper, largePrint, branding, layout, null);
        }

        public Options(String paper, boolean largePrint, Branding branding) {
            this(paper, largePrint, branding, FULL);
        }

        /** The same, with a "Since last time" page from a check-in log's review (null for none). */
        public Options since(Review review) {
            return new Options(paper, largePrint, branding, layout, review);
        }

        /** The template this layout prints with. */
        public String template() {
            return layout.equals(COMPACT) ? "handout-compact" : "handout";
        }
    }

    public static final String FULL = "full";
    public static final String COMPACT = "compact";
    /** Every layout a handout can have; the command line's --layout and the web app's form offer these. */
    public static final List<String> LAYOUTS = List.of(FULL, COMPACT);

    /** The paper sizes a handout prints on (the command line's {@code --paper} and the web form offer these). */
    public static final List<String> PAPERS = List.of("a4", "letter");

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
        String heading = w.get("handout.heading." + p.kind());
        List<String> facts = new ArrayList<>();
        facts.add(w.format("handout.weeksInStages", weeks(p), p.stages().size()));
        facts.add(w.format("text.painGuide", p.painModel().name()));
        String withLine = clinician == null
                ? null
                : clinic == null ? w.format("handout.with", clinician) : w.format("handout.withAt", clinician, clinic);
        if (p.kind().equals("team")) {
            withLine = p.title() + (clinician == null ? "" : w.format("handout.coach", clinician));
        }
        HandoutView.Cover cover = new HandoutView.Cover(
                heading,
                p.athlete(),
                p.group(),
                withLine,
                w.format("handout.dates", longDate.format(p.start()), longDate.format(p.end())),
                p.goal(),
                p.blueprint().summary(),
                p.notes(),
                p.clinician() != null ? w.format("handout.notesFrom", p.contact()) : w.get("handout.notes"),
                p.race() == null
                        ? null
                        : w.format(
                                "handout.race",
                                p.race().name(),
                                w.decimal(p.race().km()),
                                longDate.format(p.race().date())),
                facts);
        List<HandoutView.StageRow> overview = new ArrayList<>();
        List<HandoutView.StageView> stages = new ArrayList<>();
        Map<String, SortedMap<Integer, Program.Prescription>> warmUpDoses = new LinkedHashMap<>();
        Set<Integer> lighter = new HashSet<>();
        p.stages().forEach(s -> s.weeks().stream().filter(Program.Week::deload).forEach(w -> lighter.add(w.number())));
        for (Program.StageBlock s : p.stages()) {
            String weeks = s.firstWeek() == s.lastWeek()
                    ? w.format("handout.week", s.firstWeek())
                    : w.format("handout.weeks", s.firstWeek() + "\u2013" + s.lastWeek());
            overview.add(new HandoutView.StageRow(s.number(), s.name(), weeks, s.purpose(), criteria(s.exit())));
            stages.add(stage(p, s.number(), s, weeks, lighter, warmUpDoses));
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
        List<HandoutView.Card> warmUp = new ArrayList<>();
        Set<String> warmUpLevels = new HashSet<>();
        for (SortedMap<Integer, Program.Prescription> byWeek : warmUpDoses.values()) {
            Program.Prescription x = byWeek.get(byWeek.firstKey());
            if (warmUpLevels.add(x.exercise() + "|" + x.level())) {
                warmUp.add(card(byWeek, lighter, true, p.painModel().limits(), p.contact()));
            }
        }
        List<HandoutView.CalendarWeek> calendar = runner ? calendar(p) : List.of();
        String title = heading + " \u2014 " + p.athlete();
        return new HandoutView(
                w.documentLang(),
                w.template(),
                title,
                p.blueprint().name(),
                clinician != null ? clinician : clinic != null ? clinic : "Loadwise",
                page,
                brand,
                cover,
                overview,
                chart(p),
                p.runningAfter() == null ? null : p.runningAfter().sentence(w),
                warmUp,
                !warmUp.isEmpty(),
                stages,
                pain,
                flagsHeading(p, w),
                p.redFlags(),
                p.urgentFlags(),
                columns(p.redFlags()),
                education,
                !education.isEmpty(),
                calendar,
                p.stages().get(0).weeks().get(0).days().stream()
                        .map(d -> dayName(d.date()))
                        .toList(),
                !calendar.isEmpty(),
                o.since() == null ? null : since(p, o.since(), w));
    }

    /**
     * The "Since last time" page: sessions done, the worst next-morning pain of each week coloured by the pain
     * guide's zones, and each change in the client's words.
     */
    public static HandoutView.Since since(Program p, Review r) {
        return since(p, r, Messages.english());
    }

    /** The "Since last time" page in {@code w}'s words (the reasons are the review's, in English). */
    public static HandoutView.Since since(Program p, Review r, Messages w) {
        var limits = p.painModel().limits();
        List<HandoutView.PainWeek> pain = new ArrayList<>();
        // the last logged week: of this program, or (a re-plan, which starts after it) the week before it starts
        int lastWeek = p.stages().get(0).firstWeek() - 1;
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week wk : s.weeks()) {
                if (r.lastDay() != null && !wk.start().isAfter(r.lastDay())) {
                    lastWeek = wk.number();
                }
            }
        }
        for (int week = 1; week <= lastWeek && !r.painByWeek().isEmpty(); week++) {
            Integer score = r.painByWeek().get(week);
            pain.add(
                    score == null
                            ? new HandoutView.PainWeek(week, 0, w.get("since.noScore"), "none")
                            : new HandoutView.PainWeek(
                                    week,
                                    Math.max(3, score * 10),
                                    score + "/10",
                                    score <= limits.moveUpMax()
                                            ? "green"
                                            : score <= limits.stepBackAbove() ? "amber" : "red"));
        }
        List<HandoutView.Change> changes = new ArrayList<>();
        for (Review.Adjustment a : r.adjustments()) {
            if (a.subject().equals("stage")) {
                if (!a.change().equals("as-planned")) {
                    boolean early = a.change().equals("ends-early");
                    changes.add(new HandoutView.Change(
                            a.name(),
                            w.get(early ? "since.stage.ends-early" : "since.stage.extended"),
                            sentence(w.get(early ? "since.stage.ends-early.why" : "since.stage.extended.why")),
                            early ? "up" : "hold"));
                }
                continue;
            }
            String change = a.change().equals("up") || a.change().equals("down") ? a.change() : "hold";
            String what = a.subject().equals("running")
                    ? w.get("since.running." + change)
                    : w.format("since.exercise." + change, change.equals("hold") ? a.from() : a.to());
            String name = a.subject().equals("running") ? w.get("t.running") : a.name();
            // the reason in the reader's words, where the review gives it as message words
            changes.add(new HandoutView.Change(
                    name, what, sentence(a.why() != null ? a.why().words(w) : a.reason()), a.change()));
        }
        DateTimeFormatter day = w.date("long");
        return new HandoutView.Since(
                r.lastDay() == null ? "" : w.format("since.upTo", r.lastDay().format(day)),
                w.format("since.sessions", r.done(), r.planned())
                        + (r.logged() > r.done() ? w.format("since.missed", r.logged() - r.done()) : ""),
                pain,
                !pain.isEmpty(),
                w.format("since.caption", limits.greenRange(w)),
                changes);
    }

    private HandoutView.StageView stage(
            Program p,
            int number,
            Program.StageBlock s,
            String weeks,
            Set<Integer> lighter,
            Map<String, SortedMap<Integer, Program.Prescription>> warmUp) {
        Map<String, SortedMap<Integer, Program.Prescription>> doses = new LinkedHashMap<>();
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
                        if (x.section().equals("main")) {
                            String key = x.exercise() + "|" + x.level();
                            doses.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(w.number(), x);
                        } else {
                            String key = x.section() + "|" + x.exercise() + "|" + x.level();
                            warmUp.computeIfAbsent(key, k -> new TreeMap<>()).putIfAbsent(w.number(), x);
                        }
                    }
                    if (session.run() != null && !session.type().equals("race")) {
                        runText.add(day(d.date()) + ": " + run(session.run()));
                    }
                    if (session.type().equals("race")) {
                        runText.add(day(d.date()) + ": " + raceTitle(p, session));
                    }
                }
                cells.add(new HandoutView.LogCell(
                        kinds.stream().map(k -> "\u2610\u00a0" + k).toList(), !kinds.isEmpty()));
            }
            if (!runText.isEmpty()) {
                List<String> notes = new ArrayList<>();
                if (w.deload()) {
                    notes.add(this.w.get("handout.lighterWeek"));
                }
                if (w.taper()) {
                    notes.add(this.w.get("text.taper"));
                }
                runs.add(new HandoutView.RunRow(
                        Integer.toString(w.number()),
                        shortDate.format(w.start()) + "\u2013" + shortDate.format(w.end()),
                        runText,
                        this.w.format("dose.minutes", w.runMinutes()),
                        String.join(", ", notes)));
            }
            log.add(new HandoutView.LogWeek(
                    Integer.toString(w.number()) + (w.deload() ? this.w.get("handout.lighter") : ""),
                    shortDate.format(w.start()) + "\u2013" + shortDate.format(w.end()),
                    cells));
        }
        List<HandoutView.Card> cards = new ArrayList<>();
        for (SortedMap<Integer, Program.Prescription> byWeek : doses.values()) {
            cards.add(card(byWeek, lighter, false, p.painModel().limits(), p.contact()));
        }
        List<String> columns =
                s.weeks().get(0).days().stream().map(d -> dayName(d.date())).toList();
        return new HandoutView.StageView(
                number,
                s.name(),
                weeks,
                s.subtitle() != null ? s.subtitle() : intentLabel(s.intent()),
                s.purpose(),
                s.entry().stream().map(c -> c.display(w)).toList(),
                !s.entry().isEmpty(),
                s.exit().stream().map(c -> c.display(w)).toList(),
                criteria(s.exit()),
                !s.exit().isEmpty(),
                s.afterFlare(),
                cards,
                compact(cards),
                runs,
                !runs.isEmpty(),
                log,
                columns);
    }

    /** {@code items} in two columns, the first one the longer when the count is odd. */
    static List<HandoutView.Column> columns(List<String> items) {
        int half = (items.size() + 1) / 2;
        return List.of(
                new HandoutView.Column(items.subList(0, half)),
                new HandoutView.Column(items.subList(half, items.size())));
    }

    /** The stage's cards as the compact layout prints them: one per exercise, a line per level, in card order. */
    static List<HandoutView.CompactCard> compact(List<HandoutView.Card> cards) {
        Map<String, List<HandoutView.Card>> byExercise = new LinkedHashMap<>();
        for (HandoutView.Card c : cards) {
            byExercise
                    .computeIfAbsent(c.section() + "\u0000" + c.exercise(), k -> new ArrayList<>())
                    .add(c);
        }
        List<HandoutView.CompactCard> compact = new ArrayList<>();
        for (List<HandoutView.Card> same : byExercise.values()) {
            HandoutView.Card first = same.get(0);
            compact.add(new HandoutView.CompactCard(
                    first.exercise(),
                    first.section(),
                    same.stream()
                            .map(c -> new HandoutView.CompactLevel(
                                    c.levelOf(), c.level(), c.dose(), c.when(), c.doseNotes(), c.hasDoseNotes()))
                            .toList(),
                    first.cue(),
                    first.image(),
                    first.hasImage(),
                    first.figure(),
                    first.hasFigure(),
                    first.pictureAlt()));
        }
        return compact;
    }

    /** "Stop and contact your clinician if", worded for the reader (red-flags.yaml contact). */
    static String flagsHeading(Program p, Messages w) {
        return w.format("handout.flagsHeading", p.contact());
    }

    /**
     * A card for one level with its first dose, outside any program (used by tests and the contact sheet): its pain
     * rules refer to the reader's pain guide.
     */
    HandoutView.Card card(Exercise e, Level l) {
        SortedMap<Integer, Program.Prescription> byWeek = new TreeMap<>();
        byWeek.put(1, Program.Prescription.atFirstDose(e, l, null, Wording.defaultContact(w)));
        return card(byWeek, Set.of(), false, null, Wording.defaultContact(w));
    }

    /**
     * A card for one level, from its prescription in each week it appears (the first of the week). The dose printed
     * large is the working dose: that of the first week that is not a lighter week (for a warm-up, printed for
     * every session, the commonest); lighter weeks and later changes follow on their own lines.
     */
    private HandoutView.Card card(
            SortedMap<Integer, Program.Prescription> byWeek,
            Set<Integer> lighter,
            boolean everySession,
            PainLimits limits,
            String contact) {
        Program.Prescription x = byWeek.get(byWeek.firstKey());
        Doses doses = everySession ? warmUpDoses(byWeek, lighter) : stageDoses(byWeek, lighter);
        Exercise e = library.exercise(x.exercise()).orElseThrow();
        Level l = e.level(x.level()).orElseThrow();
        List<HandoutView.Step> steps = new ArrayList<>();
        for (int i = 0; i < l.steps().size(); i++) {
            steps.add(new HandoutView.Step(i + 1, l.steps().get(i)));
        }
        String when = weeks(List.copyOf(byWeek.keySet()));
        String equipment = l.equipment().isEmpty()
                ? w.get("handout.noEquipment")
                : String.join(
                        ", ",
                        l.equipment().stream()
                                .map(q -> library.vocabulary().equipment().get(q))
                                .toList());
        String section = x.section().equals("main") ? null : w.get("handout.section." + x.section());
        if (section != null) {
            when = w.get("handout.everySession");
        }
        LevelPicture picture = LevelPicture.of(e, l);
        // the criteria in this handout's words, from the level and the program's pain model (as the engine words them)
        String moveUp =
                x.moveUpWhen() == null ? null : Wording.progress(l.progressWhen(), l.laterality(), limits, contact, w);
        String moveDown = x.moveDownAfter() == null ? null : Wording.regress(l.regressWhen(), limits, contact, w);
        return new HandoutView.Card(
                e.name(),
                l.name(),
                w.format("handout.levelOf", x.levelNumber(), x.levels()),
                doses.working(),
                when,
                doses.notes(),
                !doses.notes().isEmpty(),
                l.setup(),
                steps,
                l.cues(),
                l.cues().isEmpty() ? null : l.cues().get(0),
                l.mistake(),
                equipment,
                sentence(moveUp),
                moveUp != null,
                sentence(moveDown),
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

    /** The dose printed large on a card and the lines under it. */
    private record Doses(String working, List<String> notes) {}

    /**
     * A stage's card: the working dose is that of the first week that is not a lighter week; each run of weeks
     * with another dose gets a line ("Week 10: …", "Week 8 is a lighter week: …").
     */
    private Doses stageDoses(SortedMap<Integer, Program.Prescription> byWeek, Set<Integer> lighter) {
        String working = byWeek.entrySet().stream()
                .filter(e -> !lighter.contains(e.getKey()))
                .map(e -> ProgramText.dose(e.getValue(), w))
                .findFirst()
                .orElse(null);
        if (working == null) {
            List<Integer> weeks = List.copyOf(byWeek.keySet());
            return new Doses(
                    ProgramText.dose(byWeek.get(byWeek.firstKey()), w),
                    List.of(w.format("handout.lessWork", lighterWeeks(weeks))));
        }
        List<String> notes = new ArrayList<>();
        List<Integer> run = new ArrayList<>();
        String runDose = null;
        boolean runLight = false;
        for (Map.Entry<Integer, Program.Prescription> e : byWeek.entrySet()) {
            String dose = ProgramText.dose(e.getValue(), w);
            boolean light = lighter.contains(e.getKey());
            if (!run.isEmpty() && (!dose.equals(runDose) || light != runLight)) {
                note(notes, run, runDose, runLight, working);
                run = new ArrayList<>();
            }
            run.add(e.getKey());
            runDose = dose;
            runLight = light;
        }
        note(notes, run, runDose, runLight, working);
        return new Doses(working, notes);
    }

    private void note(List<String> notes, List<Integer> weeks, String dose, boolean light, String working) {
        if (dose.equals(working)) {
            return;
        }
        notes.add(light ? lighterWeeks(weeks) + ": " + dose : weeks(weeks) + ": " + dose);
    }

    /**
     * A warm-up card, printed once for every session: the working dose is the commonest outside lighter weeks
     * (the earliest of equally common ones); a line says how far other weeks differ, and one gives the lighter
     * weeks.
     */
    private Doses warmUpDoses(SortedMap<Integer, Program.Prescription> byWeek, Set<Integer> lighter) {
        List<Program.Prescription> usual = new ArrayList<>();
        List<Program.Prescription> light = new ArrayList<>();
        List<Integer> lightWeeks = new ArrayList<>();
        byWeek.forEach((week, x) -> {
            if (lighter.contains(week)) {
                light.add(x);
                lightWeeks.add(week);
            } else {
                usual.add(x);
            }
        });
        if (usual.isEmpty()) {
            return stageDoses(byWeek, lighter);
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        usual.forEach(x -> counts.merge(ProgramText.dose(x, w), 1, Integer::sum));
        String working = counts.keySet().iterator().next();
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            if (c.getValue() > counts.get(working)) {
                working = c.getKey();
            }
        }
        List<String> notes = new ArrayList<>();
        if (counts.size() > 1) {
            notes.add(w.format("handout.differ", ProgramText.dose(least(usual), w), ProgramText.dose(most(usual), w)));
        }
        Set<String> lightDoses = new LinkedHashSet<>();
        light.forEach(x -> lightDoses.add(ProgramText.dose(x, w)));
        lightDoses.remove(working);
        if (lightDoses.size() == 1) {
            notes.add(lighterWeeks(lightWeeks) + ": " + lightDoses.iterator().next());
        } else if (lightDoses.size() > 1) {
            notes.add(lighterWeeks(lightWeeks) + ": "
                    + w.format("handout.fromTo", ProgramText.dose(least(light), w), ProgramText.dose(most(light), w)));
        }
        return new Doses(working, notes);
    }

    /** The prescription with the least work (sets times reps, seconds, minutes or metres); the first of equals. */
    private static Program.Prescription least(List<Program.Prescription> xs) {
        Program.Prescription best = xs.get(0);
        for (Program.Prescription x : xs) {
            if (work(x) < work(best)) {
                best = x;
            }
        }
        return best;
    }

    private static Program.Prescription most(List<Program.Prescription> xs) {
        Program.Prescription best = xs.get(0);
        for (Program.Prescription x : xs) {
            if (work(x) > work(best)) {
                best = x;
            }
        }
        return best;
    }

    private static int work(Program.Prescription x) {
        Integer amount = x.reps() != null
                ? x.reps()
                : x.holdSeconds() != null ? x.holdSeconds() : x.minutes() != null ? x.minutes() : x.distanceM();
        return x.sets() * (amount == null ? 1 : amount);
    }

    /** "Week 8 is a lighter week", "Weeks 4 and 8 are lighter weeks". */
    private String lighterWeeks(List<Integer> weeks) {
        return w.format(weeks.size() == 1 ? "handout.isLighter" : "handout.areLighter", weeks(weeks));
    }

    /** "Week 3", "Weeks 3–5", "Weeks 4, 8 and 12", "Weeks 3–5 and 7". */
    String weeks(List<Integer> weeks) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < weeks.size()) {
            int j = i;
            while (j + 1 < weeks.size() && weeks.get(j + 1) == weeks.get(j) + 1) {
                j++;
            }
            parts.add(j - i >= 1 ? weeks.get(i) + "\u2013" + weeks.get(j) : Integer.toString(weeks.get(i)));
            i = j + 1;
        }
        String list = parts.size() == 1
                ? parts.get(0)
                : String.join(", ", parts.subList(0, parts.size() - 1))
                        + w.get("handout.and")
                        + parts.get(parts.size() - 1);
        return w.format(weeks.size() == 1 ? "handout.week" : "handout.weeks", list);
    }

    private HandoutView.Chart chart(Program p) {
        List<Program.Week> weeks = new ArrayList<>();
        p.stages().forEach(s -> weeks.addAll(s.weeks()));
        int maxSets = Math.max(
                1, weeks.stream().mapToInt(Program.Week::strengthSets).max().orElse(1));
        int maxMinutes = Math.max(
                1, weeks.stream().mapToInt(Program.Week::runMinutes).max().orElse(1));
        boolean hasRunning = weeks.stream().anyMatch(w -> w.runMinutes() > 0);
        List<HandoutView.ChartWeek> bars = new ArrayList<>();
        for (Program.Week w : weeks) {
            String mark =
                    w.taper() ? this.w.get("handout.markTaper") : w.deload() ? this.w.get("handout.markLighter") : "";
            bars.add(new HandoutView.ChartWeek(
                    w.number(),
                    Math.round(100f * w.strengthSets() / maxSets),
                    Math.round(100f * w.runMinutes() / maxMinutes),
                    w.strengthSets(),
                    w.runMinutes(),
                    mark,
                    !mark.isEmpty()));
        }
        String caption = w.get(hasRunning ? "handout.chartRunning" : "handout.chart")
                + (weeks.stream().anyMatch(Program.Week::taper) ? w.get("handout.chartTaper") : "") + ".";
        return new HandoutView.Chart(bars, maxSets, maxMinutes, hasRunning, caption);
    }

    private List<HandoutView.CalendarWeek> calendar(Program p) {
        List<HandoutView.CalendarWeek> out = new ArrayList<>();
        for (Program.StageBlock s : p.stages()) {
            for (Program.Week w : s.weeks()) {
                List<HandoutView.CalendarDay> days = new ArrayList<>();
                for (Program.Day d : w.days()) {
                    List<String> items = new ArrayList<>();
                    for (Program.Session session : d.sessions()) {
                        if (session.run() != null && !session.type().equals("race")) {
                            items.add(calendarName(session.run()) + " "
                                    + session.run().minutes() + "\u2032");
                        } else if (session.type().equals("race")) {
                            items.add(this.w.get("handout.calendarRace"));
                        } else {
                            items.add(letter(session.type()));
                        }
                    }
                    days.add(new HandoutView.CalendarDay(
                            Integer.toString(d.date().getDayOfMonth()), String.join(", ", items)));
                }
                while (days.size() < 7) {
                    days.add(new HandoutView.CalendarDay("", ""));
                }
                out.add(new HandoutView.CalendarWeek(
                        w.number()
                                + (w.taper()
                                        ? " " + this.w.get("handout.markTaper")
                                        : w.deload() ? " " + this.w.get("handout.markLighter") : ""),
                        days,
                        this.w.format("dose.minutes", w.runMinutes())));
            }
        }
        return out;
    }

    private String run(Program.Run r) {
        if (r.walkMinutes() != null && r.walkMinutes() > 0) {
            return w.format("handout.walkJog", r.repeats(), r.walkMinutes(), r.jogMinutes(), r.minutes());
        }
        String work = r.workMinutes() == null
                ? ""
                : w.format(
                        "handout.hard",
                        r.repeats() == null
                                ? w.format("dose.minutes", r.workMinutes())
                                : RunSteps.of(r).pieces());
        return ProgramText.runName(r, w) + " " + w.format("dose.minutes", r.minutes()) + work;
    }

    /** A run's name in a calendar cell: "Easy 30′" (the words' short name of the run, without " run"). */
    private String calendarName(Program.Run r) {
        String name = ProgramText.runName(r, w);
        String cut = w.get("handout.calendarRunSuffix");
        return name.replace(cut, "");
    }

    private String raceTitle(Program p, Program.Session s) {
        return p.race() == null ? s.title() : w.format("session.race", p.race().name());
    }

    /** The text with a full stop at the end (null stays null). */
    private static String sentence(String s) {
        if (s == null || s.isEmpty()) {
            return s;
        }
        return s.endsWith(".") || s.endsWith("!") || s.endsWith("?") ? s : s + ".";
    }

    private String letter(String type) {
        return w.get("handout.session."
                + (List.of("strength", "plyometric", "run", "cross-training").contains(type) ? type : "race"));
    }

    private String day(LocalDate d) {
        return dayName(d) + " " + d.getDayOfMonth();
    }

    /** A day's short name ("Mon", "lun"). */
    private String dayName(LocalDate d) {
        return d.getDayOfWeek().getDisplayName(TextStyle.SHORT, w.locale());
    }

    private String criteria(List<Criterion> list) {
        return String.join("; ", list.stream().map(c -> c.display(w)).toList());
    }

    private String intentLabel(String intent) {
        return List.of("isometric", "endurance", "hypertrophy", "strength", "power")
                        .contains(intent)
                ? w.get("handout.intent." + intent)
                : intent;
    }

    private static int weeks(Program p) {
        // a re-plan's block starts at a later week
        return p.stages().get(p.stages().size() - 1).lastWeek()
                - p.stages().get(0).firstWeek()
                + 1;
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
