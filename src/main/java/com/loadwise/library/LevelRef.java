package com.loadwise.library;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A reference to a level: {@code exercise-id/level-id}, or {@code level-id} within the same ladder (then
 * {@code exerciseId} is the referring exercise).
 */
public record LevelRef(String exerciseId, String levelId) {

    public static LevelRef parse(String text, String ownExercise) {
        int slash = text.indexOf('/');
        return slash < 0
                ? new LevelRef(ownExercise, text)
                : new LevelRef(text.substring(0, slash), text.substring(slash + 1));
    }

    @JsonValue
    @Override
    public String toString() {
        return exerciseId + "/" + levelId;
    }
}
