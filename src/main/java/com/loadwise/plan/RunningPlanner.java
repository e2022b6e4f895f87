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

    /**
     * Plans one week's runs.
     *
     * @param days the run days chosen for the stage, in week order
     * @param dates the dates of this week, Monday-first order not assumed
     * @param stepBack a step-back week
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
            int taperWeek,
            LocalDate lastDay,
            boolean firstWeekOfStage) {
        Map<LocalDate, Program.Run> runs = new LinkedHashMap<>();
        Blueprint.RunningStage r = stage.running();
        List<LocalDate> runDates = dates.stream()
                .filter(d -> days.contains(d.getDayOfWeek()))
                .filter(d -> !d.isAfter(lastDay))
                .sorted()
                .toList();
        if (r.mode() == Blueprint.RunMode.NONE || runDates.isEmpty()) {
            weeks.add(0);
            return runs;
        }
        if (r.mode() == Blueprint.RunMode.WALK_JOG) {
            List<Rules.WalkJog> ladder = rules.returnToRun().levels();
            int weekCap = weekCap();
            int total = 0;
            boolean shortened = false;
            for (LocalDate d : runDates) {
                int rung = Math.min(ladderSessions / rules.returnToRun().repeatEachLevel(), ladder.size() - 1);
                Rules.WalkJog wj = fit(ladder.get(rung), Math.min(singleRunCap(d), weekCap - total));
                if (wj == null) {
                    shortened = true;
                    continue;
                }
                shortened |= wj != ladder.get(rung);
                ladderSessions++;
                runs.put(d, walkJog(wj));
                history.put(d, wj.totalMinutes());
                total += wj.totalMinutes();
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
        int volume = target(stage, weekNumber, stepBack, taperWeek, firstWeekOfStage, runDates.size());
        List<LocalDate> planned = new ArrayList<>(runDates);
        // fewer, longer runs when the week's minutes cannot give every run the shortest useful length
        while (planned.size() > 1 && volume / planned.size() < rules.running().minRunMinutes()) {
            planned.remove(0);
        }
        int total = 0;
        int remaining = volume;
        boolean hasLong = r.types().contains("long") && planned.size() >= 2;
        LocalDate longDay = hasLong ? planned.get(planned.size() - 1) : null;
        // intensity is kept in a taper; step-back weeks and a stage's first week stay easy
        String quality = quality(r.types(), weekNumber, stepBack || firstWeekOfStage);
        LocalDate qualityDay = quality == null ? null : qualityDay(planned, longDay);
        List<LocalDate> order = new ArrayList<>();
        if (longDay != null) {
            order.add(longDay);
        }
        planned.stream().filter(d -> !d.equals(longDay)).forEach(order::add);
        Map<LocalDate, Integer> minutes = new TreeMap<>();
        for (int i = 0; i < order.size(); i++) {
            LocalDate d = order.get(i);
            int left = order.size() - i;
            // the long run takes its share of the week, and is never shorter than an even split
            int want = d.equals(longDay)
                    ? Math.max(
                            (int) Math.round(volume * settings.running().longRunShare() / 100.0),
                            (volume + order.size() - 1) / order.size())
                    : remaining / left;
            int cap = singleRunCap(d);
            int m = Math.max(0, Math.min(want, cap));
            minutes.put(d, m);
            remaining -= m;
        }
        for (Map.Entry<LocalDate, Integer> e : minutes.entrySet()) {
            LocalDate d = e.getKey();
            int m = e.getValue();
            if (m <= 0) {
                continue;
            }
            String type = d.equals(longDay) ? "long" : d.equals(qualityDay) ? quality : "easy";
            runs.put(d, run(type, m));
            history.put(d, m);
            total += m;
        }
        if (total < volume) {
            why.add(new Program.Explanation(
                    "week " + weekNumber + ", running",
                    total + " minutes instead of " + volume,
                    "no single run may exceed " + settings.running().singleRunCap() + "% of the longest run of the"
                            + " previous " + settings.running().lookbackDays() + " days",
                    "policies.yaml running.single-run-cap"));
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

    private int target(
            Blueprint.Stage stage, int week, boolean stepBack, int taperWeek, boolean firstWeekOfStage, int sessions) {
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
                    + settings.taper().volumeCut() + "% below the last full week, intensity kept";
            source = blueprint.taper() != null ? blueprint.file() + " taper" : "policies.yaml taper";
        } else if (stepBack && r.volume() != Blueprint.VolumeMode.REDUCE) {
            volume = (int) Math.floor(base * (100 - p.stepBack().cut()) / 100.0);
            rule = "step-back week: running " + p.stepBack().cut() + "% below the week before";
            source = "policies.yaml running.step-back";
        } else if (r.volume() == Blueprint.VolumeMode.REDUCE && firstWeekOfStage) {
            volume = (int) Math.floor(baseline * r.startPercent() / 100.0);
            rule = "reduce to " + r.startPercent() + "% of current running (" + baseline + " min) while the stage"
                    + " settles symptoms";
            source = blueprint.file() + ":" + stage.position().line();
        } else if (r.volume() == Blueprint.VolumeMode.BUILD) {
            int ceiling = ceiling();
            volume = Math.min(ceiling, (int) Math.floor(base * (100 + p.weeklyCap()) / 100.0));
            rule = "build by at most " + p.weeklyCap() + "% a week towards " + ceiling + " min";
            source = settings.weeklyCapSource();
        } else {
            volume = lastRegular > 0 ? lastRegular : base;
            rule = "hold running at the current level";
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
    private int ceiling() {
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

    /** The week's quality run type: one of the stage's types that has a hard work block, in rotation. */
    private String quality(List<String> types, int week, boolean easyWeek) {
        List<String> q = types.stream()
                .filter(t -> rules.runTypes().get(t).workShare() != null)
                .toList();
        if (q.isEmpty() || easyWeek) {
            return null;
        }
        return q.get(week % q.size());
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
                wj.repeats());
    }

    private Program.Run run(String type, int minutes) {
        Rules.RunType t = rules.runTypes().get(type);
        Integer work = t.workShare() == null
                ? null
                : Math.min(t.maxWorkMinutes(), (int) Math.floor(minutes * t.workShare() / 100.0));
        return new Program.Run(type, t.name(), minutes, km(minutes), t.effort(), t.terrain(), work, null, null, null);
    }

    private Double km(int minutes) {
        double pace = profile.running() == null ? 0 : profile.running().easyPace();
        return pace > 0 ? Math.round(minutes / pace * 10) / 10.0 : null;
    }
}
