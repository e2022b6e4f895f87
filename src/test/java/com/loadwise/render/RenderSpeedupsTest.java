package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.yaml.InputException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Random;
import java.util.TimeZone;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.xml.DomXmpParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * The render shortcuts of issue 7 (docs/benchmarks.md) give the same answers as the PDFBox and xmpbox code they
 * stand in for.
 */
class RenderSpeedupsTest {

    private static final PdfWriter.Meta META =
            new PdfWriter.Meta("Title", "Author", "Subject", "en-GB", LocalDate.of(2027, 1, 4));

    // --- IndexedPages: the page's /Properties dictionary ------------------------------------------------------

    @Test
    void propertyListsAreFoundByIdentityLikeTheScanFindsThem() {
        IndexedPages.IndexedDictionary d = new IndexedPages.IndexedDictionary();
        COSDictionary a = new COSDictionary();
        COSDictionary b = new COSDictionary();
        COSDictionary equalToA = new COSDictionary();
        d.setItem(COSName.getPDFName("Prop1"), a);
        d.setItem(COSName.getPDFName("Prop2"), b);

        assertTrue(d.containsValue(a));
        assertEquals(COSName.getPDFName("Prop2"), d.getKeyForValue(b));
        assertFalse(d.containsValue(equalToA), "dictionaries compare by identity, as in COSDictionary's own scan");

        d.setItem(COSName.getPDFName("Prop1"), equalToA);
        assertFalse(d.containsValue(a), "a replaced value is gone");
        assertTrue(d.containsValue(equalToA));
        d.removeItem(COSName.getPDFName("Prop2"));
        assertFalse(d.containsValue(b));
        assertNull(d.getKeyForValue(b));

        COSObject indirect = new COSObject(b);
        d.setItem(COSName.getPDFName("Prop3"), indirect);
        assertEquals(COSName.getPDFName("Prop3"), d.getKeyForValue(b), "found through the indirect object");
        assertEquals(COSName.getPDFName("Prop3"), d.getKeyForValue(indirect));

        d.setItem(COSName.getPDFName("N"), COSInteger.get(7));
        assertTrue(d.containsValue(COSInteger.get(7)), "numbers still compare by value");
        d.clear();
        assertFalse(d.containsValue(equalToA));
    }

    @Test
    void propertyListsAreWrittenInlineAndEveryPageGetsAnIndexedDictionary() throws IOException {
        try (IndexedPages doc = new IndexedPages()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertTrue(properties instanceof IndexedPages.IndexedDictionary);
            COSDictionary list = new COSDictionary();
            COSName key = page.getResources()
                    .add(org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList.create(list));
            assertTrue(list.isDirect(), "a property list is written inside the page's resources");
            assertEquals(key, properties.getKeyForValue(list));
        }
    }

