package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.LineageLayout;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Slide;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lineage drawn as SVG, as {@link LineageLayout} places it: papers as boxes that open their pages, models outside
 * the notes dashed and grey, edges from what a method builds on to the method, styled by kind (curated: bold, read
 * from a sentence: solid, mentions: dotted). Every box and edge carries its evidence in {@code data-tip}, which the
 * page script shows on hover. No script, style or text of a note gets in: every string is escaped.
 */
final class LineageSvg {
    private static final int MAX_LABEL = 22;

    private LineageSvg() {
    }

    /** The SVG; {@code focus} (a paper's id, or null) is drawn highlighted. */
    static String draw(Lineage lineage, String focus) {
        LineageLayout layout = LineageLayout.of(lineage);
        Map<String, LineageLayout.Box> at = new HashMap<>();
        layout.boxes().forEach(b -> at.put(b.node().id(), b));
        StringBuilder s = new StringBuilder();
        s.append(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"lineage\" width=\"%.0f\" "
                + "height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", layout.width(), layout.height(), layout.width(),
                layout.height()));
        s.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\" "
                + "markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0L10,5L0,10z\" class=\"arrow\"/></marker></defs>\n");
        for (LineageLayout.Column c : layout.columns()) {
            s.append(String.format(Locale.ROOT, "<text class=\"column\" x=\"%.0f\" y=\"18\">%s</text>\n", c.x(),
                    HtmlText.escape(c.label())));
        }
        for (Map.Entry<String, List<LineageEdge>> pair : pairs(lineage).entrySet()) {
            List<LineageEdge> edges = pair.getValue();
            LineageLayout.Box base = at.get(edges.get(0).to());
            LineageLayout.Box later = at.get(edges.get(0).from());
            if (base != null && later != null) {
                edge(s, base, later, layout.route(later.node().id(), base.node().id()), edges);
            }
        }
        for (LineageLayout.Box b : layout.boxes()) {
            node(s, b, b.node().id().equals(focus));
        }
        return s.append("</svg>\n").toString();
    }

    /** The edges between each pair of nodes, together: a curated edge and the sentence saying it are one line. */
    private static Map<String, List<LineageEdge>> pairs(Lineage lineage) {
        Map<String, List<LineageEdge>> out = new LinkedHashMap<>();
        for (LineageEdge e : lineage.edges()) {
            out.computeIfAbsent(e.from() + "\n" + e.to(), k -> new java.util.ArrayList<>()).add(e);
        }
        return out;
    }

    private static void edge(StringBuilder s, LineageLayout.Box base, LineageLayout.Box later,
                             List<LineageLayout.Box> through, List<LineageEdge> edges) {
        Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
        edges.forEach(e -> kinds.add(e.kind()));
        String kind = kinds.contains(EdgeKind.CURATED) ? "curated" : kinds.contains(EdgeKind.BUILDS_ON) ? "builds-on"
                : "mentions";
        String d;
        if (later.x() > base.x()) {
            // Out of the base's right side, through the rows kept for it in the columns between, into the later box.
            StringBuilder p = new StringBuilder(String.format(Locale.ROOT, "M%.1f,%.1f", base.x() + base.w(), base.centerY()));
            double x = base.x() + base.w();
            double y = base.centerY();
            for (LineageLayout.Box stand : through) {
                p.append(curve(x, y, stand.x(), stand.centerY()));
                p.append(String.format(Locale.ROOT, " L%.1f,%.1f", stand.x() + stand.w(), stand.centerY()));
                x = stand.x() + stand.w();
                y = stand.centerY();
            }
            d = p.append(curve(x, y, later.x(), later.centerY())).toString();
        } else {
            // The same month (or a base dated later than its user): a loop out to the right of the column.
            double x1 = base.x() + base.w();
            double out = Math.max(x1, later.x() + later.w()) + 24;
            d = String.format(Locale.ROOT, "M%.1f,%.1f C%.1f,%.1f %.1f,%.1f %.1f,%.1f", x1, base.centerY(), out,
                    base.centerY(), out, later.centerY(), later.x() + later.w(), later.centerY());
        }
        s.append("<g class=\"edge ").append(kind).append("\" data-tip=\"").append(HtmlText.escape(tip(edges, base, later)))
                .append("\"><path class=\"hit\" d=\"").append(d).append("\"/><path class=\"line\" d=\"").append(d)
                .append("\" marker-end=\"url(#arrow)\"/></g>\n");
    }

    /** A curve leaving and arriving level, as edges between columns do. */
    private static String curve(double x1, double y1, double x2, double y2) {
        double mid = (x1 + x2) / 2;
        return String.format(Locale.ROOT, " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", mid, y1, mid, y2, x2, y2);
    }

    /** "SVD builds on Stable Diffusion 2.1 — read from the notes: “Initialize weights …” (closed-source-works.md P75)". */
    static String tip(List<LineageEdge> edges, LineageLayout.Box base, LineageLayout.Box later) {
        StringBuilder t = new StringBuilder();
        for (LineageEdge e : edges) {
            if (t.length() > 0) {
                t.append('\n');
            }
            t.append(later.node().label()).append(' ').append(e.kind().words()).append(' ').append(base.node().label())
                    .append(" (").append(e.kind().source()).append(')');
            for (Evidence ev : e.evidence()) {
                t.append("\n“").append(ev.sentence()).append("” ").append(Slide.place(ev.note(), ev.slide()));
            }
        }
        return t.toString();
    }

    private static void node(StringBuilder s, LineageLayout.Box b, boolean focus) {
        LineageNode n = b.node();
        String label = n.label().length() > MAX_LABEL ? n.label().substring(0, MAX_LABEL - 1) + "…" : n.label();
        String tip = n.inNotes() ? n.label() + (n.date().known() ? " · " + n.date().label() + " (" + n.date().source() + ")"
                : " · no date in the notes or metadata") + (n.lane().isEmpty() ? "" : "\n" + n.lane())
                : n.label() + "\nnamed by the notes as a base; not a paper of these notes";
        String cls = "node" + (n.inNotes() ? "" : " outside") + (focus ? " focus" : "");
        if (n.inNotes()) {
            s.append("<a href=\"").append(HtmlText.escape(new PageAction.OpenPaper(n.id()).href())).append("\">");
        }
        s.append("<g class=\"").append(cls).append("\" data-tip=\"").append(HtmlText.escape(tip)).append("\">");
        s.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\" rx=\"6\"/>",
                b.x(), b.y(), b.w(), b.h()));
        s.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%.1f\">%s</text>", b.x() + 8, b.centerY() + 4.5,
                HtmlText.escape(label)));
        s.append("</g>");
        if (n.inNotes()) {
            s.append("</a>");
        }
        s.append('\n');
    }
}
