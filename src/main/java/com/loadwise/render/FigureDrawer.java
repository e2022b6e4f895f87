package com.loadwise.render;

import com.openhtmltopdf.css.sheet.FontFaceRule;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.extend.SVGDrawer;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.RenderingContext;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.io.File;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Draws our own pose figures ({@code <svg class="lw-figure">}) straight onto the page with Java2D shapes, and hands
 * every other SVG (a clinic's picture files) to Batik. Batik builds a DOM, a CSS engine and a scene graph for each
 * SVG, about 10 ms per figure, which doubled the render time of a handout; our figures use five elements with
 * plain attributes, so reading them here costs next to nothing. The page output is the same vector line art.
 */
final class FigureDrawer implements SVGDrawer {

    static final String CLASS = "lw-figure";

    private final SVGDrawer batik;

    /**
     * One key object per distinct figure and size: openhtmltopdf finds a form to reuse by the key's identity, and
     * a drawer serves one document.
     */
    private final Map<FormKey, FormKey> forms = new HashMap<>();

    FigureDrawer(SVGDrawer batik) {
        this.batik = batik;
    }

    @Override
    public SVGImage buildSVGImage(
            Element svg,
            Box box,
            com.openhtmltopdf.css.style.CssContext c,
            double cssWidth,
            double cssHeight,
            double dotsPerPixel) {
        if (!CLASS.equals(svg.getAttribute("class"))) {
            return batik.buildSVGImage(svg, box, c, cssWidth, cssHeight, dotsPerPixel);
        }
        String[] viewBox = svg.getAttribute("viewBox").trim().split("\\s+");
        double vw = Double.parseDouble(viewBox[2]);
        double vh = Double.parseDouble(viewBox[3]);
        double w = cssWidth >= 0 ? cssWidth : Double.parseDouble(svg.getAttribute("width")) * dotsPerPixel;
        double h = cssHeight >= 0 ? cssHeight : w * vh / vw;
        FormKey key = new FormKey(markup(svg), (float) (w / dotsPerPixel), (float) (h / dotsPerPixel));
        return new Image(svg, vw, vh, w, h, dotsPerPixel, forms.computeIfAbsent(key, k -> k));
    }

    /** A figure sized by the page's CSS, drawn from its elements. */
    private record Image(
            Element svg, double viewWidth, double viewHeight, double width, double height, double dpp, FormKey key)
            implements SVGImage {

        @Override
        public int getIntrinsicWidth() {
            return (int) width;
        }

        @Override
        public int getIntrinsicHeight() {
            return (int) height;
        }

        /**
         * Draws the figure as a form XObject; the same figure at the same size again in the document (a card that
         * recurs in a later stage, a warm-up drill on every stage page) places the form drawn the first time
         * rather than drawing it anew, so the file holds one copy.
         */
        @Override
        public void drawSVG(OutputDevice out, RenderingContext ctx, double x, double y) {
            float w = key.width();
            float h = key.height();
            out.drawWithGraphics((float) x, (float) y, w, h, key, g -> {
                g.scale(w / viewWidth, h / viewHeight);
                draw(g, svg);
            });
        }
    }

    /** What makes two figures the same form: their elements and attributes, and the size they are drawn at. */
    private record FormKey(String markup, float width, float height) {}

    /** The element's tree as text: tag names and attributes in document order (all that {@link #draw} reads). */
    static String markup(Element svg) {
        StringBuilder b = new StringBuilder(4096);
        markup(svg, b);
        return b.toString();
    }

    private static void markup(Element e, StringBuilder b) {
        b.append('<').append(e.getTagName());
        NamedNodeMap attributes = e.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
            Node a = attributes.item(i);
            b.append(' ')
                    .append(a.getNodeName())
                    .append('=')
                    .append(a.getNodeValue())
                    .append(';');
        }
        b.append('>');
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                markup(child, b);
            }
        }
        b.append("</>");
    }

    /** Draws the children of {@code parent} in order; a group (the crop of a part-body figure) is entered. */
    static void draw(Graphics2D g, Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) {
                continue;
            }
            switch (e.getLocalName() == null ? e.getTagName() : e.getLocalName()) {
                case "g" -> draw(g, e);
                case "line" -> stroke(g, e, new Line2D.Double(num(e, "x1"), num(e, "y1"), num(e, "x2"), num(e, "y2")));
                case "circle" -> {
                    double r = num(e, "r");
                    Ellipse2D circle = new Ellipse2D.Double(num(e, "cx") - r, num(e, "cy") - r, 2 * r, 2 * r);
                    fill(g, e, circle);
                    stroke(g, e, circle);
                }
                case "polygon" -> {
                    Path2D.Double p = new Path2D.Double();
                    String[] pts = e.getAttribute("points").trim().split("\\s+");
                    for (int i = 0; i < pts.length; i++) {
                        String[] xy = pts[i].split(",");
                        double px = Double.parseDouble(xy[0]);
                        double py = Double.parseDouble(xy[1]);
                        if (i == 0) {
                            p.moveTo(px, py);
                        } else {
                            p.lineTo(px, py);
                        }
                    }
                    p.closePath();
                    fill(g, e, p);
                    stroke(g, e, p);
                }
                case "path" -> {
                    // only the arrow's "M x y Q cx cy x y"
                    String[] t = e.getAttribute("d")
                            .replace("M", "")
                            .replace("Q", " ")
                            .trim()
                            .split("\\s+");
                    stroke(
                            g,
                            e,
                            new QuadCurve2D.Double(
                                    Double.parseDouble(t[0]),
                                    Double.parseDouble(t[1]),
                                    Double.parseDouble(t[2]),
                                    Double.parseDouble(t[3]),
                                    Double.parseDouble(t[4]),
                                    Double.parseDouble(t[5])));
                }
                default -> {} // clipPath: the page box already clips the figure
            }
        }
    }

    private static void fill(Graphics2D g, Element e, java.awt.Shape s) {
        Color c = colour(e.getAttribute("fill"));
        if (c != null) {
            g.setColor(c);
            g.fill(s);
        }
    }

    private static void stroke(Graphics2D g, Element e, java.awt.Shape s) {
        Color c = colour(e.getAttribute("stroke"));
        double width = e.hasAttribute("stroke-width") ? num(e, "stroke-width") : 1;
        if (c != null && width > 0) {
            g.setColor(c);
            g.setStroke(new BasicStroke((float) width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(s);
        }
    }

    private static double num(Element e, String attribute) {
        return Double.parseDouble(e.getAttribute(attribute));
    }

    /** "#rrggbb", or null for "none" or no colour. */
    static Color colour(String value) {
        if (value == null || value.isEmpty() || value.equals("none")) {
            return null;
        }
        return new Color(Integer.parseInt(value.substring(1), 16));
    }

    @Override
    public void importFontFaceRules(List<FontFaceRule> rules, SharedContext shared) {
        batik.importFontFaceRules(rules, shared);
    }

    @Override
    public void withUserAgent(com.openhtmltopdf.extend.UserAgentCallback agent) {
        batik.withUserAgent(agent);
    }

    @Override
    public void addFontFile(File file, String family, Integer weight, BaseRendererBuilder.FontStyle style)
            throws IOException, FontFormatException {
        batik.addFontFile(file, family, weight, style);
    }

    @Override
    public void close() throws IOException {
        batik.close();
    }
}
