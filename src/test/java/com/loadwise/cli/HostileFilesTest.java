package com.loadwise.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Files that try to leave their folder (pictures, logos, templates) or reach the network from a template: each is
 * refused with exit 1 and a message naming what was refused, and an existing output file is left as it was.
 */
class HostileFilesTest {

    private static final Path PICTURE = Path.of("src/test/resources/clinic-library/images/glute-bridge-double-leg.png");
    private static final String PROFILE = "seeds/physio-gluteal-tendinopathy.yaml";

    private static byte[] pngHeader(int width, int height) {
        ByteBuffer b = ByteBuffer.allocate(33);
        b.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        b.putInt(13).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(width).putInt(height);
        b.put(new byte[] {8, 6, 0, 0, 0}).putInt(0);
        return b.array();
    }

    private static CliTest.Result handoutWithBranding(Path tmp, String brandingYaml) throws IOException {
        Path branding = Files.writeString(tmp.resolve("brand/brand.yaml"), brandingYaml);
        return CliTest.run(
                "handout", PROFILE, "-o", tmp.resolve("h.pdf").toString(), "--branding", branding.toString());
    }

    @Test
    void aLogoOutsideTheBrandingFolderIsRefused(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("brand"));
        Path outside = Files.copy(PICTURE, tmp.resolve("outside.png"));
        Files.createSymbolicLink(tmp.resolve("brand/linked.png"), outside);
        String shown = tmp.resolve("brand/brand.yaml").toString();

        CliTest.Result link = handoutWithBranding(tmp, "name: X\nlogo: linked.png\n");
        assertEquals(1, link.code(), link.err());
        assertTrue(
                link.err().contains(shown + ":2:7: the logo 'linked.png' is a link that leads out of its folder"),
                link.err());

        CliTest.Result up = handoutWithBranding(tmp, "name: X\nlogo: ../outside.png\n");
        assertEquals(1, up.code(), up.err());
        assertTrue(up.err().contains(":2:7: the logo '../outside.png' leaves its folder (..)"), up.err());

