package app.vidatlas.export;

import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageLayout;

import javax.imageio.ImageIO;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.PathIterator;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A lineage as a PNG image, drawn with Java 2D from the same layout and lines as the SVG ({@link LineageGeometry}), at
 * twice its size for sharp text. No web view is needed, so it is made off the JavaFX thread like any export.
 */
public final class LineagePng {
    /** Past this many pixels in all (160 MB of memory) the image is drawn smaller: a picture, not a poster. */
    static final double MAX_PIXELS = 40_000_000;

    private LineagePng() {
    }

    public static byte[] png(Lineage lineage, String focus, LineageImage.Colours colours) {
        LineageLayout layout = LineageLayout.of(lineage);
        double scale = Math.min(2.0, Math.sqrt(MAX_PIXELS / (layout.width() * layout.height())));
        BufferedImage image = new BufferedImage((int) Math.ceil(layout.width() * scale),
                (int) Math.ceil(layout.height() * scale), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.decode(colours.background()));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.scale(scale, scale);
            Font font = font();
            g.setFont(font.deriveFont(11.5f));
            g.setColor(Color.decode(colours.muted()));
            for (LineageLayout.Column c : layout.columns()) {
                g.drawString(c.label(), (float) c.x(), 18f);
            }
            for (LineageGeometry.Line line : LineageGeometry.lines(lineage, layout)) {
                drawLine(g, line, colours);
            }
            g.setFont(font.deriveFont(12.5f));
            for (LineageLayout.Box b : layout.boxes()) {
                drawBox(g, b, b.node().id().equals(focus), colours);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static Font font() {
        // Chinese names need a CJK font; Java falls back to its logical sans-serif where Noto is missing.
        Font noto = new Font("Noto Sans CJK SC", Font.PLAIN, 12);
        return noto.getFamily().equals("Noto Sans CJK SC") ? noto : new Font(Font.SANS_SERIF, Font.PLAIN, 12);
    }

    private static void drawLine(Graphics2D g, LineageGeometry.Line line, LineageImage.Colours c) {
        String kind = line.kind();
        boolean mentions = kind.equals("mentions");
        Color colour = Color.decode(mentions ? c.muted() : c.text());
        g.setColor(colour);
        g.setStroke(mentions ? new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{2, 3}, 0)
                : new BasicStroke(kind.equals("curated") ? 2.6f : 1.3f));
        g.draw(line.path());
        arrowHead(g, line.path(), Color.decode(c.muted()));
    }

    /** A filled arrow head at the path's end, along its last direction. */
    private static void arrowHead(Graphics2D g, Path2D.Double path, Color colour) {
        double[] c = new double[6];
        double px = 0, py = 0, x = 0, y = 0;
        for (PathIterator it = path.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(c);
            if (type == PathIterator.SEG_CUBICTO) {
                px = c[2];
                py = c[3];
                x = c[4];
                y = c[5];
            } else if (type != PathIterator.SEG_CLOSE) {
                px = x;
                py = y;
                x = c[0];
                y = c[1];
            }
        }
        double angle = Math.atan2(y - py, x - px);
        Path2D.Double head = new Path2D.Double();
        head.moveTo(x, y);
        head.lineTo(x - 8 * Math.cos(angle - 0.4), y - 8 * Math.sin(angle - 0.4));
        head.lineTo(x - 8 * Math.cos(angle + 0.4), y - 8 * Math.sin(angle + 0.4));
        head.closePath();
        g.setColor(colour);
        g.fill(head);
    }

    private static void drawBox(Graphics2D g, LineageLayout.Box b, boolean focus, LineageImage.Colours c) {
        RoundRectangle2D.Double r = new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 12, 12);
        boolean outside = !b.node().inNotes();
        if (!outside) {
            g.setColor(Color.decode(focus ? c.accent() : c.box()));
            g.fill(r);
        }
        g.setColor(Color.decode(outside ? c.muted() : c.accent()));
        g.setStroke(outside ? new BasicStroke(1.3f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1f, new float[]{4, 3}, 0)
                : new BasicStroke(1.3f));
        g.draw(r);
        g.setColor(Color.decode(focus ? c.background() : outside ? c.muted() : c.text()));
        g.drawString(LineageImage.label(b.node()), (float) (b.x() + 8), (float) (b.centerY() + 4.5));
    }
}