    @Test
    void aHandoutsPropertyListsAreNotObjectsOfTheirOwn() throws IOException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>T</title></head>"
                + "<body><table><tr><td style=\"border: 1px solid black\">a</td>"
                + "<td style=\"background: #eee\">b</td></tr></table></body></html>";
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write(xhtml, META))) {
            COSDictionary properties =
                    pdf.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
            assertTrue(properties.size() >= 2, "the bordered and shaded cells are marked as artifacts");
            for (COSName name : properties.keySet()) {
                COSBase item = properties.getItem(name);
                assertFalse(item instanceof COSObject, name + " is an indirect object");
            }
        }
    }

    @Test
    void markedContentReferencesAndAttributesAreWrittenInsideTheirStructureElements() throws IOException {
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>T</title></head>"
                + "<body><p>one <strong>two</strong> three</p><ol><li>first</li><li>second</li></ol>"
                + "<table><thead><tr><th>Week</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>"
                + "</body></html>";
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write(xhtml, META))) {
            COSDictionary root = pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT);
            int[] seen = new int[3]; // elements, references, attribute dictionaries
            walk(root.getItem(COSName.K), seen);
            assertTrue(seen[0] >= 8, "the paragraph, list and table are tagged: " + seen[0] + " elements");
            assertTrue(seen[1] >= 5, "each text run is referenced: " + seen[1] + " references");
            assertTrue(seen[2] >= 2, "the list numbering and the header scope are attributes: " + seen[2]);
        }
    }

    // --- FigureDrawer: a figure drawn once per document and size ------------------------------------------------

    @Test
    void aFigureThatRecursAtTheSameSizeIsOneFormPlacedTwiceAndStaysTaggedEachTime() throws IOException {
        String figure = "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lw-figure\" viewBox=\"0 0 200 130\""
                + " width=\"200\" height=\"130\" alt=\"%s\" style=\"width: %s\"><line x1=\"10\" y1=\"10\""
                + " x2=\"190\" y2=\"120\" stroke=\"%s\" stroke-width=\"4\"/><circle cx=\"100\" cy=\"40\""
                + " r=\"12\" fill=\"#8a98a3\"/></svg>";
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en-GB\"><head><title>T</title></head>"
                + "<body><p>" + String.format(figure, "Bridge", "50mm", "#1f3a5f") + "</p>"
                + "<p>" + String.format(figure, "Bridge", "50mm", "#1f3a5f") + "</p>"
                + "<p>" + String.format(figure, "Bridge", "30mm", "#1f3a5f") + "</p>"
                + "<p>" + String.format(figure, "Bridge", "50mm", "#c0392b") + "</p></body></html>";
        try (PDDocument pdf = Loader.loadPDF(PdfWriter.write(xhtml, META))) {
            PDPage page = pdf.getPage(0);
            List<COSBase> forms = new ArrayList<>();
            for (COSName name : page.getResources().getXObjectNames()) {
                forms.add(page.getResources().getXObject(name).getCOSObject());
            }
            assertEquals(3, forms.size(), "the repeated figure is one form; another size or colour is its own");
            String content = new String(page.getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            assertEquals(4, content.split(" Do\\b", -1).length - 1, "every figure is placed: " + content);
            int[] figures = {0};
            countFigures(pdf.getDocumentCatalog().getCOSObject().getCOSDictionary(COSName.STRUCT_TREE_ROOT), figures);
            assertEquals(4, figures[0], "each placement is a Figure element of its own, with its alternative text");
        }
    }

    private static void countFigures(COSBase node, int[] figures) {
        COSBase n = node instanceof COSObject o ? o.getObject() : node;
        if (n instanceof org.apache.pdfbox.cos.COSArray array) {
            array.forEach(kid -> countFigures(kid, figures));
        } else if (n instanceof COSDictionary d && (d.containsKey(COSName.S) || d.containsKey(COSName.K))) {
            if (COSName.getPDFName("Figure").equals(d.getCOSName(COSName.S))) {
                figures[0]++;
                assertEquals("Bridge", d.getString(COSName.ALT), "the figure's alternative text");
            }
            countFigures(d.getItem(COSName.K), figures);
        }
    }

    /** Counts into {@code seen} and fails on a reference or attribute dictionary stored as an object of its own. */
    private static void walk(COSBase kids, int[] seen) {
        if (kids instanceof COSObject indirect) {
            COSBase target = indirect.getObject();
            assertTrue(
                    target instanceof COSDictionary d && d.containsKey(COSName.S),
                    "only structure elements are objects of their own, not " + target);
            walk(target, seen);
        } else if (kids instanceof org.apache.pdfbox.cos.COSArray array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), seen);
            }
        } else if (kids instanceof COSDictionary kid) {
            if (kid.containsKey(COSName.S)) {
                seen[0]++;
                COSBase attributes = kid.getItem(COSName.A);
                if (attributes != null) {
                    assertFalse(attributes instanceof COSObject, "the attributes of " + kid.getCOSName(COSName.S));
                    seen[2]++;
                }
                walk(kid.getItem(COSName.K), seen);
            } else if (COSName.MCR.equals(kid.getCOSName(COSName.TYPE))) {
                assertTrue(kid.containsKey(COSName.MCID), "a reference names its marked content");
                seen[1]++;
            }
        } else if (kids instanceof org.apache.pdfbox.cos.COSInteger) {
            seen[1]++; // a marked-content id on the element's own page
        }
    }

    // --- MeasuredFont: widths and codes remembered per character ------------------------------------------------

    @Test
    void measuredWidthsAndCodesEqualThePdfboxFontsOwn() throws IOException {
        Random random = new Random(20261126);
        String alphabet = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 .,;:–—'’\"()/%×½°"
                + "ÅÄÖåäöÆØæøÉéÈèÊêÇçÑñßŁłŃńŚśŻżŹźĄąĘęČčŠšŽžŘřŮůŐőŰűİıĞğŞşÐðÞþ";
        List<String> texts = new ArrayList<>(List.of("", " ", "Zoë Ångström", "3 × 12 reps @ 20 kg", "fi ffl"));
        for (int i = 0; i < 500; i++) {
            StringBuilder s = new StringBuilder();
            for (int n = random.nextInt(40); n > 0; n--) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            texts.add(s.toString());
        }
        for (String path : List.of(
                PdfWriter.LIBERATION + "Regular.ttf",
                PdfWriter.LIBERATION + "Bold.ttf",
                PdfWriter.LIBERATION + "Italic.ttf",
                PdfWriter.DEJAVU + ".ttf")) {
            try (PDDocument doc = new PDDocument()) {
                PDFont font = PdfWriter.embed(doc, path);
                PDFont measured = new MeasuredFont(font);
                assertSame(font.getCOSObject(), measured.getCOSObject(), "one font resource, not two");
                for (String text : texts) {
                    assertEquals(font.getStringWidth(text), measured.getStringWidth(text), 0f, path + ": " + text);
                    assertArrayEquals(font.encode(text), measured.encode(text), path + ": " + text);
                    // asked twice: the remembered answer is the same
                    assertEquals(font.getStringWidth(text), measured.getStringWidth(text), 0f, path + ": " + text);
                }
            }
        }
    }

    @Test
    void aCharacterTheFontLacksFailsAsOnTheFontItself() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = PdfWriter.embed(doc, PdfWriter.LIBERATION + "Regular.ttf");
            PDFont measured = new MeasuredFont(font);
            String ticks = "done ☑";
            assertThrows(IllegalArgumentException.class, () -> font.getStringWidth(ticks));
            assertThrows(IllegalArgumentException.class, () -> measured.getStringWidth(ticks));
            assertThrows(IllegalArgumentException.class, () -> measured.getStringWidth(ticks), "and again");
            assertEquals(font.getStringWidth("done "), measured.getStringWidth("done "), 0f);
        }
    }

    // --- Xmp: the metadata packet written as text ----------------------------------------------------------------

    @Test
    void theXmpPacketCarriesTheDocumentsTitleAuthorSubjectAndDates() throws Exception {
        Calendar stamp = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        stamp.clear();
        stamp.set(2027, Calendar.JANUARY, 4);
        PdfWriter.Meta meta = new PdfWriter.Meta(
                "Plan <for> R&D \u0007team", "Dr Ó Sé & \"Co\"", "Knee]]> pain", "en-GB", LocalDate.of(2027, 1, 4));

        String packet = Xmp.packet(meta, stamp);

        Document dom = DocumentBuilderFactory.newDefaultInstance()
                .newDocumentBuilder()
                .parse(new ByteArrayInputStream(packet.getBytes(StandardCharsets.UTF_8)));
        assertEquals("x:xmpmeta", dom.getDocumentElement().getNodeName(), "well-formed XML");
        XMPMetadata xmp = new DomXmpParser().parse(packet.getBytes(StandardCharsets.UTF_8));
        assertEquals("Plan <for> R&D team", xmp.getDublinCoreSchema().getTitle(), "control characters left out");
        assertEquals(List.of("Dr Ó Sé & \"Co\""), xmp.getDublinCoreSchema().getCreators());
        assertEquals("Knee]]> pain", xmp.getDublinCoreSchema().getDescription());
        assertEquals(
                stamp.getTimeInMillis(), xmp.getXMPBasicSchema().getCreateDate().getTimeInMillis());
        assertEquals(
                stamp.getTimeInMillis(), xmp.getXMPBasicSchema().getModifyDate().getTimeInMillis());
        assertEquals("Loadwise", xmp.getXMPBasicSchema().getCreatorTool());
        assertEquals(3, xmp.getPDFAIdentificationSchema().getPart());
        assertEquals("U", xmp.getPDFAIdentificationSchema().getConformance());
        assertTrue(packet.contains("<pdfuaid:part>1</pdfuaid:part>"));
    }

    @Test
    void anEmptyAuthorOrSubjectIsLeftOutOfTheXmp() throws Exception {
        Calendar stamp = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
        String packet = Xmp.packet(new PdfWriter.Meta("T", "", null, "en-GB", LocalDate.of(2027, 1, 4)), stamp);
        XMPMetadata xmp = new DomXmpParser().parse(packet.getBytes(StandardCharsets.UTF_8));
        assertNull(xmp.getDublinCoreSchema().getCreators());
        assertNull(xmp.getDublinCoreSchema().getDescription());
        assertEquals("T", xmp.getDublinCoreSchema().getTitle());
    }

    // --- the XHTML parser -----------------------------------------------------------------------------------------

    @Test
    void malformedXhtmlIsTheTemplatesFaultWithItsLineAndColumn() {
        InputException e = assertThrows(
                InputException.class,
                () -> PdfWriter.xhtml("<html xmlns=\"http://www.w3.org/1999/xhtml\">\n<body><p>open</body></html>"));
        String message = e.problems().get(0).format();
        assertTrue(message.startsWith("template: makes XHTML that is not well-formed at line 2, column "), message);
        assertTrue(message.contains("--format html"), message);
    }

    @Test
    void externalEntitiesAreNeverRead() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE html [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>&x;</p></body></html>";
        Document dom = PdfWriter.xhtml(xxe);
        assertEquals("", dom.getElementsByTagName("p").item(0).getTextContent());
    }

    @Test
    void theParserIsReusedAcrossDocumentsWithoutCarryingAnythingOver() {
        Document first = PdfWriter.xhtml("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>one</p></body></html>");
        assertThrows(InputException.class, () -> PdfWriter.xhtml("<html><body>"));
        Document second =
                PdfWriter.xhtml("<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>two</p></body></html>");
        assertEquals("one", first.getElementsByTagName("p").item(0).getTextContent());
        assertEquals("two", second.getElementsByTagName("p").item(0).getTextContent());
        assertEquals("http://www.w3.org/1999/xhtml", second.getDocumentElement().getNamespaceURI());
    }
}
