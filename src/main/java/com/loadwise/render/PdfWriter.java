package com.loadwise.render;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox: fonts embedded and subset, tagged for accessibility (PDF/UA) and
 * archival (PDF/A-3u), nothing fetched from outside the document, and byte-identical output for the same input
 * (the dates and the document id derive from the content, never the clock).
 */
public final class PdfWriter {

    private static final String LIBERATION = "/liberation/LiberationSans-";
    private static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans";

    /** Title, author, subject, language and the date stamped into the PDF. */
    public record Meta(String title, String author, String subject, String lang, LocalDate date) {}

    static {
        // openhtmltopdf logs timings and font loading at INFO; a command-line tool prints only its own messages
        com.openhtmltopdf.util.XRLog.setLoggingEnabled(false);
    }

    private PdfWriter() {}

    public static byte[] write(String xhtml, Meta meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withHtmlContent(xhtml, null);
        b.useExternalResourceAccessControl(
                PdfWriter::onlyDataUris, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        PDDocument target = new PDDocument();
        b.usePDDocument(target);
        b.useFont(font(target, LIBERATION + "Regular.ttf"), "Liberation Sans", 400, FontStyle.NORMAL, true);
        b.useFont(font(target, LIBERATION + "Bold.ttf"), "Liberation Sans", 700, FontStyle.NORMAL, true);
        b.useFont(font(target, LIBERATION + "Italic.ttf"), "Liberation Sans", 400, FontStyle.ITALIC, true);
        b.useFont(font(target, DEJAVU + ".ttf"), "DejaVu Sans", 400, FontStyle.NORMAL, true);
        b.useFont(font(target, DEJAVU + "-Bold.ttf"), "DejaVu Sans", 700, FontStyle.NORMAL, true);
        // SVG pictures: Batik with scripts off and no external resources (only data: URIs load); our own pose
        // figures are drawn directly by FigureDrawer, about ten times faster than through Batik
        b.useSVGDrawer(new FigureDrawer(new BatikSVGDrawer(
                BatikSVGDrawer.SvgScriptMode.SECURE, BatikSVGDrawer.SvgExternalResourceMode.SECURE)));
        b.usePdfUaAccessibility(true);
        b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_U);
        b.useColorProfile(resource("/loadwise/sRGB.icc"));
        b.withProducer("Loadwise");
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            PDDocument doc = renderer.getPdfDocument();
            Calendar stamp = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
            stamp.clear();
            stamp.setTimeInMillis(
                    meta.date().atStartOfDay().toInstant(ZoneOffset.UTC).toEpochMilli());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(meta.title());
            info.setAuthor(meta.author());
            info.setSubject(meta.subject());
            info.setCreator("Loadwise");
            info.setProducer("Loadwise");
            info.setCreationDate(stamp);
            info.setModificationDate(stamp);
            Xmp.rewrite(doc, meta, stamp);
            doc.setDocumentId(documentId(xhtml));
            doc.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The URI resolver's gate, asked before any URI is resolved: only {@code data:} URIs load. Anything else (an
     * image, stylesheet, {@code @import} or font from http(s), ftp, file or a relative path, which a user's template
     * could hold) stops the render with a clear error rather than being fetched or silently dropped.
     */
    static boolean onlyDataUris(String uri, ExternalResourceType type) {
        if (uri != null && uri.startsWith("data:")) {
            return true;
        }
        String what = type == null
                ? "resource"
                : type.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        throw new InputException(Problem.inFile(
                "template",
                "refers to " + what + " '" + uri + "' outside the document; handouts never fetch anything",
                "embed it as a data: URI or remove it from the template"));
    }

    /** A document id derived from the content: the same input gives the same id. */
    static long documentId(String xhtml) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
            long id = 0;
            for (int i = 0; i < 8; i++) {
                id = (id << 8) | (h[i] & 0xff);
            }
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final java.util.Map<String, byte[]> FONTS = new java.util.concurrent.ConcurrentHashMap<>();

    /** Parsed fonts, one set per thread: a TrueTypeFont reads its file lazily and is not safe to share. */
    private static final ThreadLocal<java.util.Map<String, TrueTypeFont>> PARSED =
            ThreadLocal.withInitial(java.util.HashMap::new);

    /**
     * A bundled font for one document, loaded when the layout first asks for it. Its file is read once per process
     * with its glyph-substitution table (GSUB) hidden: PDFBox 3 runs GSUB on every word by building regular
     * expressions, which took about 60% of render time (JFR profile of a team batch); for the Latin text of our
     * handouts GSUB only forms ligatures such as "fi", which we do without. The parsed font is kept per thread
     * (parsing took ~8% of a team batch); only the subset embedded in each document is new.
     */
    private static PDFontSupplier font(PDDocument doc, String path) {
        return new PDFontSupplier(null) {
            private PDFont font;

            @Override
            public PDFont supply() {
                if (font == null) {
                    try {
                        font = PDType0Font.load(doc, PARSED.get().computeIfAbsent(path, PdfWriter::parse), true);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return font;
            }
        };
    }

    private static TrueTypeFont parse(String path) {
        byte[] bytes = FONTS.computeIfAbsent(path, p -> withoutGsub(resource(p)));
        try {
            return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Renames the GSUB entry of a TrueType table directory so that font readers skip it. */
    static byte[] withoutGsub(byte[] ttf) {
        byte[] out = ttf.clone();
        int tables = ((out[4] & 0xff) << 8) | (out[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int at = 12 + 16 * i;
            if (out[at] == 'G' && out[at + 1] == 'S' && out[at + 2] == 'U' && out[at + 3] == 'B') {
                out[at] = 'X'; // "XSUB": an unknown table, ignored and not copied into the subset
            }
        }
        return out;
    }

    static byte[] resource(String path) {
        try (InputStream in = PdfWriter.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource missing: " + path);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
