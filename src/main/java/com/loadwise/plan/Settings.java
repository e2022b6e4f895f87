package com.loadwise.plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The rules in force for one athlete: the defaults of policies.yaml, overridden by the blueprint, tightened by the
 * profile's past injuries. Each value remembers where it came from, for --explain.
 */
record Settings(
        Rules.RunningPolicy running,
        String weeklyCapSource,
        Rules.Deload deload,
        String deloadSource,
        Rules.Taper taper,
        Set<String> excludedTags,
        List<String> notes) {

    static Settings of(Rules rules, Blueprint bp, Profile profile) {
        List<String> notes = new ArrayList<>();
        Blueprint.RunningOverride o = bp.running();
        Rules.RunningPolicy running = o == null
                ? rules.running()
                : rules.running().with(o.weeklyCap(), o.singleRunCap(), o.twoWeekCap(), o.stepBack(), o.longRunShare());
        String capSource = o != null && o.weeklyCap() != null
                ? bp.file() + " running.weekly-cap"
                : "policies.yaml running.weekly-cap";
        Set<String> excluded = new LinkedHashSet<>(bp.excludedTags());
        excluded.addAll(profile.excludedTags());
        for (String injury : profile.pastInjuries()) {
            Rules.PastInjury p = rules.pastInjuries().get(injury);
            if (p.weeklyCap() != null && p.weeklyCap() < running.weeklyCap()) {
                running = running.with(p.weeklyCap(), null, null, null, null);
                capSource =
                        "policies.yaml past-injuries." + injury + " (profile " + profile.where("past-injuries") + ")";
            }
            excluded.addAll(p.excludedTags());
            notes.add(p.note());
        }
        Rules.Deload deload;
        String deloadSource;
        // the cadence for this athlete's experience, where the blueprint does not set its own
        int every = rules.deloadEveryByExperience()
                .getOrDefault(profile.experience(), rules.deload().every());
        if (bp.deload() != null && bp.deload().every() > 0) {
            deload = bp.deload();
            deloadSource = bp.file() + " deload";
        } else if (bp.deload() != null) {
            // a blueprint's deload without every: its cut and reps in reserve, the experience's cadence
            deload =
                    new Rules.Deload(every, bp.deload().volumeCut(), bp.deload().rirIncrease());
            deloadSource = bp.file() + " deload; policies.yaml experience." + profile.experience() + ".deload-every";
        } else {
            deload = new Rules.Deload(
                    every, rules.deload().volumeCut(), rules.deload().rirIncrease());
            deloadSource = "policies.yaml experience." + profile.experience() + ".deload-every and deload";
        }
        Rules.Taper taper = bp.taper() != null ? bp.taper() : rules.taper();
        return new Settings(running, capSource, deload, deloadSource, taper, excluded, notes);
    }
}
