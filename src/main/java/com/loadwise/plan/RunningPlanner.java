package com.loadwise.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Weekly running: the walk/jog ladder, then continuous running built under three caps — the weekly cap, the
 * two-week ceiling and the single-run guardrail (no run longer than a set share of the longest run of the previous
 * days) — with step-back weeks and the taper.
 */
final class RunningPlanner {

    private final Rules rules;
    private final Settings settings;
    private final Profile profile;
    private final Blueprint blueprint;
    private final List<Program.Explanation> why;
    /** Minutes run on each day so far (the profile's longest recent run counts as the day before the start). */
    private final TreeMap<LocalDate, Integer> history = new TreeMap<>();
    /** Weekly minutes so far; the profile's current weekly running stands for the weeks before the start. */
    private final List<Integer> weeks = new ArrayList<>();

    private int ladderSessions;
    private int baseline;
    /** The last week that was neither a step-back nor a taper week: what "hold" holds. */
    private int lastRegular;

    private Integer preTaperVolume;
    /** Rung of the walk/jog ladder last used (-1 before the first). */
    private int lastRung = -1;
    /** Rung of the walk/jog ladder last run as a whole session (what a held week holds to), or -1. */
    private int lastWhole = -1;
    /** The rung of every walk/jog session so far, and of the whole ones, by day (a re-plan puts in what was done). */
    private final TreeMap<LocalDate, Integer> rungOn = new TreeMap<>();

    private final TreeMap<LocalDate, Integer> whole = new TreeMap<>();
    /** Longest easy, long or continuous run so far (for a stage's speed-after-minutes). */
    private int longestEasy;
    /** Quality runs so far in the current stage (which of its types comes next). */
    private int stageQuality;
    /** The quality run types planned so far. */
    private final java.util.Set<String> qualitySeen = new java.util.HashSet<>();
    /** Most minutes of hard work in one quality run before any taper. */
    private int maxWork;
    /** The hard minutes of each quality run before any taper, by day (a re-plan takes back the runs not done). */
    private final TreeMap<LocalDate, Integer> workOn = new TreeMap<>();
    /**
     * The walk/jog sessions that counted towards the next rung: their rung by date (a re-plan takes back the ones not
     * done and counts the rest again, rung by rung).
     */
    private final TreeMap<LocalDate, Integer> counted = new TreeMap<>();

    RunningPlanner(
            Rules rules, Settings settings, Profile profile, Blueprint blueprint, List<Program.Explanation> why) {
        this.rules = rules;
        this.settings = settings;
        this.profile = profile;
        this.blueprint = blueprint;
        this.why = why;
        Profile.RunningNow now = profile.running();
        int weekly = now == null ? 0 : now.weeklyMinutes();
        weeks.add(weekly);
        weeks.add(weekly);
        baseline = weekly;
        lastRegular = weekly;
        if (now != null && now.longestRunMinutes() > 0) {
            history.put(profile.start().minusDays(1), now.longestRunMinutes());
        }
    }

    /** Minutes of running in the most recent week planned (or the profile's week before the start). */
    int lastWeek() {
        return weeks.get(weeks.size() - 1);
    }

    /** At least this many days from one run to the next in {@code stage} (1 allows back-to-back days). */
    static int minDaysBetween(Rules rules, Blueprint.Stage stage) {
        Blueprint.RunningStage r = stage.running();
        if (r.minDaysBetween() != null) {
            return r.minDaysBetween();
        }
        return r.mode() == Blueprint.RunMode.WALK_JOG ? rules.returnToRun().minDaysBetween() : 1;
    }

