package com.loadwise.plan;

import com.loadwise.library.Exercise;
import com.loadwise.library.ExerciseLibrary;
import com.loadwise.library.Level;
import com.loadwise.library.Wording;
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
        return plan(bp, profile, athlete, null);
    }

    /**
     * The program, or with {@code next} its continuation after a check-in log: planned again from the start with
     * what was actually run in place of the logged weeks' running, the review's levels, running decision and stage
     * length applied at {@code next.fromWeek()}, and only the weeks from there on kept.
     */
    public Program plan(Blueprint bp, Profile profile, Profile.Athlete athlete, Continuation next) {
        List<Program.Explanation> why = new ArrayList<>();
        Settings settings = Settings.of(rules, bp, profile);
        String contact = contact(rules, profile);
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
        List<Review.Adjustment> adjustments = new ArrayList<>();
        java.util.Set<Integer> lighter;
        if (next == null) {
            lighter = lighterWeeks(allocations, settings, bp, why);
        } else {
            // the weeks already done keep the lighter weeks they had; the stages from the new block on may move
            java.util.Set<Integer> before = lighterWeeks(allocations, settings, bp, new ArrayList<>());
            allocations = stagesAfterLog(bp, allocations, next, why, adjustments);
            lighter = new java.util.TreeSet<>();
            for (int n : before) {
                if (n < next.fromWeek()) {
                    lighter.add(n);
                }
            }
            for (int n : lighterWeeks(allocations, settings, bp, why)) {
                if (n >= next.fromWeek()) {
                    lighter.add(n);
                }
            }
            adjustments.addAll(0, next.review().adjustments());
        }

        StrengthPlanner strength = new StrengthPlanner(library, rules, bp, profile, athlete, settings, why);
        RunningPlanner running = new RunningPlanner(rules, settings, profile, bp, why);
        List<Program.StageBlock> blocks = new ArrayList<>();
        Map<String, LocalDate> lastHeavy = new java.util.HashMap<>();
        boolean oneChange = rules.returnToRun() != null
                && rules.returnToRun().oneChangeAWeek().contains(bp.painModel());
        // the previous week's prescription of each exercise, and whether it brought more impact
        Map<String, Program.Prescription> lastWeekRx = new java.util.HashMap<>();
        // the same for the last week that was not lighter: what "more impact" is measured against
        Map<String, Program.Prescription> lastWorkingRx = new java.util.HashMap<>();
        boolean lastWeekImpactUp = false;
        int lastWeekContacts = 0;
        int week = 1;
        boolean stepDownRung = false;
        // a re-plan's step-ups not yet carried out: each waits for a week that allows it (not lighter, not taper,
        // and for a jumping one not a week that holds the impact)
        Map<String, String> pendingUps = new java.util.HashMap<>();
        for (Allocation alloc : allocations) {
            Blueprint.Stage stage = alloc.stage();
            Schedule schedule = schedule(stage, profile, settings, why);
            if (next != null && week == next.fromWeek()) {
                // a stage that starts with the block carries on from where the log left each ladder; the review's
                // step-ups follow as in any week (they wait for a week that allows them)
                strength.carryOn(next.current());
            }
            List<StrengthPlanner.ActiveSlot> slots = strength.startStage(stage);
            Program.Session crossTraining =
                    stage.crossTraining() == null ? null : crossTraining(bp, stage, profile, why);
            List<Program.Week> weeks = new ArrayList<>();
            for (int k = 1; k <= alloc.weeks(); k++, week++) {
                LocalDate weekStart = start.plusDays(7L * (week - 1));
                LocalDate weekEnd = weekStart.plusDays(6).isAfter(lastDay) ? lastDay : weekStart.plusDays(6);
                int taperWeek = stage.taper() ? k : 0;
                // one cadence of lighter weeks: strength deloads and running steps back in the same week
                boolean deload = taperWeek == 0 && lighter.contains(week);
                boolean stepBack = deload && stage.running().mode() == Blueprint.RunMode.CONTINUOUS;
                // a re-plan's first week: the review's levels and running decision
                java.util.Set<String> resumed = new java.util.HashSet<>();
                boolean runHold = false;
                if (next != null && week == next.fromWeek()) {
                    // holds and step-downs now; step-ups once this week's impact and running are decided (below)
                    resumed.addAll(strength.resume(stage, slots, next.levels(), next.log(), true, pendingUps));
                    boolean hasRuns = stage.running().mode() != Blueprint.RunMode.NONE;
                    if (hasRuns && "down".equals(next.running())) {
                        if (stage.running().mode() == Blueprint.RunMode.WALK_JOG) {
                            replanRunning(why, week, next.log(), "the walk/jog ladder goes back one rung");
                            stepDownRung = true;
                        } else {
                            stepBack = true;
                            replanRunning(why, week, next.log(), "a step-back week of running");
                        }
                        runHold = true;
                    } else if (hasRuns && "hold".equals(next.running())) {
                        runHold = true;
                        replanRunning(why, week, next.log(), "running held at last week's minutes as run");
                    }
                }
                double taperFractionNow = taperWeek == 0
                        ? 0
                        : taperWeek / (double) settings.taper().weeks();
                List<StrengthPlanner.ActiveSlot> impactSlots = slots.stream()
                        .filter(a -> a.section.equals("main")
                                && !a.position.level().impact().id().equals("none"))
                        .toList();
                // under a one-change pain model, a week raises either the impact or the running, never both
                boolean impactWeek = false;
                boolean holdImpact = false;
                if (oneChange && !deload && taperWeek == 0 && !impactSlots.isEmpty()) {
                    boolean wants = false;
                    for (StrengthPlanner.ActiveSlot a : impactSlots) {
                        Program.Prescription before = lastWorkingRx.get(a.position.exercise.id());
                        Program.Prescription now = strength.preview(stage, a, k, alloc.weeks(), taperFractionNow);
                        wants |= before == null
                                || !before.level().equals(now.level())
                                || strength.wouldClimb(stage, a)
                                || pendingUps.containsKey(a.position.exercise.id())
                                || StrengthPlanner.contacts(now) > StrengthPlanner.contacts(before);
                    }
                    if (wants && !lastWeekImpactUp) {
                        impactWeek = true;
                        why.add(new Program.Explanation(
                                "week " + week + ", running",
                                "running held: this week brings more impact (jumping)",
                                "under the " + bp.painModel() + " pain model running and impact never rise in the"
                                        + " same week",
                                "exercise-library/running.yaml return-to-run.one-change-a-week"));
                    } else if (wants) {
                        holdImpact = true;
                        why.add(new Program.Explanation(
                                "week " + week + ", plyometrics",
                                "jumping held at last week's level and contacts; new jumping exercises wait",
                                "under the " + bp.painModel() + " pain model running and impact never rise in the"
                                        + " same week, and last week raised the impact",
                                "exercise-library/running.yaml return-to-run.one-change-a-week"));
                    }
                }
                if (deload) {
                    why.add(new Program.Explanation(
                            "week " + week,
                            "deload: strength sets cut by " + settings.deload().volumeCut() + "%, "
                                    + settings.deload().rirIncrease() + " more reps in reserve, same exercises",
                            "every " + settings.deload().every() + " weeks",
                            settings.deloadSource()));
                }
                if (next != null && !pendingUps.isEmpty()) {
                    // the review's step-ups: not in a lighter or taper week, and a jumping one not in a week that
                    // holds the impact (one change a week); each waits for the next week that allows it
                    Map<String, String> now = new java.util.HashMap<>();
                    for (StrengthPlanner.ActiveSlot a : slots) {
                        String id = a.position.exercise.id();
                        if (pendingUps.containsKey(id)
                                && !deload
                                && taperWeek == 0
                                && !(holdImpact && impactSlots.contains(a))) {
                            now.put(id, pendingUps.get(id));
                        }
                    }
                    if (!now.isEmpty()) {
                        resumed.addAll(
                                strength.resume(stage, slots, now, next.log(), false, new java.util.HashMap<>()));
                        pendingUps.keySet().removeAll(now.keySet());
                    }
                    for (StrengthPlanner.ActiveSlot a : slots) {
                        String id = a.position.exercise.id();
                        if (!pendingUps.containsKey(id)) {
                            continue;
                        }
                        resumed.add(id);
                        why.add(new Program.Explanation(
                                "week " + week + ", re-plan",
                                a.position.exercise.name() + ": the review's step-up waits",
                                deload || taperWeek > 0
                                        ? "a lighter week moves no level up"
                                        : "running and impact never rise in the same week",
                                next.log()));
                    }
                }
                if (k > 1 || week > 1) {
                    for (StrengthPlanner.ActiveSlot a : slots) {
                        if (!deload
                                && taperWeek == 0
                                && !(holdImpact && impactSlots.contains(a))
                                && !resumed.contains(a.position.exercise.id())) {
                            strength.climb(stage, a, week);
                        }
                    }
                }
                // a lighter week brings no exercise that was not in the week before, nor does a held-impact week
                // bring a new jumping exercise; each waits for the next week
                java.util.Set<StrengthPlanner.ActiveSlot> waiting = new java.util.HashSet<>();
                for (StrengthPlanner.ActiveSlot a : slots) {
                    boolean isNew = !lastWeekRx.containsKey(a.position.exercise.id());
                    if (week > 1 && isNew && (deload || (holdImpact && impactSlots.contains(a)))) {
                        waiting.add(a);
                        why.add(new Program.Explanation(
                                "week " + week + ", " + a.position.exercise.name(),
                                "starts next week",
                                deload
                                        ? "a lighter week adds no new exercise"
                                        : "running and impact never rise in the same week",
                                deload
                                        ? settings.deloadSource()
                                        : "exercise-library/running.yaml" + " return-to-run.one-change-a-week"));
                    }
                }
                List<LocalDate> dates = new ArrayList<>();
                for (LocalDate d = weekStart; !d.isAfter(weekEnd); d = d.plusDays(1)) {
                    dates.add(d);
                }
                double taperFraction = taperWeek == 0
                        ? 0
                        : taperWeek / (double) settings.taper().weeks();
                if (stepDownRung) {
                    running.stepDownRung();
                    stepDownRung = false;
                }
                Map<LocalDate, Program.Run> runs = running.plan(
                        stage,
                        schedule.runDays,
                        dates,
                        week,
                        stepBack,
                        deload || impactWeek || runHold,
                        taperWeek,
                        lastRunDay(profile, settings, lastDay),
                        k == 1);
                if (next != null && week >= next.firstLoggedWeek() && week < next.fromWeek()) {
                    // what was run stands in for what was planned: the caps after it come from it
                    // the runs the program gave on those days, as done (or not): not the replay's own plan of them
                    Map<LocalDate, Integer> ran = new java.util.TreeMap<>();
                    Map<LocalDate, Program.Run> given = new java.util.TreeMap<>();
                    for (LocalDate d : dates) {
                        if (next.given().containsKey(d)) {
                            ran.put(d, next.runs().getOrDefault(d, 0));
                            given.put(d, next.given().get(d));
                        }
                    }
                    running.actual(
                            dates,
                            ran,
                            given,
                            next.weekMinutes().getOrDefault(week, 0),
                            next.longestRun().getOrDefault(week, 0),
                            stepBack,
                            taperWeek > 0);
                }
                List<Program.Day> days = new ArrayList<>();
                int impactBudget = lastWeekContacts;
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
                            if (waiting.contains(a)) {
                                continue;
                            }
                            Program.Prescription p = strength.prescribe(
                                    stage, a, k, alloc.weeks(), strengthIndex, deload, taperFraction);
                            Program.Prescription before =
                                    (deload ? lastWeekRx : lastWorkingRx).get(a.position.exercise.id());
                            if ((deload || holdImpact)
                                    && impactSlots.contains(a)
                                    && before != null
                                    && StrengthPlanner.contacts(p) > StrengthPlanner.contacts(before)) {
                                // never more landings than the week before in a lighter or held week
                                p = deload
                                        ? strength.atMostContacts(p, StrengthPlanner.contacts(before))
                                        : StrengthPlanner.with(p, before.sets(), before.reps(), p.rir());
                            }
                            boolean isPlyo = a.slot.pattern().equals("plyometric") && a.section.equals("main");
                            boolean placed = !isPlyo || schedule.plyoDays.contains(d.getDayOfWeek());
                            if (deload && placed && !p.impact().equals("none") && p.reps() != null) {
                                // a lighter week never lands more often than the week before, over all sessions
                                if (impactBudget <= 0) {
                                    continue;
                                }
                                p = strength.atMostContacts(p, impactBudget);
                                if (StrengthPlanner.contacts(p) > impactBudget) {
                                    continue;
                                }
                                impactBudget -= StrengthPlanner.contacts(p);
                            }
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
                                        null,
                                        null)));
                    }
                    days.add(new Program.Day(
                            d, d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.UK), List.copyOf(sessions)));
                }
                for (StrengthPlanner.ActiveSlot a : slots) {
                    if (!deload && taperWeek == 0 && !waiting.contains(a)) {
                        a.position.weeksAtLevel++;
                    }
                }
                Map<String, Program.Prescription> thisWeekRx = new java.util.HashMap<>();
                lastWeekContacts = 0;
                int impactNow = 0;
                int impactBefore = 0;
                boolean newImpact = false;
                for (Program.Day day : days) {
                    for (Program.Session sn : day.sessions()) {
                        for (Program.Prescription p : sn.items()) {
                            thisWeekRx.putIfAbsent(p.exercise(), p);
                            if (!p.impact().equals("none")) {
                                lastWeekContacts += StrengthPlanner.contacts(p);
                            }
                        }
                    }
                }
                for (Program.Prescription p : thisWeekRx.values()) {
                    if (!p.impact().equals("none")) {
                        Program.Prescription b = lastWorkingRx.get(p.exercise());
                        newImpact |= b == null || !b.level().equals(p.level());
                        impactNow += StrengthPlanner.contacts(p);
                        impactBefore += b == null ? 0 : StrengthPlanner.contacts(b);
                    }
                }
                // a lighter week changes nothing: the week after it raises what the week before it did not
                if (!deload) {
                    lastWeekImpactUp = newImpact || impactNow > impactBefore;
                    lastWorkingRx = thisWeekRx;
                }
                lastWeekRx = thisWeekRx;
                if (next == null || week >= next.fromWeek()) {
                    weeks.add(new Program.Week(
                            week, weekStart, weekEnd, deload, stepBack, taperWeek > 0, sets, runMinutes, days));
                }
            }
            strength.endStage(slots);
            if (weeks.isEmpty()) {
                continue;
            }
            blocks.add(new Program.StageBlock(
                    allocations.indexOf(alloc) + 1,
                    stage.id(),
                    stage.name(),
                    stage.purpose(),
                    stage.subtitle(),
                    stage.intent().id(),
                    weeks.get(0).number(),
                    weeks.get(weeks.size() - 1).number(),
                    personal(stage.entry(), contact),
                    personal(stage.exit(), contact),
                    Wording.personal(
                            rules.painModels()
                                    .get(bp.painModel())
                                    .afterFlare(weeks.stream()
                                            .flatMap(w -> w.days().stream())
                                            .flatMap(d -> d.sessions().stream())
                                            .anyMatch(x -> x.run() != null)),
                            contact),
                    weeks));
        }
        boolean hasRunning = blocks.stream()
                .flatMap(b -> b.weeks().stream())
                .flatMap(w -> w.days().stream())
                .flatMap(d -> d.sessions().stream())
                .anyMatch(x -> x.run() != null);
        Rules.PainModel pain = rules.painModels().get(bp.painModel()).personal(contact);
        if (!hasRunning) {
            pain = pain.withoutRunning();
        }
        List<String> flags =
                Rules.RedFlags.select(rules.redFlags().flags(), bp.painModel(), profile.kind(), hasRunning, contact);
        List<String> urgent =
                Rules.RedFlags.select(rules.redFlags().urgent(), bp.painModel(), profile.kind(), hasRunning, contact);
        Program.RaceInfo race = null;
        if (profile.race() != null) {
            Rules.Race r = rules.races().get(profile.race().race());
            race = new Program.RaceInfo(
                    r.id(),
                    profile.race().name() != null ? profile.race().name() : r.name(),
                    r.km(),
                    profile.race().date());
        }
        Program.RunningAfter after = race == null ? runningAfter(blocks, profile.running(), settings) : null;
        if (after != null) {
            why.add(new Program.Explanation(
                    "after the plan",
                    "running ends at " + after.minutes() + " min (week " + after.week() + ") of the usual "
                            + after.usualMinutes() + " min a week",
                    "build back under the weekly cap, the single-run guardrail and the lighter-week cadence",
                    settings.weeklyCapSource() + "; policies.yaml running.single-run-cap; " + settings.deloadSource()));
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
                next == null ? start : next.from(),
                lastDay,
                race,
                profile.units(),
                pain,
                contact,
                flags,
                urgent,
                bp.education().stream()
                        .map(id -> rules.education().get(id).personal(contact))
                        .toList(),
                blocks,
                after,
                next == null ? List.of() : waited(adjustments, pendingUps),
                (next == null ? why : carriedOn(why, next)).stream().distinct().toList());
    }

    /**
     * Where the running stands at the end against the runner's usual week ({@code now}), when the program's last full
     * week of running is below it; null otherwise (no usual week, no running, or back at it already).
     */
    static Program.RunningAfter runningAfter(
            List<Program.StageBlock> blocks, Profile.RunningNow now, Settings settings) {
        if (now == null || now.weeklyMinutes() <= 0) {
            return null;
        }
        Program.Week last = null;
        for (Program.StageBlock b : blocks) {
            for (Program.Week w : b.weeks()) {
                if (!w.deload() && !w.stepBack() && !w.taper() && w.runMinutes() > 0) {
                    last = w;
                }
            }
        }
        if (last == null || last.runMinutes() >= now.weeklyMinutes()) {
            return null;
        }
        Rules.RunningPolicy p = settings.running();
        return new Program.RunningAfter(
                last.number(),
                last.runMinutes(),
                now.weeklyMinutes(),
                p.weeklyCap(),
                p.singleRunCap() - 100,
                p.lookbackDays(),
                settings.deload().every());
    }

    /**
     * The decisions as the block carried them out: a step-up still waiting when the block ends (its weeks left were
     * all lighter or taper weeks, held the impact, or are of stages without the exercise) holds.
     */
    private static List<Review.Adjustment> waited(List<Review.Adjustment> adjustments, Map<String, String> pending) {
        List<Review.Adjustment> out = new ArrayList<>();
        for (Review.Adjustment a : adjustments) {
            if (a.subject().equals("exercise") && a.change().equals("up") && pending.containsKey(a.id())) {
                Review.Reason why = Review.Reason.of("waits", a.why());
                a = new Review.Adjustment(
                        a.subject(),
                        a.id(),
                        a.name(),
                        a.from(),
                        a.from(),
                        "hold",
                        a.rule() + "; no week left in the block moves it up (lighter or taper weeks, impact held, or"
                                + " stages without it)",
                        why.english(),
                        a.entries(),
                        a.fromLevel(),
                        a.fromLevel(),
                        a.criteriaMet(),
                        why);
            }
            out.add(a);
        }
        return out;
    }

    /** A re-plan's explanations: the re-plan's own first, then those of the new block's weeks. */
    private static List<Program.Explanation> carriedOn(List<Program.Explanation> why, Continuation next) {
        List<Program.Explanation> out = new ArrayList<>();
        out.add(new Program.Explanation(
                "re-plan",
                "from week " + next.fromWeek() + " (" + next.from() + "), the week after the last logged one",
                "a re-plan carries on from the check-in log: the weeks logged are not planned again",
                next.log()));
        for (Program.Explanation e : why) {
            if (e.topic().startsWith("re-plan")) {
                out.add(e);
            }
        }
        for (Program.Explanation e : why) {
            java.util.regex.Matcher m = WEEK.matcher(e.topic());
            if (!e.topic().startsWith("re-plan")
                    && (!m.lookingAt() || Integer.parseInt(m.group(1)) >= next.fromWeek())) {
                out.add(e);
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern WEEK = java.util.regex.Pattern.compile("week (\\d+)");

    /**
     * The lighter (deload and running step-back) weeks: every {@code deload.every}th week before any taper, moved one
     * week earlier when it would open a stage, so that a stage starts on a working week and a lighter week never
     * brings new exercises or a new stage's step-ups.
     */
    private static void replanRunning(List<Program.Explanation> why, int week, String log, String decision) {
        why.add(new Program.Explanation(
                "re-plan, running",
                "week " + week + ": " + decision,
                "the review of the check-in log: pain during or after the runs, and the morning after any session,"
                        + " against the pain model (exercise-library/pain-models.yaml)",
                log));
    }

    /**
     * A re-plan's stages: the stage of the last logged week ends early when the log shows its exit criteria met
     * (and it has had its minimum weeks), the weeks it leaves going to the stages after it up to their maximum; it is
     * extended by a week when the log shows them not met as it ends (up to its maximum, the week taken from a later
     * stage that has one above its minimum). Weeks already done never move.
     */
    private List<Allocation> stagesAfterLog(
            Blueprint bp,
            List<Allocation> planned,
            Continuation next,
            List<Program.Explanation> why,
            List<Review.Adjustment> adjustments) {
        List<Allocation> out = new ArrayList<>(planned);
        int lastLogged = next.fromWeek() - 1;
        int first = 1;
        int i = 0;
        while (i < out.size() && first + out.get(i).weeks() - 1 < lastLogged) {
            first += out.get(i).weeks();
            i++;
        }
        Allocation current = out.get(i);
        Blueprint.Stage stage = current.stage();
        int done = lastLogged - first + 1;
        int remaining = current.weeks() - done;
        String source = bp.file() + ":" + stage.position().line() + " weeks "
                + stage.weeks().display();
        String change = "as-planned";
        String decision = current.weeks() + " weeks, as planned";
        if (!stage.taper() && Boolean.TRUE.equals(next.stageReady()) && remaining > 0) {
            if (done < stage.weeks().min()) {
                decision = "runs its minimum of " + stage.weeks().min() + " weeks before it can end";
            } else {
                int left = remaining;
                for (int j = i + 1; j < out.size() && left > 0; j++) {
                    Allocation a = out.get(j);
                    if (!a.stage().taper()) {
                        int add = Math.min(left, a.stage().weeks().max() - a.weeks());
                        out.set(j, new Allocation(a.stage(), a.weeks() + add));
                        left -= add;
                    }
                }
                // stages the plan had no room for
                List<Blueprint.Stage> stages = bp.stages();
                int lastMain = i;
                for (int j = 0; j < out.size(); j++) {
                    if (!out.get(j).stage().taper()) {
                        lastMain = j;
                    }
                }
                for (int k = stages.indexOf(out.get(lastMain).stage()) + 1;
                        k < stages.size() && left > 0 && !stages.get(k).taper();
                        k++) {
                    int add = Math.min(left, stages.get(k).weeks().max());
                    out.add(++lastMain, new Allocation(stages.get(k), add));
                    left -= add;
                }
                if (left == remaining) {
                    decision = "keeps its " + current.weeks() + " weeks: no later stage has room for more";
                } else {
                    out.set(i, new Allocation(stage, done + left));
                    change = "ends-early";
                    decision = "ends after " + (done + left) + " of its planned " + current.weeks() + " weeks";
                }
            }
        } else if (!stage.taper() && Boolean.FALSE.equals(next.stageReady()) && remaining == 0) {
            if (done >= stage.weeks().max()) {
                decision = "has had its maximum of " + stage.weeks().max() + " weeks; it ends as planned";
            } else {
                // policies.yaml replan.extend-weeks, up to the stage's own maximum, a week at a time from later stages
                int want = Math.min(rules.replan().extendWeeks(), stage.weeks().max() - current.weeks());
                java.util.Set<String> donors = new java.util.LinkedHashSet<>();
                int got = 0;
                while (got < want) {
                    int from = -1;
                    for (int j = i + 1; j < out.size() && from < 0; j++) {
                        Allocation a = out.get(j);
                        if (!a.stage().taper() && a.weeks() > a.stage().weeks().min()) {
                            from = j;
                        }
                    }
                    for (int j = out.size() - 1; j > i && from < 0; j--) {
                        // none has a week to spare: the last stage gives one, and its remaining weeks follow at the
                        // next review
                        if (!out.get(j).stage().taper() && out.get(j).weeks() > 1) {
                            from = j;
                        }
                    }
                    if (from < 0) {
                        break;
                    }
                    Allocation a = out.get(from);
                    out.set(from, new Allocation(a.stage(), a.weeks() - 1));
                    donors.add(a.stage().id());
                    got++;
                }
                if (got == 0) {
                    decision = "cannot be extended: no later stage has a week to give";
                } else {
                    out.set(i, new Allocation(stage, current.weeks() + got));
                    change = "extended";
                    String from =
                            donors.stream().map(d -> "'" + d + "'").collect(java.util.stream.Collectors.joining(", "));
                    decision = got == 1
                            ? "extended by a week, to " + (current.weeks() + 1) + " weeks (stage " + from
                                    + " one week shorter)"
                            : "extended by " + got + " weeks, to " + (current.weeks() + got)
                                    + " weeks (taken from stage " + from + ")";
                }
            }
        }
        why.add(new Program.Explanation("re-plan, stage " + stage.id(), decision, next.stageReason(), source));
        adjustments.add(new Review.Adjustment(
                "stage",
                stage.id(),
                stage.name(),
                current.weeks() + " weeks",
                out.get(i).weeks() + " weeks",
                change,
                next.stageReason() + " (" + source + ")",
                decision,
                next.stageEntries()));
        return out;
    }

    private static java.util.Set<Integer> lighterWeeks(
            List<Allocation> allocations, Settings settings, Blueprint bp, List<Program.Explanation> why) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        int lastMain = 0;
        int w = 1;
        for (Allocation a : allocations) {
            starts.add(w);
            w += a.weeks();
            if (!a.stage().taper()) {
                lastMain = w - 1;
            }
        }
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        int every = settings.deload().every();
        boolean taperFollows = allocations.get(allocations.size() - 1).stage().taper();
        for (int n = every; n <= lastMain; n += every) {
            if (taperFollows && n == lastMain) {
                // the taper that follows is lighter by itself, and must start below a full week
                why.add(new Program.Explanation(
                        "week " + n,
                        "no lighter week: the taper starts next week",
                        "a taper cuts the running from the last full week",
                        settings.deloadSource()));
                continue;
            }
            int chosen = n;
            if (starts.contains(n) && n - 1 > 1 && !starts.contains(n - 1) && !out.contains(n - 1)) {
                chosen = n - 1;
                why.add(new Program.Explanation(
                        "week " + chosen,
                        "lighter week one week early (instead of week " + n + ")",
                        "week " + n + " opens a stage; a stage starts on a working week",
                        settings.deloadSource()));
            }
            out.add(chosen);
        }
        return out;
    }

    /**
     * Whom the handout tells the reader to contact: the phrase of red-flags.yaml for the profile's kind of user,
     * depending on whether the profile names a clinician (a coach for a team).
     */
    static String contact(Rules rules, Profile profile) {
        return rules.redFlags().contactFor(profile.kind(), profile.clinician() != null);
    }

    private static List<Criterion> personal(List<Criterion> criteria, String contact) {
        return criteria.stream()
                .map(c -> new Criterion(Wording.personal(c.text(), contact), c.painMax()))
                .toList();
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
        int runGap = RunningPlanner.minDaysBetween(rules, stage);
        List<DayOfWeek> runDays = DayPicker.pick(profile.days(), stage.running().sessions(), runGap);
        if (stage.running().mode() != Blueprint.RunMode.NONE
                && runDays.size() < stage.running().sessions()) {
            why.add(new Program.Explanation(
                    topic,
                    runDays.size() + " runs a week instead of "
                            + stage.running().sessions(),
                    runGap > 1 ? "runs fall on non-consecutive days in this stage" : "not enough available days",
                    stage.running().minDaysBetween() != null
                            ? "blueprint stage " + stage.id() + " running.min-days-between"
                            : "exercise-library/running.yaml return-to-run"));
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
    private Program.Session crossTraining(
            Blueprint bp, Blueprint.Stage stage, Profile profile, List<Program.Explanation> why) {
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
        Program.Prescription p = Program.Prescription.atFirstDose(
                e, l, rules.painModels().get(bp.painModel()).limits(), contact(rules, profile));
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
