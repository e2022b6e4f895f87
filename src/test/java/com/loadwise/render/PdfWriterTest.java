package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

class PdfWriterTest {

    @Test
    void fontsLoseOnlyTheirGlyphSubstitutionTable() throws Exception {
        byte[] original = PdfWriter.resource("/liberation/LiberationSans-Regular.ttf");

        byte[] patched = PdfWriter.withoutGsub(original);

        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
                TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(patched))) {
            assertNotNull(before.getTableMap().get("GSUB"), "the bundled font has a GSUB table to hide");
            assertNull(after.getTableMap().get("GSUB"));
            assertEquals(before.getNumberOfGlyphs(), after.getNumberOfGlyphs());
            assertEquals(before.getTableMap().size(), after.getTableMap().size());
            assertEquals(original.length, patched.length);
        }
    }
}
