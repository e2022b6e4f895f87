package com.loadwise.plan;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The periodisation engine: a blueprint and one athlete of a profile become a dated, staged program. Driven
 * entirely by the library, the blueprint and the rule files; reads no clock and no random source.
 */
public final class Engine {

    private final ExerciseLibrary library;
    private final Rules rules;

    public Engine(ExerciseLibrary library, Rules rules) {
        this.library = library;
        this.rules = rules;
    }

    /** A stage with the number of weeks it was given. */
    private record Allocation(Blueprint.Stage stage, int weeks) {}

    public Program plan(Blueprint bp, Profile profile, Profile.Athlete athlete) {
        List<Program.Explanation> why = new ArrayList<>();
        Settings settings = Settings.of(rules, bp, profile);
        for (String note : settings.notes()) {
            why.add(new Program.Explanation("profile", note, "past injury", profile.where("past-injuries")));
        }
        LocalDate start = profile.start();
        LocalDate lastDay;
        int totalWeeks;
        if (profile.race() != null) {
            lastDay = profile.race().date();
            totalWeeks = (int) ((ChronoUnit.DAYS.between(start, lastDay) + 7) / 7);
            why.add(new Program.Explanation(
                    "dates",
                    totalWeeks + " weeks from " + start + " to race day " + lastDay,
                    "a race plan runs from the start to race day",
                    profile.where("goal")));
        } else if (profile.weeks() != null) {
            totalWeeks = profile.weeks();
            lastDay = start.plusDays(7L * totalWeeks - 1);
            why.add(new Program.Explanation(
                    "dates",
                    totalWeeks + " weeks, " + start + " to " + lastDay,
                    "program length",
                    profile.where("weeks")));
        } else {
            totalWeeks = (int) ((ChronoUnit.DAYS.between(start, profile.review()) + 6) / 7);
            lastDay = start.plusDays(7L * totalWeeks - 1);
            why.add(new Program.Explanation(
                    "dates",
                    totalWeeks + " weeks, " + start + " to the review on " + profile.review(),
                    "program runs until the review",
                    profile.where("review")));
        }
        List<Allocation> allocations = allocate(bp, profile, totalWeeks, why);

        StrengthPlanner strength = new StrengthPlanner(library, rules, bp, profile, athlete, settings, why);
        RunningPlanner running = new RunningPlanner(rules, settings, profile, bp, why);
        List<Program.StageBlock> blocks = new ArrayList<>();
        Map<String, LocalDate> lastHeavy = new java.util.HashMap<>();
        int week = 1;
        for (Allocation alloc : allocations) {
            Blueprint.Stage stage = alloc.stage();
            Schedule schedule = schedule(stage, profile, settings, why);
            List<StrengthPlanner.ActiveSlot> slots = strength.startStage(stage);
            Program.Session crossTraining = stage.crossTraining() == null ? null : crossTraining(stage, profile, why);
            List<Program.Week> weeks = new ArrayList<>();
            for (int k = 1; k <= alloc.weeks(); k++, week++) {
                LocalDate weekStart = start.plusDays(7L * (week - 1));
                LocalDate weekEnd = weekStart.plusDays(6).isAfter(lastDay) ? lastDay : weekStart.plusDays(6);
                int taperWeek = stage.taper() ? k : 0;
                boolean deload = taperWeek == 0 && week % settings.deload().every() == 0;
                boolean stepBack = taperWeek == 0
                        && stage.running().mode() == Blueprint.RunMode.CONTINUOUS
                        && week % settings.running().stepBack().every() == 0;
                if (deload) {
                    why.add(new Program.Explanation(
                            "week " + week,
                            "deload: strength sets cut by " + settings.deload().volumeCut() + "%, "
                                    + settings.deload().rirIncrease() + " more reps in reserve, same exercises",
                            "every " + settings.deload().every() + " weeks",
                            settings.deloadSource()));
                }
                if (k > 1 || week > 1) {
                    for (StrengthPlanner.ActiveSlot a : slots) {
                        if (!deload && taperWeek == 0) {
                            strength.climb(stage, a, week);
                        }
                    }
                }
                List<LocalDate> dates = new ArrayList<>();
                for (LocalDate d = weekStart; !d.isAfter(weekEnd); d = d.plusDays(1)) {
                    dates.add(d);
                }
                double taperFraction = taperWeek == 0
                        ? 0
                        : taperWeek / (double) settings.taper().weeks();
                Map<LocalDate, Program.Run> runs = running.plan(
                        stage,
                        schedule.runDays,
                        dates,
                        week,
                        stepBack,
                        taperWeek,
                        lastRunDay(profile, settings, lastDay),
                        k == 1);
                List<Program.Day> days = new ArrayList<>();
                int strengthIndex = 0;
                int sets = 0;
                int runMinutes = 0;
                List<DayOfWeek> strengthDays = taperWeek > 0
                        ? schedule.strengthDays.subList(
                                0, Math.min(settings.taper().strengthSessions(), schedule.strengthDays.size()))
                        : schedule.strengthDays;
                for (LocalDate d : dates) {
                    List<Program.Session> sessions = new ArrayList<>();
                    boolean raceDay = profile.race() != null && d.equals(lastDay);
                    if (!raceDay && strengthDays.contains(d.getDayOfWeek()) && !slots.isEmpty()) {
                        List<Program.Prescription> main = new ArrayList<>();
                        List<Program.Prescription> plyo = new ArrayList<>();
                        for (StrengthPlanner.ActiveSlot a : slots) {
                            Program.Prescription p = strength.prescribe(
                                    stage, a, k, alloc.weeks(), strengthIndex, deload, taperFraction);
                            boolean isPlyo = a.slot.pattern().equals("plyometric") && a.section.equals("main");
                            if (isPlyo) {
                                if (schedule.plyoDays.contains(d.getDayOfWeek())) {
                                    plyo.add(p);
                                }
                            } else {
                                main.add(p);
                            }
                        }
                        boolean heavy = main.stream().anyMatch(p -> StrengthPlanner.isHeavy(rules, p));
                        String tooSoon = heavy ? tooSoon(main, lastHeavy, d) : null;
                        if (tooSoon != null) {
                            why.add(new Program.Explanation(
                                    "week " + week + ", " + d,
                                    "no strength session: the last heavy " + tooSoon + " work was under "
                                            + rules.strength().heavyGapHours() + " h before",
                                    "heavy sessions for the same muscles are spaced at least "
                                            + rules.strength().heavyGapHours()
                                            + " h apart (here where two stages meet)",
                                    "policies.yaml strength.heavy-gap-hours"));
                        } else {
                            strengthIndex++;
                            if (!plyo.isEmpty()) {
                                plyo = strength.capContacts(plyo, why, week);
                                // warm up, then jump while fresh, then lift
                                List<Program.Prescription> warmUp = main.stream()
                                        .filter(p -> p.section().equals("warm-up"))
                                        .toList();
                                main.removeAll(warmUp);
                                List<Program.Prescription> jumps = new ArrayList<>(warmUp);
                                jumps.addAll(plyo);
                                sessions.add(new Program.Session("plyometric", "Plyometrics", false, jumps, null));
                                sets += plyo.stream()
                                        .mapToInt(Program.Prescription::sets)
                                        .sum();
                            }
                            sessions.add(
                                    new Program.Session("strength", "Strength: " + stage.name(), heavy, main, null));
                            sets += main.stream()
                                    .filter(p -> p.section().equals("main"))
                                    .mapToInt(Program.Prescription::sets)
                                    .sum();
                            if (heavy) {
                                main.stream()
                                        .filter(p -> StrengthPlanner.isHeavy(rules, p))
                                        .forEach(p -> lastHeavy.put(p.pattern(), d));
                            }
                        }
                    }
                    Program.Run run = runs.get(d);
                    if (run != null) {
                        sessions.add(new Program.Session("run", run.name(), false, List.of(), run));
                        runMinutes += run.minutes();
                    }
                    if (!raceDay && schedule.crossDays.contains(d.getDayOfWeek()) && crossTraining != null) {
                        sessions.add(crossTraining);
                    }
                    if (raceDay) {
                        Rules.Race race = rules.races().get(profile.race().race());
                        String name =
                                profile.race().name() != null ? profile.race().name() : race.name();
                        sessions.add(new Program.Session(
                                "race",
                                "Race day: " + name,
                                false,
                                List.of(),
                                new Program.Run(
                                        "race",
                                        name,
                                        0,
                                        race.km(),
                                        "race effort",
                                        "race course",
                                        null,
                                        null,
                                        null,
                                        null)));
                    }
                    days.add(new Program.Day(
                            d, d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK), List.copyOf(sessions)));
                }
                for (StrengthPlanner.ActiveSlot a : slots) {
                    if (!deload && taperWeek == 0) {
                        a.position.weeksAtLevel++;
                    }
                }
                weeks.add(new Program.Week(
                        week, weekStart, weekEnd, deload, stepBack, taperWeek > 0, sets, runMinutes, days));
            }
            strength.endStage(slots);
            blocks.add(new Program.StageBlock(
                    stage.id(),
                    stage.name(),
                    stage.purpose(),
                    stage.subtitle(),
                    stage.intent().id(),
                    weeks.get(0).number(),
                    weeks.get(weeks.size() - 1).number(),
                    stage.entry(),
                    stage.exit(),
                    rules.painModels().get(bp.painModel()).afterFlare(),
                    weeks));
        }
        Rules.PainModel pain = rules.painModels().get(bp.painModel());
        List<String> flags = new ArrayList<>(rules.redFlags().general());
        flags.addAll(rules.redFlags().byPainModel().getOrDefault(bp.painModel(), List.of()));
        Program.RaceInfo race = null;
        if (profile.race() != null) {
            Rules.Race r = rules.races().get(profile.race().race());
            race = new Program.RaceInfo(
                    r.id(),
                    profile.race().name() != null ? profile.race().name() : r.name(),
                    r.km(),
                    profile.race().date());
        }
        return new Program(
                Program.FORMAT,
                profile.kind(),
                athlete.name(),
                athlete.group(),
                profile.title(),
                profile.clinician(),
                profile.clinic(),
                profile.goal(),
                profile.notes(),
                new Program.BlueprintInfo(
                        bp.id(), bp.name(), bp.summary(), bp.periodisation().id(), bp.sources()),
                start,
                lastDay,
                race,
                profile.units(),
                pain,
                flags,
                rules.redFlags().urgent(),
                bp.education().stream().map(id -> rules.education().get(id)).toList(),
                blocks,
                why.stream().distinct().toList());
    }

    /** The pattern whose last heavy session is too recent for a heavy session on {@code day}, or null. */
    private String tooSoon(List<Program.Prescription> main, Map<String, LocalDate> lastHeavy, LocalDate day) {
        for (Program.Prescription p : main) {
            LocalDate before = lastHeavy.get(p.pattern());
            if (StrengthPlanner.isHeavy(rules, p)
                    && before != null
                    && ChronoUnit.DAYS.between(before, day) * 24
                            < rules.strength().heavyGapHours()) {
                return p.pattern();
            }
        }
        return null;
    }

    /** The last day a run may fall on: some days before race day (policies.yaml taper), or the last day. */
    private static LocalDate lastRunDay(Profile profile, Settings settings, LocalDate lastDay) {
        return profile.race() != null ? lastDay.minusDays(settings.taper().lastRunDaysBefore()) : lastDay;
    }

    private List<Allocation> allocate(Blueprint bp, Profile profile, int totalWeeks, List<Program.Explanation> why) {
        List<Blueprint.Stage> stages = new ArrayList<>(bp.stages());
        if (profile.irritability() != null && bp.irritability().containsKey(profile.irritability())) {
            String first = bp.irritability().get(profile.irritability());
            int from = stages.indexOf(bp.stage(first));
            if (from > 0) {
                why.add(new Program.Explanation(
                        "stages",
                        "starts at stage '" + first + "'",
                        profile.irritability() + " irritability",
                        bp.file() + " irritability; profile " + profile.where("irritability")));
            }
            stages = stages.subList(from, stages.size());
        }
        Blueprint.Stage taper = stages.isEmpty() ? null : stages.get(stages.size() - 1);
        int taperWeeks = 0;
        List<Blueprint.Stage> main = new ArrayList<>(stages);
        if (taper != null && taper.taper()) {
            main.remove(main.size() - 1);
            if (profile.race() != null) {
                taperWeeks = Math.min(rulesTaperWeeks(bp), totalWeeks - 1);
            } else {
                why.add(new Program.Explanation(
                        "stages", "no taper stage", "there is no goal race to taper for", profile.file()));
            }
        }
        int remaining = totalWeeks - taperWeeks;
        List<Allocation> out = new ArrayList<>();
        int[] weeks = new int[main.size()];
        int left = remaining;
        for (int i = 0; i < main.size() && left > 0; i++) {
            weeks[i] = Math.min(main.get(i).weeks().min(), left);
            left -= weeks[i];
        }
        for (int i = 0; i < main.size() && left > 0; i++) {
            if (weeks[i] == 0) {
                break;
            }
            int add = Math.min(left, main.get(i).weeks().max() - weeks[i]);
            weeks[i] += add;
            left -= add;
        }
        int last = -1;
        for (int i = 0; i < main.size(); i++) {
            if (weeks[i] > 0) {
                last = i;
            }
        }
        if (left > 0 && last >= 0) {
            weeks[last] += left;
            why.add(new Program.Explanation(
                    "stages",
                    "stage '" + main.get(last).id() + "' runs " + weeks[last] + " weeks, beyond its "
                            + main.get(last).weeks().display() + ", to fill the program",
                    "the last stage takes the weeks left after every stage has its maximum",
                    bp.file() + ":" + main.get(last).position().line()));
        }
        for (int i = 0; i < main.size(); i++) {
            if (weeks[i] > 0) {
                out.add(new Allocation(main.get(i), weeks[i]));
            } else {
                why.add(new Program.Explanation(
                        "stages",
                        "stage '" + main.get(i).id() + "' is beyond this program's " + totalWeeks + " weeks",
                        "each stage gets its minimum weeks in order; review and extend the program to reach it",
                        bp.file() + ":" + main.get(i).position().line()));
            }
        }
        if (taperWeeks > 0) {
            out.add(new Allocation(taper, taperWeeks));
        }
        if (out.isEmpty()) {
            throw new InputException(Problem.inFile(profile.file(), "the program has no weeks", "check the dates"));
        }
        String summary = String.join(
                ", ", out.stream().map(a -> a.stage().id() + " " + a.weeks()).toList());
        why.add(new Program.Explanation(
                "stages",
                summary + " (weeks)",
                "every stage gets its minimum, the rest is spread in order up to each maximum",
                bp.file()));
        return out;
    }

    private int rulesTaperWeeks(Blueprint bp) {
        return bp.taper() != null ? bp.taper().weeks() : rules.taper().weeks();
    }

    /** The weekdays of a stage's sessions. */
    private record Schedule(
            List<DayOfWeek> strengthDays,
            List<DayOfWeek> plyoDays,
            List<DayOfWeek> runDays,
            List<DayOfWeek> crossDays) {}

    private Schedule schedule(
            Blueprint.Stage stage, Profile profile, Settings settings, List<Program.Explanation> why) {
        String topic = "stage " + stage.id() + ", days";
        // conservative: the stage counts as heavy if any level its slots could reach would use a heavy dose
        boolean heavy = stage.slots().stream()
                .flatMap(slot -> slot.exercises().stream())
                .flatMap(id -> library.exercise(id).orElseThrow().levels().stream())
                .anyMatch(l ->
                        rules.strength().heavyIntents().contains(StrengthPlanner.doseIntent(rules, l, stage.intent())));
        int gap = heavy ? (int) Math.ceil(rules.strength().heavyGapHours() / 24.0) : 1;
        List<DayOfWeek> strengthDays = DayPicker.pick(profile.days(), stage.strengthSessions(), gap);
        if (strengthDays.size() < stage.strengthSessions()) {
            why.add(new Program.Explanation(
                    topic,
                    strengthDays.size() + " strength sessions a week instead of " + stage.strengthSessions(),
                    heavy
                            ? "heavy sessions must be " + rules.strength().heavyGapHours()
                                    + " h apart on the athlete's days"
                            : "only " + profile.days().size() + " available days",
                    "policies.yaml strength.heavy-gap-hours; profile "
                            + profile.where(profile.isTeam() ? "session-days" : "available-days")));
        }
        int plyoGap = (int) Math.ceil(rules.plyometricGapHours() / 24.0);
        List<DayOfWeek> plyoDays = DayPicker.pick(strengthDays, stage.plyometricSessions(), plyoGap);
        int runGap = stage.running().mode() == Blueprint.RunMode.WALK_JOG
                ? rules.returnToRun().minDaysBetween()
                : 1;
        List<DayOfWeek> runDays = DayPicker.pick(profile.days(), stage.running().sessions(), runGap);
        if (stage.running().mode() != Blueprint.RunMode.NONE
                && runDays.size() < stage.running().sessions()) {
            why.add(new Program.Explanation(
                    topic,
                    runDays.size() + " runs a week instead of "
                            + stage.running().sessions(),
                    runGap > 1 ? "walk/jog sessions fall on non-consecutive days" : "not enough available days",
                    "exercise-library/running.yaml return-to-run"));
        }
        List<DayOfWeek> crossDays = List.of();
        if (stage.crossTraining() != null) {
            List<DayOfWeek> free =
                    profile.days().stream().filter(d -> !runDays.contains(d)).toList();
            crossDays = DayPicker.pick(
                    free.isEmpty() ? profile.days() : free,
                    stage.crossTraining().sessions(),
                    1);
        }
        why.add(new Program.Explanation(
                topic,
                "strength " + names(strengthDays)
                        + (plyoDays.isEmpty() ? "" : "; plyometrics " + names(plyoDays))
                        + (runDays.isEmpty() || stage.running().mode() == Blueprint.RunMode.NONE
                                ? ""
                                : "; runs " + names(runDays))
                        + (crossDays.isEmpty() ? "" : "; cross-training " + names(crossDays)),
                "sessions spread as evenly as the available days allow"
                        + (heavy
                                ? ", heavy strength at least "
                                        + rules.strength().heavyGapHours() + " h apart"
                                : ""),
                "profile " + profile.where(profile.isTeam() ? "session-days" : "available-days")));
        return new Schedule(
                strengthDays,
                plyoDays,
                stage.running().mode() == Blueprint.RunMode.NONE ? List.of() : runDays,
                crossDays);
    }

    /**
     * The stage's cross-training session: the blueprint's choice, or the first conditioning exercise whose first
     * level needs only equipment the athlete has; null when there is none.
     */
    private Program.Session crossTraining(Blueprint.Stage stage, Profile profile, List<Program.Explanation> why) {
        Blueprint.CrossTraining c = stage.crossTraining();
        Exercise e = library.exercise(c.exercise()).orElseThrow();
        Level l = e.level(c.level()).orElseThrow();
        if (!profile.equipment().containsAll(l.equipment())) {
            Exercise alt = library.byPattern(e.pattern()).stream()
                    .filter(x ->
                            profile.equipment().containsAll(x.levels().get(0).equipment()))
                    .findFirst()
                    .orElse(null);
            why.add(new Program.Explanation(
                    "stage " + stage.id() + ", cross-training",
                    alt == null ? "left out" : alt.name() + " instead of " + e.name(),
                    e.name() + " needs " + String.join(", ", l.equipment()) + ", which the athlete does not have",
                    profile.where("equipment")));
            if (alt == null) {
                return null;
            }
            e = alt;
            l = alt.levels().get(0);
        }
        Program.Prescription p = Program.Prescription.atFirstDose(e, l);
        return new Program.Session("cross-training", e.name(), false, List.of(p), null);
    }

    private static String names(List<DayOfWeek> days) {
        return String.join(
                ", ",
                days.stream()
                        .map(d -> d.getDisplayName(TextStyle.SHORT, Locale.UK))
                        .toList());
    }
}