    /**
     * Plans one week's runs.
     *
     * @param days the run days chosen for the stage, in week order
     * @param dates the dates of this week, Monday-first order not assumed
     * @param stepBack a step-back (lighter) week of continuous running
     * @param hold running may not rise above last week (a lighter week, or a week that raises the impact); the
     *     walk/jog ladder does not move up
     * @param taperWeek 0 outside a taper, else 1..n
     * @param lastDay no run after this date (race day: the race itself is not planned here)
     * @param firstWeekOfStage the stage's first week
     * @return runs by date
     */
    Map<LocalDate, Program.Run> plan(
            Blueprint.Stage stage,
            List<DayOfWeek> days,
            List<LocalDate> dates,
            int weekNumber,
            boolean stepBack,
            boolean hold,
            int taperWeek,
            LocalDate lastDay,
            boolean firstWeekOfStage) {
        Map<LocalDate, Program.Run> runs = new LinkedHashMap<>();
        Blueprint.RunningStage r = stage.running();
        if (firstWeekOfStage) {
            stageQuality = 0;
        }
        int gap = minDaysBetween(rules, stage);
        List<LocalDate> scheduled = dates.stream()
                .filter(d -> days.contains(d.getDayOfWeek()))
                .sorted()
                .toList();
        List<LocalDate> runDates = new ArrayList<>();
        for (LocalDate d : scheduled) {
            if (d.isAfter(lastDay)) {
                continue;
            }
            // the gap holds across weeks and stages too (a Sunday run, then a new stage's Monday)
            LocalDate before = history.isEmpty() ? null : history.lastKey();
            LocalDate prevPlanned = runDates.isEmpty() ? before : runDates.get(runDates.size() - 1);
            if (r.mode() != Blueprint.RunMode.NONE
                    && prevPlanned != null
                    && !prevPlanned.isBefore(profile.start())
                    && d.toEpochDay() - prevPlanned.toEpochDay() < gap) {
                why.add(new Program.Explanation(
                        "week " + weekNumber + ", running",
                        "no run on " + d + ": the run before was on " + prevPlanned,
                        "at least " + gap + " days from one run to the next in this stage",
                        r.minDaysBetween() != null
                                ? blueprint.file() + ":" + stage.position().line() + " running.min-days-between"
                                : "exercise-library/running.yaml return-to-run.min-days-between"));
                continue;
            }
            runDates.add(d);
        }
        if (r.mode() == Blueprint.RunMode.NONE || runDates.isEmpty()) {
            weeks.add(0);
            return runs;
        }
        if (r.mode() == Blueprint.RunMode.WALK_JOG) {
            List<Rules.WalkJog> ladder = rules.returnToRun().levels();
            int weekCap = weekCap();
            if (hold) {
                weekCap = Math.min(weekCap, lastWeek() > 0 ? lastWeek() : weekCap);
            }
            int total = 0;
            boolean shortened = false;
            boolean held = false;
            for (LocalDate d : runDates) {
                int due = Math.min(ladderSessions / rules.returnToRun().repeatEachLevel(), ladder.size() - 1);
                int rung = due;
                // a held week goes no further than the last whole session: a rung only tasted, cut short by the
                // caps, is not yet a rung done (found by ReplanTest: a lighter week ran a rung in full that the week
                // before had only cut short)
                int holdAt = lastWhole >= 0 ? lastWhole : lastRung;
                if (hold && holdAt >= 0 && due > holdAt) {
                    rung = holdAt;
                    held = true;
                }
                int limit = Math.min(singleRunCap(d), weekCap - total);
                Rules.WalkJog wj = fit(ladder.get(rung), limit);
                // a rung that does not fit under the caps is not climbed: the one below it is repeated
                while (wj == null && rung > 0) {
                    rung--;
                    wj = fit(ladder.get(rung), limit);
                    held = true;
                }
                if (wj == null) {
                    shortened = true;
                    continue;
                }
                shortened |= wj != ladder.get(rung);
                // only a whole session of the rung due counts towards the next: one cut short by the caps does not
                // (the ladder climbed while the sessions shrank, up to a 1-minute "continuous run"; EngineInvariants)
                if (rung == due && wj == ladder.get(rung)) {
                    ladderSessions++;
                    counted.put(d, rung);
                }
                lastRung = rung;
                rungOn.put(d, rung);
                if (wj == ladder.get(rung)) {
                    lastWhole = rung;
                    whole.put(d, rung);
                }
                runs.put(d, walkJog(wj));
                history.put(d, wj.totalMinutes());
                if (wj.continuous()) {
                    longestEasy = Math.max(longestEasy, wj.totalMinutes());
                }
                total += wj.totalMinutes();
            }
            if (held) {
                why.add(new Program.Explanation(
                        "week " + weekNumber + ", walk/jog",
                        "the ladder holds at level " + (lastRung + 1) + " of " + ladder.size(),
                        "a lighter week, or a week that raises the impact, does not move the walk/jog ladder up",
                        settings.deloadSource()));
            }
            if (shortened) {
                why.add(new Program.Explanation(
                        "week " + weekNumber + ", walk/jog",
                        "sessions shortened or left out (" + total + " min this week)",
                        "no session may exceed " + settings.running().singleRunCap() + "% of the longest run of the"
                                + " previous " + settings.running().lookbackDays() + " days, nor the week "
                                + settings.running().weeklyCap() + "% over the week before",
                        settings.weeklyCapSource() + "; policies.yaml running.single-run-cap"));
            }
            weeks.add(total);
            baseline = Math.max(baseline, total);
            lastRegular = total;
            return runs;
        }
        // the week's quality run: none in a lighter week; none before the stage's duration target is reached
        String quality = stepBack ? null : quality(r.types());
        if (quality != null && r.speedAfterMinutes() != null && longestEasy < r.speedAfterMinutes()) {
            why.add(new Program.Explanation(
                    "week " + weekNumber + ", running",
                    "no " + rules.runTypes().get(quality).name().toLowerCase(java.util.Locale.ROOT) + " yet",
                    "duration before speed: no faster running until an easy run of " + r.speedAfterMinutes()
                            + " minutes has been run (longest so far " + longestEasy + ")",
                    blueprint.file() + ":" + stage.position().line() + " running.speed-after-minutes"));
            quality = null;
        }
        // the week a quality run first appears, the volume holds: one change at a time
        boolean qualityIntro = quality != null && !qualitySeen.contains(quality) && taperWeek == 0;
        int volume =
                target(stage, weekNumber, stepBack, hold || qualityIntro, taperWeek, firstWeekOfStage, runDates.size());
        if (qualityIntro) {
            why.add(new Program.Explanation(
                    "week " + weekNumber + ", running",
                    "first " + rules.runTypes().get(quality).name().toLowerCase(java.util.Locale.ROOT)
                            + " of the stage: running held at last week's minutes",
                    "change one variable at a time: speed or volume, not both",
                    "training-rules.md §4; " + blueprint.file() + ":"
                            + stage.position().line()));
        }
        List<LocalDate> planned = new ArrayList<>(runDates);
        // in a taper each run is cut, not the number of runs: the runs after the last run day are simply not run
        int shares = taperWeek > 0 ? Math.max(planned.size(), days.size()) : planned.size();
        // fewer, longer runs when the week's minutes cannot give every run the shortest useful length
        while (planned.size() > 1 && volume / shares < rules.running().minRunMinutes()) {
            planned.remove(0);
            shares = Math.max(planned.size(), shares - 1);
        }
        if (taperWeek > 0) {
            volume = Math.min(volume, volume / shares * planned.size());
        }
        int total = 0;
        boolean hasLong = r.types().contains("long") && planned.size() >= 2;
        LocalDate longDay = hasLong ? planned.get(planned.size() - 1) : null;
        LocalDate qualityDay = quality == null ? null : qualityDay(planned, longDay);
        if (quality != null && qualityDay == null) {
            quality = null;
        }
        Map<LocalDate, Integer> minutes = new TreeMap<>();
        int remaining = volume;
        int easyMax = Integer.MAX_VALUE;
        // a taper cuts each run: none is longer than the longest of the week before, even when the week has fewer
        // runs than that one (found by EngineInvariants seed 1158: five 19-min runs, then a taper week of 20-min runs)
        int taperMax = Integer.MAX_VALUE;
        if (taperWeek > 0 && !dates.isEmpty()) {
            LocalDate first = dates.get(0);
            taperMax = history.subMap(first.minusDays(7), true, first, false).values().stream()
                    .mapToInt(Integer::intValue)
                    .max()
                    .orElse(Integer.MAX_VALUE);
        }
        if (longDay != null) {
            Rules.RunningPolicy p = settings.running();
            int n = planned.size();
            double over = 1 + p.longRunOverEasy() / 100.0;
            int want = Math.max(
                    (int) Math.round(volume * longShare() / 100.0), (int) Math.ceil(volume * over / (n - 1 + over)));
            int m = Math.max(0, Math.min(Math.min(Math.min(want, singleRunCap(longDay)), peakLong()), taperMax));
            minutes.put(longDay, m);
            remaining -= m;
            // a long run is longer than every easy run of its week
            easyMax = (int) Math.floor(m / over);
            if (easyMax >= m) {
                easyMax = m - 1;
            }
        }
        List<LocalDate> others =
                planned.stream().filter(d -> !d.equals(longDay)).toList();
        for (int i = 0; i < others.size(); i++) {
            LocalDate d = others.get(i);
            int left = others.size() - i;
            int m = Math.max(0, Math.min(Math.min(Math.min(remaining / left, singleRunCap(d)), easyMax), taperMax));
            minutes.put(d, m);
            remaining -= m;
        }
        int work = 0;
        for (Map.Entry<LocalDate, Integer> e : minutes.entrySet()) {
            LocalDate d = e.getKey();
            int m = e.getValue();
            if (m <= 0) {
                continue;
            }
            String type = d.equals(longDay) ? "long" : d.equals(qualityDay) ? quality : "easy";
            Program.Run run = run(type, m);
            if (run.workMinutes() != null && taperWeek > 0 && maxWork > 0 && run.workMinutes() > maxWork) {
                // a taper keeps the faster running, but never more of it than the plan has had
                run = withWork(run, maxWork);
            }
            if (run.workMinutes() != null && taperWeek == 0) {
                maxWork = Math.max(maxWork, run.workMinutes());
                workOn.put(d, run.workMinutes());
            }
            work += run.workMinutes() == null ? 0 : 1;
            runs.put(d, run);
            history.put(d, m);
            if (type.equals("easy") || type.equals("long")) {
                longestEasy = Math.max(longestEasy, m);
            }
            total += m;
        }
        if (work > 0) {
            stageQuality++;
        }
        if (quality != null && work > 0) {
            qualitySeen.add(quality);
        }
        if (total < volume) {
            why.add(new Program.Explanation(
                    "week " + weekNumber + ", running",
                    total + " minutes instead of " + volume,
                    "no single run may exceed " + settings.running().singleRunCap() + "% of the longest run of the"
                            + " previous " + settings.running().lookbackDays() + " days, and a long run stays "
                            + settings.running().longRunOverEasy() + "% longer than the easy runs",
                    "policies.yaml running.single-run-cap, running.long-run-over-easy"));
        }
        weeks.add(total);
        if (taperWeek == 0) {
            preTaperVolume = total;
        }
        if (taperWeek == 0 && !stepBack) {
            lastRegular = total;
        }
        return runs;
    }