        CliTest.Result absolute = handoutWithBranding(tmp, "name: X\nlogo: " + outside + "\n");
        assertEquals(1, absolute.code(), absolute.err());
        assertTrue(absolute.err().contains(":2:7: the logo '" + outside + "' is an absolute path"), absolute.err());
        assertTrue(Files.notExists(tmp.resolve("h.pdf")));
    }

    @Test
    void aLogoWhoseHeaderClaimsHugeDimensionsIsRefusedBeforeDecoding(@TempDir Path tmp) throws IOException {
        Files.createDirectories(tmp.resolve("brand"));
        Files.write(tmp.resolve("brand/logo.png"), pngHeader(70_000, 70_000));

        CliTest.Result r = handoutWithBranding(tmp, "name: X\nlogo: logo.png\n");

        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains(":2:7: the logo: the picture is too large (70000 x 70000 pixels; the limit is"
                                + " 16777216 pixels) (scale it down, or raise the limit with the environment variable"
                                + " LOADWISE_MAX_IMAGE_PIXELS)"),
                r.err());
    }

    /** A copy of the test clinic library's exercise file in {@code tmp/clinic}, with an empty images folder. */
    private static Path clinicLayerWithoutPictures(Path tmp) throws IOException {
        Path layer = tmp.resolve("clinic");
        Files.createDirectories(layer.resolve("exercises"));
        Files.createDirectories(layer.resolve("images"));
        Files.copy(
                Path.of("src/test/resources/clinic-library/exercises/glute-bridge.yaml"),
                layer.resolve("exercises/glute-bridge.yaml"));
        return layer;
    }

    @Test
    void anExerciseImageLinkedOutOfImagesIsRefusedByTheValidator(@TempDir Path tmp) throws IOException {
        // given the clinic library with its picture replaced by a link to a file outside images/
        Path layer = clinicLayerWithoutPictures(tmp);
        Path outside = Files.copy(PICTURE, tmp.resolve("secret.png"));
        Files.createSymbolicLink(layer.resolve("images/glute-bridge-double-leg.png"), outside);

        CliTest.Result r = CliTest.run("library", "validate", "--library", layer.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains("glute-bridge.yaml:28:16: image 'glute-bridge-double-leg.png' is a link that leads"
                                + " out of its folder"),
                r.err());
    }

    @Test
    void anExerciseImageWithHugeDimensionsIsRefusedByTheValidator(@TempDir Path tmp) throws IOException {
        Path layer = clinicLayerWithoutPictures(tmp);
        Files.write(layer.resolve("images/glute-bridge-double-leg.png"), pngHeader(50_000, 50_000));

        CliTest.Result r = CliTest.run("library", "validate", "--library", layer.toString());

        assertEquals(1, r.code(), r.err());
        assertTrue(
                r.err()
                        .contains("glute-bridge.yaml:28:16: image 'images/glute-bridge-double-leg.png': the picture"
                                + " is too large (50000 x 50000 pixels"),
                r.err());
    }

    @Test
    void templatesAndPartialsThatLeaveTheTemplatesFolderAreRefused(@TempDir Path tmp) throws IOException {
        Path templates =
                Files.createDirectories(tmp.resolve("templates/partials")).getParent();
        Path secret = Files.writeString(tmp.resolve("secret.mustache"), "<p>secret</p>");
        Path out = Files.writeString(tmp.resolve("h.pdf"), "the old handout");

        // a partial linked out of the folder
        Files.createSymbolicLink(templates.resolve("partials/cover.mustache"), secret);
        CliTest.Result link =
                CliTest.run("handout", PROFILE, "-o", out.toString(), "--templates", templates.toString());
        assertEquals(1, link.code(), link.err());
        assertTrue(
                link.err().contains("template 'partials/cover.mustache' is a link that leads out of its folder"),
                link.err());

        // a partial that climbs out with ..
        Files.delete(templates.resolve("partials/cover.mustache"));
        Files.writeString(templates.resolve("handout.mustache"), "<html><body>{{> ../secret}}</body></html>");
        CliTest.Result up = CliTest.run("handout", PROFILE, "-o", out.toString(), "--templates", templates.toString());
        assertEquals(1, up.code(), up.err());
        assertTrue(up.err().contains("leaves its folder (..)"), up.err());

        // an absolute partial
        Files.writeString(templates.resolve("handout.mustache"), "<html><body>{{> " + secret + "}}</body></html>");
        CliTest.Result abs = CliTest.run("handout", PROFILE, "-o", out.toString(), "--templates", templates.toString());
        assertEquals(1, abs.code(), abs.err());
        assertTrue(abs.err().contains("is an absolute path") || abs.err().contains("leaves its folder"), abs.err());

        assertEquals("the old handout", Files.readString(out));
    }

    @Test
    void aTemplateReachingForTheNetworkOrTheDiskIsRefusedAndNothingIsFetched(@TempDir Path tmp) throws IOException {
        try (ServerSocket server = new ServerSocket(0)) {
            server.setSoTimeout(300);
            String http = "http://127.0.0.1:" + server.getLocalPort();
            String https = "https://127.0.0.1:" + server.getLocalPort();
            String[][] cases = {
                {"<img src=\"" + http + "/x.png\" alt=\"x\"/>", http + "/x.png", "image raster"},
                {"<link rel=\"stylesheet\" href=\"" + https + "/a.css\"/>", https + "/a.css", "css"},
                {"<style>@import url(" + http + "/b.css);</style>", http + "/b.css", "css"},
                {
                    "<style>@font-face { font-family: Evil; src: url(file:///etc/passwd); } p { font-family: Evil; }</style>",
                    "file:///etc/passwd",
                    "font"
                },
                {"<img src=\"ftp://127.0.0.1/x.png\" alt=\"x\"/>", "ftp://127.0.0.1/x.png", "image raster"},
            };
            Path out = Files.writeString(tmp.resolve("h.pdf"), "the old handout");
            for (String[] c : cases) {
                Path templates = Files.createDirectories(tmp.resolve("t" + c[1].hashCode()));
                Files.writeString(
                        templates.resolve("handout.mustache"),
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head><title>t</title>" + c[0]
                                + "</head><body><p>{{title}}</p>" + (c[0].startsWith("<img") ? c[0] : "")
                                + "</body></html>");

                CliTest.Result r =
                        CliTest.run("handout", PROFILE, "-o", out.toString(), "--templates", templates.toString());

                assertEquals(1, r.code(), c[0] + "\n" + r.err());
                assertTrue(
                        r.err()
                                .contains("template: refers to " + c[2] + " '" + c[1]
                                        + "' outside the document; handouts never fetch anything"),
                        r.err());
                assertEquals("the old handout", Files.readString(out));
            }
            assertThrows(SocketTimeoutException.class, server::accept, "nothing connected to the local server");
        }
    }

    @Test
    void theBundledTemplatesLoadNothingFromOutside(@TempDir Path tmp) throws IOException {
        // given the clinic library, whose picture is embedded as a data: URI
        Path out = tmp.resolve("h.pdf");

        CliTest.Result r =
                CliTest.run("handout", PROFILE, "-o", out.toString(), "--library", "src/test/resources/clinic-library");

        assertEquals(0, r.code(), r.err());
        try (Stream<Path> files = Files.list(tmp)) {
            assertArrayEquals(new Object[] {out}, files.toArray());
        }
    }
}
