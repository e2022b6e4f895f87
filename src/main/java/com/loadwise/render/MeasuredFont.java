package com.loadwise.render;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.encoding.GlyphList;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * One of a document's embedded fonts as openhtmltopdf sees it: every call goes to the real font, except that the
 * width of a string and the bytes of a character are remembered per character.
 *
 * <p>Line breaking asks for the width of every word and every candidate line, and PDFBox answers each time by
 * encoding the string into a byte stream and decoding it again code by code through the font's CMap, which builds a
 * stream and a lambda per byte: 24% of all memory a team batch allocated, and its largest single cost in CPU. Our
 * fonts have no glyph substitution (PdfWriter hides GSUB) and PDFBox applies no kerning, so a string's width is the
 * sum of its characters' widths, added in the same order as PDFBox adds them: the same float, and the same PDF.
 *
 * <p>The real font stays the one registered with the document for subsetting; this wrapper shares its font
 * dictionary, so the content streams name the same font resource.
 */
final class MeasuredFont extends PDFont {

    /** Characters below this are remembered in arrays; others in maps. */
    private static final int DIRECT = 0x800;

    private final PDFont font;
    private final float[] widths = new float[DIRECT];
    private final byte[][] codes = new byte[DIRECT][];
    private final Map<Integer, Float> otherWidths = new HashMap<>();
    private final Map<Integer, byte[]> otherCodes = new HashMap<>();

    /** Characters the font has no glyph for: asking for their width fails every time, as it does on the font. */
    private static final float MISSING = Float.NEGATIVE_INFINITY;

    MeasuredFont(PDFont font) {
        super(font.getCOSObject());
        this.font = font;
        java.util.Arrays.fill(widths, Float.NaN);
    }

    @Override
    public float getStringWidth(String text) throws IOException {
        float width = 0;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            width += width(c);
            i += Character.charCount(c);
        }
        return width;
    }

    private float width(int c) throws IOException {
        float w = c < DIRECT ? widths[c] : otherWidths.getOrDefault(c, Float.NaN);
        if (Float.isNaN(w)) {
            try {
                w = font.getStringWidth(new String(Character.toChars(c)));
            } catch (IllegalArgumentException e) {
                w = MISSING;
            }
            if (c < DIRECT) {
                widths[c] = w;
            } else {
                otherWidths.put(c, w);
            }
        }
        if (w == MISSING) {
            throw new IllegalArgumentException(String.format("No glyph for U+%04X in font %s", c, font.getName()));
        }
        return w;
    }

    @Override
    protected byte[] encode(int c) throws IOException {
        byte[] code = c < DIRECT ? codes[c] : otherCodes.get(c);
        if (code == null) {
            code = font.encode(new String(Character.toChars(c)));
            if (c < DIRECT) {
                codes[c] = code;
            } else {
                otherCodes.put(c, code);
            }
        }
        return code;
    }

    @Override
    public String getName() {
        // called by PDFont's constructor, before the field is set
        return font == null ? null : font.getName();
    }

    @Override
    public PDFontDescriptor getFontDescriptor() {
        return font.getFontDescriptor();
    }

    @Override
    public Matrix getFontMatrix() {
        return font.getFontMatrix();
    }

    @Override
    public BoundingBox getBoundingBox() throws IOException {
        return font.getBoundingBox();
    }

    @Override
    public Vector getPositionVector(int code) {
        return font.getPositionVector(code);
    }

    @Override
    public Vector getDisplacement(int code) throws IOException {
        return font.getDisplacement(code);
    }

    @Override
    public float getHeight(int code) throws IOException {
        return font.getHeight(code);
    }

    @Override
    public float getWidth(int code) throws IOException {
        return font.getWidth(code);
    }

    @Override
    public boolean hasExplicitWidth(int code) throws IOException {
        return font.hasExplicitWidth(code);
    }

    @Override
    public float getWidthFromFont(int code) throws IOException {
        return font.getWidthFromFont(code);
    }

    @Override
    protected float getStandard14Width(int code) {
        throw new UnsupportedOperationException("an embedded TrueType font is not one of the standard 14");
    }

    @Override
    public float getAverageFontWidth() {
        return font.getAverageFontWidth();
    }

    @Override
    public float getSpaceWidth() {
        return font.getSpaceWidth();
    }

    @Override
    public boolean isEmbedded() {
        return font.isEmbedded();
    }

    @Override
    public boolean isDamaged() {
        return font.isDamaged();
    }

    @Override
    public boolean isStandard14() {
        return font.isStandard14();
    }

    @Override
    public boolean isVertical() {
        return font.isVertical();
    }

    @Override
    public int readCode(InputStream in) throws IOException {
        return font.readCode(in);
    }

    @Override
    public String toUnicode(int code) {
        return font.toUnicode(code);
    }

    @Override
    public String toUnicode(int code, GlyphList list) {
        return font.toUnicode(code, list);
    }

    @Override
    public String getType() {
        return font.getType();
    }

    @Override
    public String getSubType() {
        return font.getSubType();
    }

    @Override
    public void addToSubset(int codePoint) {
        font.addToSubset(codePoint);
    }

    @Override
    public void subset() throws IOException {
        font.subset();
    }

    @Override
    public boolean willBeSubset() {
        return font.willBeSubset();
    }

    @Override
    public String toString() {
        return font.toString();
    }
}