    /**
     * A re-plan: replaces the week just planned with what was run ({@code runs}: minutes by planned run day, 0 for a
     * run not done; {@code minutes} the week's total; {@code longest} its longest run), so that every cap after it
     * is worked out from the running actually done. A walk/jog session not done does not count towards the next rung.
     */
    void actual(
            List<LocalDate> dates,
            Map<LocalDate, Integer> runs,
            Map<LocalDate, Program.Run> given,
            int minutes,
            int longest,
            boolean stepBack,
            boolean taper) {
        weeks.set(weeks.size() - 1, minutes);
        if (minutes == 0 && !runs.isEmpty()) {
            // a week with runs planned and none run: the caps have no week to work from, so the running starts again
            // from a step-back week of the last week actually run (not from the profile's running before the plan)
            int from = baseline;
            for (int i = weeks.size() - 2; i >= 0; i--) {
                if (weeks.get(i) > 0) {
                    from = weeks.get(i);
                    break;
                }
            }
            baseline = Math.min(baseline, (int)
                    Math.floor(from * (100 - settings.running().stepBack().cut()) / 100.0));
            why.add(new Program.Explanation(
                    "re-plan, running",
                    "a logged week with no running: the running starts again from " + baseline + " min a week",
                    "a step-back week (" + settings.running().stepBack().cut() + "% less) of the last week actually"
                            + " run (" + from + " min)",
                    "policies.yaml running.step-back"));
        }
        // the week as it was given and done replaces the replay's own plan of it
        for (LocalDate d : dates) {
            history.remove(d);
            counted.remove(d);
            whole.remove(d);
            rungOn.remove(d);
            workOn.remove(d);
        }
        LocalDate top = null;
        for (Map.Entry<LocalDate, Integer> e : runs.entrySet()) {
            LocalDate d = e.getKey();
            if (e.getValue() <= 0) {
                continue;
            }
            history.put(d, Math.min(e.getValue(), longest));
            if (top == null || e.getValue() > runs.get(top)) {
                top = d;
            }
            Program.Run g = given.get(d);
            int[] rung = g == null ? null : rungOf(g);
            if (rung != null) {
                rungOn.put(d, rung[0]);
                if (rung[1] == 1) {
                    whole.put(d, rung[0]);
                    counted.put(d, rung[0]);
                }
            }
            if (g != null && g.workMinutes() != null && !taper) {
                workOn.put(d, g.workMinutes());
            }
        }
        if (longest > 0 && !runs.isEmpty()) {
            // the longest run logged stands on the longest run day (or the week's last run day)
            history.put(top != null ? top : ((TreeMap<LocalDate, Integer>) new TreeMap<>(runs)).lastKey(), longest);
        }
        lastRung = rungOn.isEmpty() ? -1 : rungOn.lastEntry().getValue();
        lastWhole = whole.isEmpty() ? -1 : whole.lastEntry().getValue();
        // the ladder from the sessions done: each rung needs its own sessions, so a missed one is not made up by a
        // harder one done before the rung below was (a session above the rung due counts for the rung due)
        if (!counted.isEmpty()) {
            int repeat = rules.returnToRun().repeatEachLevel();
            int level = 0;
            int times = 0;
            for (int rung : counted.values()) {
                if (rung >= level) {
                    times++;
                    if (times >= repeat) {
                        level++;
                        times = 0;
                    }
                }
            }
            ladderSessions = level * repeat + times;
        }
        // a taper keeps no more hard running than was actually run
        maxWork = workOn.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        if (longest > 0 && !runs.isEmpty()) {
            // the longest run logged stands on the longest run day (or the week's last run day)
            history.put(top != null ? top : ((TreeMap<LocalDate, Integer>) new TreeMap<>(runs)).lastKey(), longest);
        }
        if (!taper) {
            preTaperVolume = minutes;
            if (!stepBack) {
                lastRegular = minutes;
            }
        }
    }

