package com.loadwise.render;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Calendar;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/** Rewrites the XMP metadata that openhtmltopdf writes, so its dates come from the program, not the clock. */
final class Xmp {

    private Xmp() {}

    static void rewrite(PDDocument doc, PdfWriter.Meta meta, Calendar stamp) throws IOException {
        PDMetadata existing = doc.getDocumentCatalog().getMetadata();
        XMPMetadata xmp;
        if (existing != null) {
            try (InputStream in = existing.exportXMPMetadata()) {
                xmp = new DomXmpParser().parse(in.readAllBytes());
            } catch (XmpParsingException e) {
                throw new IOException("cannot read the PDF's XMP metadata", e);
            }
        } else {
            xmp = XMPMetadata.createXMPMetadata();
        }
        XMPBasicSchema basic = xmp.getXMPBasicSchema();
        if (basic == null) {
            basic = xmp.createAndAddXMPBasicSchema();
        }
        basic.setCreateDate(stamp);
        basic.setModifyDate(stamp);
        basic.setMetadataDate(stamp);
        basic.setCreatorTool("Loadwise");
        DublinCoreSchema dc = xmp.getDublinCoreSchema();
        if (dc == null) {
            dc = xmp.createAndAddDublinCoreSchema();
        }
        dc.setTitle(meta.title());
        if (dc.getCreators() == null || !dc.getCreators().contains(meta.author())) {
            dc.addCreator(meta.author());
        }
        dc.setDescription(meta.subject());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            new XmpSerializer().serialize(xmp, out, true);
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException("cannot write the PDF's XMP metadata", e);
        }
        PDMetadata updated = new PDMetadata(doc);
        updated.importXMPMetadata(out.toByteArray());
        doc.getDocumentCatalog().setMetadata(updated);
    }
}
