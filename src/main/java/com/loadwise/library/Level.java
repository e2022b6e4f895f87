package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.loadwise.figure.Pose;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One rung of an exercise ladder. Laterality and impact are resolved (the level's own, or the exercise's).
 * Tags include the exercise's own tags.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Level(
        String id,
        String name,
        String setup,
        List<String> steps,
        List<String> cues,
        String mistake,
        List<String> equipment,
        Map<Intent, Dose> doses,
        ProgressCriteria progressWhen,
        RegressCriteria regressWhen,
        LevelRef progressTo,
        LevelRef regressTo,
        List<String> tags,
        Laterality laterality,
        Impact impact,
        String image,
        @JsonIgnore Pose pose,
        String video,
        String source) {

    public Level {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        steps = List.copyOf(steps);
        cues = List.copyOf(cues);
        equipment = List.copyOf(equipment);
        tags = List.copyOf(tags);
        if (doses.isEmpty()) {
            throw new IllegalArgumentException("level " + id + " has no dose");
        }
        // intent order, the same in every run (Map.copyOf would iterate in a per-JVM random order)
        doses = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(doses));
        Objects.requireNonNull(laterality, "laterality");
        Objects.requireNonNull(impact, "impact");
    }

    public boolean hasTag(String tag) {
        return tags.contains(tag);
    }
}