    /** The rung of the ladder a walk/jog session the program gave is of, and 1 when it was whole; or null. */
    private int[] rungOf(Program.Run r) {
        if (r.walkMinutes() == null || r.jogMinutes() == null || r.repeats() == null) {
            return null;
        }
        List<Rules.WalkJog> ladder = rules.returnToRun().levels();
        for (int i = 0; i < ladder.size(); i++) {
            Rules.WalkJog l = ladder.get(i);
            boolean same = l.continuous()
                    ? r.walkMinutes() == 0 && r.repeats() == 1
                    : l.walk() == r.walkMinutes() && l.jog() == r.jogMinutes();
            if (same) {
                return new int[] {i, r.repeats() == l.repeats() && r.jogMinutes() == l.jog() ? 1 : 0};
            }
        }
        return null;
    }

    /**
     * A re-plan whose review steps the running back: the walk/jog ladder goes back one rung (its sessions start
     * again from there); continuous running is planned as a step-back week by the caller.
     */
    boolean stepDownRung() {
        int repeat = rules.returnToRun().repeatEachLevel();
        int rung = ladderSessions / repeat;
        if (lastRung < 0 && rung == 0) {
            return false;
        }
        int to = Math.max(0, Math.min(rung, lastRung) - 1);
        ladderSessions = to * repeat;
        lastRung = to;
        lastWhole = Math.min(lastWhole, to);
        counted.clear();
        return true;
    }

