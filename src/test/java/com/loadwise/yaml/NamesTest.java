package com.loadwise.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NamesTest {

    static final List<String> PATTERNS = List.of("hip-extension", "calf", "hamstring", "hinge", "squat");

    @Test
    void suggestsTheNearestNameForTyposAndPlurals() {
        assertEquals(Optional.of("hip-extension"), Names.nearest("hip-extention", PATTERNS));
        assertEquals(Optional.of("calf"), Names.nearest("calves", PATTERNS));
        assertEquals(Optional.of("squat"), Names.nearest("sqaut", PATTERNS));
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertEquals(Optional.empty(), Names.nearest("swimming", PATTERNS));
    }

    @Test
    void hintListsAllowedValuesAfterTheSuggestion() {
        assertEquals(
                "did you mean 'calf'? allowed: hip-extension, calf, hamstring, hinge, squat",
                Names.hint("calfs", PATTERNS));
        assertEquals("allowed: hip-extension, calf, hamstring, hinge, squat", Names.hint("swimming", PATTERNS));
    }

    @Test
    void countsAnAdjacentSwapAsOneEdit() {
        assertEquals(1, Names.distance("sqaut", "squat"));
        assertEquals(0, Names.distance("calf", "calf"));
    }
}
