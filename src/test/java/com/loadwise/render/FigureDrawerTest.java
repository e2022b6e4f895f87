package com.loadwise.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.loadwise.figure.Figure;
import com.loadwise.library.Exercise;
import com.loadwise.library.Level;
import com.loadwise.library.LibraryLoader;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.StringReader;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** Our figures are drawn from their SVG elements without Batik; the result covers the same pixels. */
class FigureDrawerTest {

    @Test
    void aFigureDrawnFromItsSvgElementsPutsTheEndPositionOnThePage() throws Exception {
        Exercise bridge =
                new LibraryLoader().load(List.of()).exercise("glute-bridge").orElseThrow();
        Level single = bridge.levels().stream()
                .filter(l -> l.id().equals("single-leg"))
                .findFirst()
                .orElseThrow();
        String svg = Figure.draw(single.pose()).svg("bridge");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getDocumentElement();
        assertEquals(FigureDrawer.CLASS, root.getAttribute("class"), "our figures are marked for the fast path");

        BufferedImage img = new BufferedImage(200, 130, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 130);
        FigureDrawer.draw(g, root);
        g.dispose();

        int end = 0;
        int work = 0;
        int arrow = 0;
        for (int x = 0; x < 200; x++) {
            for (int y = 0; y < 130; y++) {
                int rgb = img.getRGB(x, y) & 0xffffff;
                end += rgb == 0x1f4e6b ? 1 : 0;
                work += rgb == 0xd2621c ? 1 : 0;
                arrow += rgb == 0x2b8a3e ? 1 : 0;
            }
        }
        assertTrue(end > 300, "the solid end position is drawn: " + end);
        assertTrue(work > 100, "the working leg is orange: " + work);
        assertTrue(arrow > 10, "the arrow is drawn: " + arrow);
    }

    @Test
    void coloursAreReadFromHex() {
        assertEquals(new Color(0x1f4e6b), FigureDrawer.colour("#1f4e6b"));
        assertNull(FigureDrawer.colour("none"));
        assertNull(FigureDrawer.colour(""));
    }
}