    /**
     * The long run's share of the week: the policy's, or the athlete's own (longest recent run over weekly running)
     * when larger, up to the policy's maximum.
     */
    private int peakLong() {
        if (profile.race() == null) {
            return Integer.MAX_VALUE;
        }
        Rules.Race race = rules.races().get(profile.race().race());
        return race.peakLong()
                .getOrDefault(
                        profile.experience(),
                        race.peakLong().values().iterator().next());
    }

    private int longShare() {
        Rules.RunningPolicy p = settings.running();
        Profile.RunningNow now = profile.running();
        int own = now == null || now.weeklyMinutes() <= 0
                ? 0
                : (int) Math.round(100.0 * now.longestRunMinutes() / now.weeklyMinutes());
        return Math.max(p.longRunShare(), Math.min(own, p.longRunShareMax()));
    }

    private int target(
            Blueprint.Stage stage,
            int week,
            boolean stepBack,
            boolean hold,
            int taperWeek,
            boolean firstWeekOfStage,
            int sessions) {
        Blueprint.RunningStage r = stage.running();
        int prev = lastWeek();
        int prev2 = weeks.get(weeks.size() - 2);
        int base = prev > 0 ? prev : baseline;
        Rules.RunningPolicy p = settings.running();
        String topic = "week " + week + ", running";
        int volume;
        String rule;
        String source;
        if (taperWeek > 0) {
            int from = preTaperVolume == null ? base : preTaperVolume;
            int n = settings.taper().weeks();
            volume = (int) Math.floor(from * (1 - settings.taper().volumeCut() / 100.0 * taperWeek / n));
            rule = "taper week " + taperWeek + " of " + n + ": running cut progressively towards "
                    + settings.taper().volumeCut() + "% below the last full week, as many runs, intensity kept";
            source = blueprint.file() + (blueprint.taper() != null ? " taper" : "; policies.yaml taper");
        } else if (stepBack && r.volume() != Blueprint.VolumeMode.REDUCE) {
            volume = (int) Math.floor(base * (100 - p.stepBack().cut()) / 100.0);
            rule = p.stepBack().cut() == 0
                    ? "lighter week: running held at last week's minutes"
                    : "lighter week: running " + p.stepBack().cut() + "% below the week before";
            source = blueprint.running() != null && blueprint.running().stepBack() != null
                    ? blueprint.file() + " running.step-back"
                    : "policies.yaml running.step-back";
        } else if (r.volume() == Blueprint.VolumeMode.REDUCE && firstWeekOfStage) {
            volume = (int) Math.floor(baseline * r.startPercent() / 100.0);
            rule = "reduce to " + r.startPercent() + "% of current running (" + baseline + " min) while the stage"
                    + " settles symptoms";
            source = blueprint.file() + ":" + stage.position().line();
        } else if (r.volume() == Blueprint.VolumeMode.BUILD && !hold) {
            int ceiling = ceiling(r);
            volume = Math.min(ceiling, (int) Math.floor(base * (100 + p.weeklyCap()) / 100.0));
            rule = "build by at most " + p.weeklyCap() + "% a week towards " + ceiling + " min";
            source = settings.weeklyCapSource();
        } else {
            volume = lastRegular > 0 ? lastRegular : base;
            if (hold && prev > 0) {
                volume = Math.min(volume, prev);
            }
            rule = hold ? "hold running at last week's minutes" : "hold running at the current level";
            source = blueprint.file() + ":" + stage.position().line();
        }
        if (prev > 0) {
            volume = Math.min(volume, (int) Math.floor(prev * (100 + p.weeklyCap()) / 100.0));
        }
        if (prev2 > 0) {
            volume = Math.min(volume, (int) Math.floor(prev2 * (100 + p.twoWeekCap()) / 100.0));
        }
        why.add(new Program.Explanation(topic, volume + " min over " + sessions + " runs", rule, source));
        return volume;
    }

