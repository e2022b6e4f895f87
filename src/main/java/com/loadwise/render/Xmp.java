package com.loadwise.render;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;

/**
 * The document's XMP metadata, written here in full so that its dates come from the program, not the clock: PDF/A-3u
 * and PDF/UA-1 identification (with the extension schema PDF/A asks for), title, author and subject (the same values
 * as the document information dictionary, as PDF/A requires), dates and producer.
 *
 * <p>It replaces what openhtmltopdf wrote rather than parsing and re-serialising it with xmpbox: that took 5% of a
 * cold handout (xmpbox maps its types by reflection for every document) for a packet whose content is fixed.
 */
final class Xmp {

    private Xmp() {}

    /**
     * The extension schemas PDF/A asks for the pdf: and pdfuaid: properties, as openhtmltopdf writes them: an
     * {@code rdf:Description} kept in {@code loadwise/xmp-extension-schemas.xml}.
     */
    private static final String EXTENSIONS =
            new String(PdfWriter.resource("/loadwise/xmp-extension-schemas.xml"), StandardCharsets.UTF_8);

    static void rewrite(PDDocument doc, PdfWriter.Meta meta, Calendar stamp) throws java.io.IOException {
        PDMetadata metadata = new PDMetadata(doc);
        metadata.importXMPMetadata(packet(meta, stamp).getBytes(StandardCharsets.UTF_8));
        doc.getDocumentCatalog().setMetadata(metadata);
    }

    static String packet(PdfWriter.Meta meta, Calendar stamp) {
        String date = DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(stamp.toInstant().atOffset(ZoneOffset.UTC))
                .replace("Z", "+00:00");
        StringBuilder x = new StringBuilder(6000);
        x.append("<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>")
                .append("<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n")
                .append(
                        "  <rdf:RDF xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\"")
                .append(" xmlns:pdfaProperty=\"http://www.aiim.org/pdfa/ns/property#\"")
                .append(" xmlns:pdfaSchema=\"http://www.aiim.org/pdfa/ns/schema#\"")
                .append(
                        " xmlns:pdfaid=\"http://www.aiim.org/pdfa/ns/id/\" xmlns:pdfuaid=\"http://www.aiim.org/pdfua/ns/id/\"")
                .append(" xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n")
                .append(EXTENSIONS)
                .append("    <rdf:Description rdf:about=\"\">\n")
                .append("      <pdfaid:conformance>U</pdfaid:conformance>\n")
                .append("      <pdfaid:part>3</pdfaid:part>\n")
                .append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\">\n")
                .append("      <pdf:PDFVersion>1.7</pdf:PDFVersion>\n")
                .append("      <pdf:Producer>Loadwise</pdf:Producer>\n")
                .append("    </rdf:Description>\n")
                .append("    <rdf:Description xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" rdf:about=\"\">\n")
                .append("      <xmp:CreateDate>")
                .append(date)
                .append("</xmp:CreateDate>\n")
                .append("      <xmp:ModifyDate>")
                .append(date)
                .append("</xmp:ModifyDate>\n")
                .append("      <xmp:MetadataDate>")
                .append(date)
                .append("</xmp:MetadataDate>\n")
                .append("      <xmp:CreatorTool>Loadwise</xmp:CreatorTool>\n")
                .append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\">\n")
                .append("      <dc:format>application/pdf</dc:format>\n");
        if (present(meta.author())) {
            x.append("      <dc:creator>\n        <rdf:Seq>\n          <rdf:li>")
                    .append(text(meta.author()))
                    .append("</rdf:li>\n        </rdf:Seq>\n      </dc:creator>\n");
        }
        if (present(meta.title())) {
            x.append("      <dc:title>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">")
                    .append(text(meta.title()))
                    .append("</rdf:li>\n        </rdf:Alt>\n      </dc:title>\n");
        }
        if (present(meta.subject())) {
            x.append("      <dc:description>\n        <rdf:Alt>\n          <rdf:li xml:lang=\"x-default\">")
                    .append(text(meta.subject()))
                    .append("</rdf:li>\n        </rdf:Alt>\n      </dc:description>\n");
        }
        x.append("    </rdf:Description>\n")
                .append("    <rdf:Description rdf:about=\"\">\n")
                .append("      <pdfuaid:part>1</pdfuaid:part>\n")
                .append("    </rdf:Description>\n")
                .append("  </rdf:RDF>\n")
                .append("</x:xmpmeta><?xpacket end=\"w\"?>");
        return x.toString();
    }

    private static boolean present(String s) {
        return s != null && !s.isEmpty();
    }

    /** XML character data: markup characters escaped, characters XML 1.0 does not allow left out. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                default -> {
                    boolean allowed = c == 0x9
                            || c == 0xA
                            || c == 0xD
                            || (c >= 0x20 && c <= 0xD7FF)
                            || (c >= 0xE000 && c <= 0xFFFD)
                            || (c >= 0x10000 && c <= 0x10FFFF);
                    if (allowed) {
                        out.appendCodePoint(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
