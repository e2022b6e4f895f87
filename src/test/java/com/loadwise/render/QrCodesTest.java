package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.loadwise.plan.Planner;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class QrCodesTest {

    @Test
    void theQrCodeReadsBackAsTheVideoAddress() throws Exception {
        String url = "https://video.example/loadwise/glute-bridge-double-leg";

        String uri = QrCodes.pngDataUri(url);

        byte[] png = Base64.getDecoder().decode(uri.substring("data:image/png;base64,".length()));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        int[] pixels = img.getRGB(0, 0, img.getWidth(), img.getHeight(), null, 0, img.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(img.getWidth(), img.getHeight(), pixels);
        String decoded = new QRCodeReader()
                .decode(new BinaryBitmap(new HybridBinarizer(source)))
                .getText();
        assertEquals(url, decoded);
        assertEquals(uri, QrCodes.pngDataUri(url), "the same address gives the same image");
    }

    @Test
    void aLevelWithAVideoGetsAQrCodeOnItsCard() {
        Planner planner = new Planner(List.of(Path.of("src/test/resources/clinic-library")));
        Handouts handouts = new Handouts(planner.library(), null);

        String xhtml = handouts.xhtml(
                planner.plan(Path.of("seeds/physio-gluteal-tendinopathy.yaml"), null)
                        .programs()
                        .get(0),
                new HandoutBuilder.Options("a4", false, Branding.none()));

        assertTrue(xhtml.contains("Glute bridge (clinic version)"), "the clinic's exercise replaced the bundled one");
        assertTrue(xhtml.contains("alt=\"QR code linking to a video of Glute bridge (clinic version)\""));
        assertTrue(xhtml.contains("Scan for a video: https://video.example/loadwise/glute-bridge-double-leg"));
        assertTrue(xhtml.contains("<img src=\"data:image/png;base64,"), "the level's picture is on its card");
        assertTrue(xhtml.contains("alt=\"Glute bridge (clinic version): Double-leg glute bridge\""));
    }
}
