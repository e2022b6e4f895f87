package com.loadwise.render;

import com.loadwise.yaml.InputException;
import com.loadwise.yaml.Problem;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceType;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.resource.FSEntityResolver;
import com.openhtmltopdf.svgsupport.BatikSVGDrawer;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.LogMessageId;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * XHTML to PDF with openhtmltopdf on PDFBox: fonts embedded and subset, tagged for accessibility (PDF/UA) and
 * archival (PDF/A-3u), nothing fetched from outside the document, and byte-identical output for the same input
 * (the dates and the document id derive from the content, never the clock).
 */
public final class PdfWriter {

    static final String LIBERATION = "/liberation/LiberationSans-";
    static final String DEJAVU = "/net/sf/jasperreports/fonts/dejavu/DejaVuSans";

    /** Title, author, subject, language and the date stamped into the PDF. */
    public record Meta(String title, String author, String subject, String lang, LocalDate date) {}

    static {
        // openhtmltopdf logs timings and font loading at INFO; a command-line tool prints only its own messages.
        // Logging stays on with a logger that prints nothing: openhtmltopdf hands each message to the document's
        // diagnostic consumer (see write) only while logging is on.
        XRLog.setLoggerImpl(new XRLogger() {
            @Override
            public void log(String where, Level level, String msg) {}

            @Override
            public void log(String where, Level level, String msg, Throwable th) {}

            @Override
            public void setLevel(String logger, Level level) {}

            @Override
            public boolean isLogLevelEnabled(Diagnostic diagnostic) {
                return false;
            }
        });
        XRLog.setLoggingEnabled(true);
    }

    private PdfWriter() {}

    public static byte[] write(String xhtml, Meta meta) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.withW3cDocument(withDefaultFont(xhtml(xhtml)), null);
        b.useExternalResourceAccessControl(
                PdfWriter::onlyDataUris, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        PDDocument target = new IndexedPages();
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
        // openhtmltopdf leaves out text for which no font can be used (in PDF/A every font must be embedded, so its
        // built-in fallbacks cannot be): that is a template asking for a font we do not bundle, and an error
        boolean[] fontMissing = {false};
        b.withDiagnosticConsumer(d -> {
            if (d.getLogMessageId() == LogMessageId.LogMessageId0Param.RENDER_FONT_LIST_IS_EMPTY) {
                fontMissing[0] = true;
            }
        });
        try (PdfBoxRenderer renderer = b.buildPdfRenderer()) {
            renderer.createPDFWithoutClosing();
            if (fontMissing[0]) {
                throw new InputException(Problem.inFile(
                        "template",
                        "sets text in a font that handouts do not have, so that text would be left out of the PDF",
                        "in the template's styles use font-family: 'Liberation Sans' (with 'DejaVu Sans' for"
                                + " symbols); only these fonts are embedded"));
            }
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
        String what =
                type == null ? "resource" : type.name().toLowerCase(Locale.ROOT).replace('_', ' ');
        throw new InputException(Problem.inFile(
                "template",
                "refers to " + what + " '" + uri + "' outside the document; handouts never fetch anything",
                "embed it as a data: URI or remove it from the template"));
    }

    /**
     * A document id derived from the content: the same input gives the same id. A 64-bit polynomial hash of the
     * characters: the id only has to be stable and differ between documents, and SHA-256 of the XHTML took 3% of a
     * team batch (the JVM runs without the C2 compiler, whose SHA intrinsics it would need).
     */
    static long documentId(String xhtml) {
        long id = 1125899906842597L;
        for (int i = 0; i < xhtml.length(); i++) {
            id = 31 * id + xhtml.charAt(i);
        }
        return id;
    }

    /** One XHTML parser per thread: a DocumentBuilder is reusable but not thread-safe. */
    private static final ThreadLocal<DocumentBuilder> PARSERS = ThreadLocal.withInitial(PdfWriter::newParser);

    /**
     * The XHTML as a DOM, with the safety settings openhtmltopdf uses itself (no external entities or DTDs, secure
     * processing; its resolver supplies the XHTML 1.x DTDs' entities from its own copies). Parsing it here rather
     * than handing openhtmltopdf the text skips its SAX-to-DOM identity transform (which looked up a
     * TransformerFactory for every document; parsing was 12% of an athlete's handout), and a template that makes
     * malformed XHTML is reported as the user's input instead of an internal error.
     */
    static Document xhtml(String xhtml) {
        DocumentBuilder parser = PARSERS.get();
        try {
            return parser.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            throw new InputException(Problem.inFile(
                    "template",
                    "makes XHTML that is not well-formed at line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + " of the output: " + e.getMessage(),
                    "fix the template; '--format html' writes the XHTML it made, to see that line"));
        } catch (SAXException e) {
            throw new InputException(Problem.inFile(
                    "template", "makes XHTML that cannot be read: " + e.getMessage(), "fix the template"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            parser.reset();
        }
    }

    private static final String XHTML_NS = "http://www.w3.org/1999/xhtml";

    /**
     * The document with our fonts as its default, in a style sheet placed before any of its own (so any
     * {@code font-family} a template sets wins). A PDF/A document can only use embedded fonts, and openhtmltopdf
     * draws no text at all in a font it cannot embed: a user's template that named no font printed blank pages.
     */
    static Document withDefaultFont(Document doc) {
        Element html = doc.getDocumentElement();
        if (html == null) {
            return doc;
        }
        Element head = null;
        for (Node n = html.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "head".equals(e.getLocalName())) {
                head = e;
                break;
            }
        }
        if (head == null) {
            head = doc.createElementNS(XHTML_NS, "head");
            html.insertBefore(head, html.getFirstChild());
        }
        Element style = doc.createElementNS(XHTML_NS, "style");
        style.setTextContent("html { font-family: 'Liberation Sans', 'DejaVu Sans'; }");
        head.insertBefore(style, head.getFirstChild());
        return doc;
    }

    private static DocumentBuilder newParser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder parser = f.newDocumentBuilder();
            parser.setEntityResolver(FSEntityResolver.instance());
            parser.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {}

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return parser;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static final Map<String, byte[]> FONTS = new ConcurrentHashMap<>();

    /** Parsed fonts, one set per thread: a TrueTypeFont reads its file lazily and is not safe to share. */
    private static final ThreadLocal<Map<String, TrueTypeFont>> PARSED = ThreadLocal.withInitial(HashMap::new);

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
                        font = new MeasuredFont(embed(doc, path));
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                return font;
            }
        };
    }

    /** A bundled font (GSUB hidden, parsed once per thread) to be embedded as a subset in {@code doc}. */
    static PDType0Font embed(PDDocument doc, String path) throws IOException {
        return PDType0Font.load(doc, PARSED.get().computeIfAbsent(path, PdfWriter::parse), true);
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