    /** The most this week may hold: the weekly cap over last week and the two-week ceiling. */
    private int weekCap() {
        int prev = lastWeek();
        int prev2 = weeks.get(weeks.size() - 2);
        int cap = Integer.MAX_VALUE;
        if (prev > 0) {
            cap = (int) Math.floor(prev * (100 + settings.running().weeklyCap()) / 100.0);
        }
        if (prev2 > 0) {
            cap = Math.min(
                    cap, (int) Math.floor(prev2 * (100 + settings.running().twoWeekCap()) / 100.0));
        }
        return cap;
    }

    /**
     * A walk/jog rung that fits in {@code limit} minutes: fewer repeats, or a shorter continuous run; null when not
     * even one repeat fits.
     */
    private static Rules.WalkJog fit(Rules.WalkJog wj, int limit) {
        if (wj.totalMinutes() <= limit) {
            return wj;
        }
        if (wj.continuous()) {
            return limit >= 1 ? new Rules.WalkJog(0, limit, 1) : null;
        }
        int repeats = limit / (wj.walk() + wj.jog());
        return repeats >= 1 ? new Rules.WalkJog(wj.walk(), wj.jog(), repeats) : null;
    }

    /** The weekly minutes a build stage grows towards. */
    private int ceiling(Blueprint.RunningStage r) {
        if (r.ceilingPercent() != null) {
            return (int) Math.round(Math.max(baseline, 1) * r.ceilingPercent() / 100.0);
        }
        if (profile.race() != null) {
            Rules.Race race = rules.races().get(profile.race().race());
            return race.peakWeek()
                    .getOrDefault(
                            profile.experience(),
                            race.peakWeek().values().iterator().next());
        }
        return (int) Math.round(Math.max(baseline, 1) * settings.running().buildCeiling() / 100.0);
    }

