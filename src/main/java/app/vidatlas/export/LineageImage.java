package app.vidatlas.export;

import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.LineageLayout;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Slide;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A lineage drawn as SVG, as {@link LineageLayout} places it: papers as boxes, models outside the notes dashed and
 * grey, lines ({@link LineageGeometry}) from what a method builds on to the method, styled by kind (curated: bold,
 * read from a sentence: solid, mentions: dotted). In the page each paper's box is a link and the page's stylesheet
 * colours it; as a file it carries its own colours. Every box and line carries its evidence in {@code data-tip} (the
 * page script shows it on hover) and a {@code <title>} (other viewers show that). Every string is escaped.
 */
public final class LineageImage {
    private static final int MAX_LABEL = 22;

    /** The files a graph is saved as. */
    public enum Format {
        SVG("svg"), PNG("png");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    /** The drawing as a file of this format, in the light or dark colours. */
    public static byte[] file(Lineage lineage, String focus, Format format, boolean dark) {
        Colours colours = dark ? Colours.DARK : Colours.LIGHT;
        return format == Format.PNG ? LineagePng.png(lineage, focus, colours)
                : svg(lineage, focus, colours).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private LineageImage() {
    }

    /** Colours of a drawing saved as a file (the page's own come from its stylesheet). */
    public record Colours(String background, String text, String muted, String box, String accent) {
        public static final Colours LIGHT = new Colours("#ffffff", "#1f2328", "#59636e", "#f6f8fa", "#0969da");
        public static final Colours DARK = new Colours("#0d1117", "#e6edf3", "#9198a1", "#151b23", "#4493f8");

        String style() {
            return "<style>svg.lineage{background:" + background + ";font-family:'Noto Sans CJK SC','Noto Sans',sans-serif}"
                    + "text{fill:" + text + ";font-size:12.5px}text.column{fill:" + muted + ";font-size:11.5px}"
                    + ".node rect{fill:" + box + ";stroke:" + accent + ";stroke-width:1.3}"
                    + ".node.focus rect{fill:" + accent + "}.node.focus text{fill:" + background + ";font-weight:600}"
                    + ".node.outside rect{fill:none;stroke:" + muted + ";stroke-dasharray:4 3}.node.outside text{fill:" + muted + "}"
                    + ".edge path.line{fill:none;stroke:" + text + ";stroke-width:1.3;opacity:.75}"
                    + ".edge.curated path.line{stroke-width:2.6}"
                    + ".edge.mentions path.line{stroke:" + muted + ";stroke-dasharray:2 3;opacity:.6}"
                    + ".edge path.hit{display:none}.arrow{fill:" + muted + "}</style>\n";
        }
    }

    /** Text as XML takes it: control characters a note may hold would make the file unreadable. */
    private static String xml(String s) {
        return HtmlText.escape(s.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]", " "));
    }

    /** The drawing for a file, in these colours; {@code focus} (a paper's id, or null) highlighted. */
    public static String svg(Lineage lineage, String focus, Colours colours) {
        return svg(lineage, focus, id -> null, colours);
    }

    /**
     * The drawing; {@code href} gives each paper's link (null: none), {@code colours} its own colours (null: the
     * page's stylesheet gives them).
     */
    public static String svg(Lineage lineage, String focus, Function<String, String> href, Colours colours) {
        LineageLayout layout = LineageLayout.of(lineage);
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", layout.width(), layout.height(), layout.width(),
                layout.height()));
        if (colours != null) {
            s.append(colours.style());
        }
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" class=\"arrow\"/></marker></defs>\n");
        for (LineageLayout.Column c : layout.columns()) {
            s.append(String.format(Locale.ROOT, "<text class=\"column\" x=\"%.0f\" y=\"18\">%s</text>\n", c.x(),
                    xml(c.label())));
        }
        for (LineageGeometry.Line line : LineageGeometry.lines(lineage, layout)) {
            String tip = xml(tip(line));
            String d = line.svg();
            s.append("<g class=\"edge ").append(line.kind()).append("\" data-tip=\"").append(tip).append("\"><title>")
                    .append(tip).append("</title><path class=\"hit\" d=\"").append(d).append("\"/><path class=\"line\" d=\"")
                    .append(d).append("\" marker-end=\"url(#arrow)\"/></g>\n");
        }
        for (LineageLayout.Box b : layout.boxes()) {
            node(s, b, b.node().id().equals(focus), b.node().inNotes() ? href.apply(b.node().id()) : null);
        }
        return s.append("</svg>\n").toString();
    }

    /** "SVD builds on Stable Diffusion 2.1 (read from the notes) / “Initialize weights …” open-source-base-models.md P85". */
    static String tip(LineageGeometry.Line line) {
        StringBuilder t = new StringBuilder();
        for (LineageEdge e : line.edges()) {
            if (t.length() > 0) {
                t.append('\n');
            }
            t.append(line.later().node().label()).append(' ').append(e.kind().words()).append(' ')
                    .append(line.base().node().label()).append(" (").append(e.kind().source()).append(')');
            for (Evidence ev : e.evidence()) {
                t.append("\n“").append(ev.sentence()).append("” ").append(Slide.place(ev.note(), ev.slide()));
            }
        }
        return t.toString();
    }

    /** What a box says on hover: its name, its date and where the date comes from, its category. */
    static String tip(LineageNode n) {
        if (!n.inNotes()) {
            return n.label() + "\nnamed by the notes as a base; not a paper of these notes";
        }
        return n.label() + (n.date().known() ? " · " + n.date().label() + " (" + n.date().source() + ")"
                : " · no date in the notes or metadata") + (n.lane().isEmpty() ? "" : "\n" + n.lane());
    }

    /** A box's label as it fits. */
    static String label(LineageNode n) {
        return n.label().length() > MAX_LABEL ? n.label().substring(0, MAX_LABEL - 1) + "…" : n.label();
    }

    private static void node(StringBuilder s, LineageLayout.Box b, boolean focus, String href) {
        LineageNode n = b.node();
        String tip = xml(tip(n));
        String cls = "node" + (n.inNotes() ? "" : " outside") + (focus ? " focus" : "");
        if (href != null) {
            s.append("<a href=\"").append(HtmlText.escape(href)).append("\">");
        }
        s.append("<g class=\"").append(cls).append("\" data-tip=\"").append(tip).append("\"><title>").append(tip)
                .append("</title>");
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
                b.x(), b.y(), b.w(), b.h()));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", b.x() + 8, b.centerY() + 4.5,
                xml(label(n))));
        s.append("</g>");
        if (href != null) {
            s.append("</a>");
        }
        s.append('\n');
    }

    /** The lines of a lineage, for tests. */
    static List<LineageGeometry.Line> lines(Lineage lineage) {
        return LineageGeometry.lines(lineage, LineageLayout.of(lineage));
    }
}
