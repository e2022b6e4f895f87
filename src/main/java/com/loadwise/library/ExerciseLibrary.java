package com.loadwise.library;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The exercise library after every layer is merged: exercises by id (sorted), plus what a clinic's library
 * replaced.
 *
 * @param vocabulary the fixed vocabularies
 * @param exercises every exercise by id, sorted by id
 * @param replaced for an exercise that a --library layer replaced, where the replaced one was defined
 * @param files number of exercise files read
 */
public record ExerciseLibrary(
        Vocabulary vocabulary, Map<String, Exercise> exercises, Map<String, Origin> replaced, int files) {

    public ExerciseLibrary {
        exercises = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(exercises));
        replaced = Map.copyOf(replaced);
    }

    public Optional<Exercise> exercise(String id) {
        return Optional.ofNullable(exercises.get(id));
    }

    public Collection<Exercise> all() {
        return exercises.values();
    }

    public List<Exercise> byPattern(String pattern) {
        return exercises.values().stream()
                .filter(e -> e.pattern().equals(pattern))
                .toList();
    }

    public Optional<Level> level(LevelRef ref) {
        return exercise(ref.exerciseId()).flatMap(e -> e.level(ref.levelId()));
    }

    public int levelCount() {
        return exercises.values().stream().mapToInt(e -> e.levels().size()).sum();
    }

    public boolean isReplaced(String id) {
        return replaced.containsKey(id);
    }
}