    /** The longest a run on {@code day} may be: a share of the longest run in the look-back window. */
    private int singleRunCap(LocalDate day) {
        int longest =
                history.subMap(day.minusDays(settings.running().lookbackDays()), true, day, false).values().stream()
                        .mapToInt(Integer::intValue)
                        .max()
                        .orElse(0);
        if (longest == 0) {
            return Integer.MAX_VALUE;
        }
        return (int) Math.floor(longest * settings.running().singleRunCap() / 100.0);
    }

    /** The week's quality run type: the stage's types with a hard work block, in turn, first listed first. */
    private String quality(List<String> types) {
        List<String> q = types.stream()
                .filter(t -> rules.runTypes().get(t).workShare() != null)
                .toList();
        return q.isEmpty() ? null : q.get(stageQuality % q.size());
    }

    private static LocalDate qualityDay(List<LocalDate> planned, LocalDate longDay) {
        for (LocalDate d : planned) {
            if (!d.equals(longDay) && (longDay == null || Math.abs(d.toEpochDay() - longDay.toEpochDay()) > 1)) {
                return d;
            }
        }
        return null;
    }

    private Program.Run walkJog(Rules.WalkJog wj) {
        Rules.RunType easy = rules.runTypes().get("easy");
        return new Program.Run(
                wj.continuous() ? "easy" : "walk-jog",
                wj.continuous() ? "Continuous easy run" : "Walk/jog",
                wj.totalMinutes(),
                km(wj.jog() * wj.repeats()),
                easy.effort(),
                "flat",
                null,
                wj.walk(),
                wj.jog(),
                wj.repeats(),
                null);
    }

    private Program.Run run(String type, int minutes) {
        Rules.RunType t = rules.runTypes().get(type);
        Integer work = t.workShare() == null
                ? null
                : Math.min(t.maxWorkMinutes(), (int) Math.floor(minutes * t.workShare() / 100.0));
        if (work != null && work == 0) {
            // too short to hold a minute of work: an easy run, not a "tempo run" of 0 min at tempo
            return quality(rules.runTypes().get("easy"), minutes, null);
        }
        return quality(t, minutes, work);
    }

    private Program.Run withWork(Program.Run r, int work) {
        return quality(rules.runTypes().get(r.type()), r.minutes(), work);
    }

    /**
     * A run of type {@code t}; with a work block of {@code work} minutes, and for a type run as repeats, the repeats:
     * as many pieces of about {@code repeat-minutes} as the work holds, with {@code recover-minutes} of easy running
     * after each, so long as those recoveries take at most {@code recover-share-max} % of the easy minutes around
     * the work (the rest is the warm-up and cool-down; the hard minutes stay {@code work}). {@link RunSteps} turns this into steps.
     */
    private Program.Run quality(Rules.RunType t, int minutes, Integer work) {
        Integer repeats = null;
        Integer recover = null;
        int fit = work == null || t.repeatMinutes() == null
                ? 0
                : (minutes - work) * t.recoverShareMax() / 100 / t.recoverMinutes();
        if (work != null && work > 0 && fit > 0) {
            repeats = Math.min(Math.max(1, Math.round(work / (float) t.repeatMinutes())), fit);
            recover = t.recoverMinutes();
        }
        return new Program.Run(
                t.id(), t.name(), minutes, km(minutes), t.effort(), t.terrain(), work, null, null, repeats, recover);
    }

    private Double km(int minutes) {
        double pace = profile.running() == null ? 0 : profile.running().easyPace();
        return pace > 0 ? Math.round(minutes / pace * 10) / 10.0 : null;
    }
}
