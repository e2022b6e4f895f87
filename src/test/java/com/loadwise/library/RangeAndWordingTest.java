package com.loadwise.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RangeAndWordingTest {

    @Test
    void parsesSingleNumbersAndRanges() {
        assertEquals(Range.of(8), Range.parse("8"));
        assertEquals(new Range(8, 12), Range.parse("8-12"));
        assertEquals(new Range(8, 12), Range.parse(" 8 - 12 "));
        assertNull(Range.parse("12-8"));
        assertNull(Range.parse("eight"));
        assertEquals("8-12", new Range(8, 12).toString());
        assertEquals("8\u201312", new Range(8, 12).display());
    }

    @Test
    void doseNeedsExactlyOneAmount() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Dose(Range.of(3), null, null, null, null, null, null, null, null, null));
        assertThrows(
                IllegalArgumentException.class,
                () -> new Dose(Range.of(3), Range.of(10), Range.of(30), null, null, null, null, null, null, null));
    }

    @Test
    void doseReadsLikeAPrescription() {
        Dose heavy = new Dose(
                Range.of(4),
                Range.of(6),
                null,
                null,
                null,
                "3-0-3-0",
                Range.of(180),
                Range.of(2),
                new Range(80, 85),
                null);
        Dose hold = new Dose(Range.of(5), null, new Range(30, 45), null, null, null, Range.of(120), null, null, null);
        Dose ride = new Dose(Range.of(1), null, null, Range.of(30), null, null, null, null, null, new Range(3, 5));

        assertEquals(
                "4 \u00d7 6, tempo 3-0-3-0, rest 3 min, 80\u201385% 1RM, 2 in reserve",
                Wording.dose(heavy, Laterality.BOTH_SIDES));
        assertEquals("5 \u00d7 30\u201345 s hold each side, rest 2 min", Wording.dose(hold, Laterality.EACH_SIDE));
        assertEquals("1 \u00d7 30 min, effort 3\u20135/10", Wording.dose(ride, Laterality.BOTH_SIDES));
    }

    @Test
    void criteriaReadLikeInstructions() {
        ProgressCriteria up = new ProgressCriteria(3, 15, null, null, PainRule.WITHIN_MODEL, true, 2, null, null);
        RegressCriteria down = new RegressCriteria(PainRule.ABOVE_MODEL, true, "Stop if the pain is sharp.");
        PainLimits tendon = new PainLimits(3, null);

        assertEquals(
                "3 \u00d7 15 reps each side, pain \u2264 3/10, no flare the next day, 2 sessions in a row",
                Wording.progress(up, Laterality.EACH_SIDE, tendon, "your clinician"));
        assertEquals(
                "pain above 3/10, or a flare the next day. Stop if the pain is sharp.",
                Wording.regress(down, tendon, "your clinician"));
        assertEquals("", Wording.progress(null, Laterality.BOTH_SIDES, tendon, "your clinician"));
    }

    @Test
    void painNumbersComeFromThePainModelInForce() {
        ProgressCriteria up = new ProgressCriteria(3, 15, null, null, PainRule.WITHIN_MODEL, null, null, null, null);
        RegressCriteria down = new RegressCriteria(PainRule.ABOVE_MODEL, null, "Pain on a bone: tell {contact}.");

        assertEquals(
                "3 \u00d7 15 reps, pain \u2264 3/10 (4\u20135/10: repeat this level)",
                Wording.progress(up, Laterality.BOTH_SIDES, new PainLimits(3, 5), "your clinician"));
        assertEquals(
                "pain above 5/10. Pain on a bone: tell your clinician.",
                Wording.regress(down, new PainLimits(3, 5), "your clinician"));
        assertEquals(
                "3 \u00d7 15 reps, pain-free",
                Wording.progress(up, Laterality.BOTH_SIDES, new PainLimits(0, null), "x"));
        assertEquals(
                "any pain. Pain on a bone: tell a physiotherapist or doctor.",
                Wording.regress(down, new PainLimits(0, null), "a physiotherapist or doctor"));
        assertEquals(
                "3 \u00d7 15 reps, pain in the green zone of your pain guide",
                Wording.progress(up, Laterality.BOTH_SIDES, null, "your clinician"));
    }
}
