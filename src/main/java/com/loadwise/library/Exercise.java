package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An exercise family: an ordered ladder of levels, easiest first.
 *
 * @param origin where it was defined (not part of the exercise's data)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Exercise(
        String id,
        String name,
        String summary,
        String pattern,
        List<String> targets,
        String kind,
        Impact impact,
        Laterality laterality,
        String source,
        List<Level> levels,
        @JsonIgnore Origin origin) {

    public Exercise {
        Objects.requireNonNull(id, "id");
        targets = List.copyOf(targets);
        levels = List.copyOf(levels);
        if (levels.isEmpty()) {
            throw new IllegalArgumentException("exercise " + id + " has no levels");
        }
    }

    public Optional<Level> level(String levelId) {
        return levels.stream().filter(l -> l.id().equals(levelId)).findFirst();
    }

    /** 0-based position of a level in the ladder, or -1. */
    public int indexOf(String levelId) {
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).id().equals(levelId)) {
                return i;
            }
        }
        return -1;
    }

    public List<String> levelIds() {
        return levels.stream().map(Level::id).toList();
    }
}
