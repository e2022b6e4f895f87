import com.loadwise.render.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Warm in-process timings for bench/run.sh, run as a single-file program on the shaded jar:
 * {@code java -cp target/loadwise.jar bench/WarmRender.java FILE.xhtml WARMUP RUNS}. Prints two lines of
 * per-run milliseconds: "render ..." (the XHTML to PDF through PdfWriter, as the handout command does) and
 * "pdfbox ..." (the lower bound: the same text written with raw PDFBox, one embedded subset font, no layout).
 */
public class WarmRender {
    public static void main(String[] args) throws Exception {
        String xhtml = Files.readString(Path.of(args[0]), StandardCharsets.UTF_8);
        int warmup = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        PdfWriter.Meta meta = new PdfWriter.Meta("Bench", "Bench", "Bench", "en-GB", LocalDate.of(2027, 1, 4));
        byte[] pdf = PdfWriter.write(xhtml, meta);
        String text;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
        List<String> lines = text.lines().filter(l -> !l.isBlank()).toList();
        System.out.println("render " + String.join(" ", time(() -> PdfWriter.write(xhtml, meta), warmup, runs)));
        System.out.println("pdfbox " + String.join(" ", time(() -> raw(lines), warmup, runs)));
    }

    interface Job {
        Object run() throws Exception;
    }

    static byte[] dejavu;

    static byte[] dejavu() throws Exception {
        if (dejavu == null) {
            try (InputStream in =
                    WarmRender.class.getResourceAsStream("/net/sf/jasperreports/fonts/dejavu/DejaVuSans.ttf")) {
                dejavu = in.readAllBytes();
            }
            int tables = ((dejavu[4] & 0xff) << 8) | (dejavu[5] & 0xff);
            for (int i = 0; i < tables; i++) {
                int at = 12 + 16 * i;
                if (dejavu[at] == 'G' && dejavu[at + 1] == 'S' && dejavu[at + 2] == 'U' && dejavu[at + 3] == 'B') {
                    dejavu[at] = 'X';
                }
            }
        }
        return dejavu;
    }

    static List<String> time(Job job, int warmup, int runs) throws Exception {
        for (int i = 0; i < warmup; i++) {
            job.run();
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            job.run();
            out.add(String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - t0) / 1e6));
        }
        return out;
    }

    /**
     * The text, 60 lines a page, in DejaVu Sans (it has every character of the handout, tick boxes too; embedded,
     * subset, GSUB hidden as PdfWriter does): what no layout engine can beat.
     */
    static byte[] raw(List<String> lines) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font f = PDType0Font.load(doc, new java.io.ByteArrayInputStream(dejavu()), true);
            PDPageContentStream cs = null;
            for (int i = 0; i < lines.size(); i++) {
                if (i % 60 == 0) {
                    if (cs != null) {
                        cs.endText();
                        cs.close();
                    }
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    cs = new PDPageContentStream(doc, page);
                    cs.beginText();
                    cs.setFont(f, 9);
                    cs.setLeading(12.5f);
                    cs.newLineAtOffset(40, 800);
                }
                cs.showText(lines.get(i).replace('\t', ' '));
                cs.newLine();
            }
            if (cs != null) {
                cs.endText();
                cs.close();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }
}
