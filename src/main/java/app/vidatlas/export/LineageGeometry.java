package app.vidatlas.export;

import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.LineageLayout;

import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The lines of a laid-out lineage, one per pair of nodes (a curated edge and the sentence saying it are one line): out
 * of the base's right side, through the rows kept for it in the columns between, into the later box. The page's SVG,
 * the exported SVG and the PNG all draw these, so the three always agree.
 */
public final class LineageGeometry {
    /** One line: its ends, its edges (strongest kind first decides the style) and its path. */
    public record Line(LineageLayout.Box base, LineageLayout.Box later, List<LineageEdge> edges, Path2D.Double path) {
        /** {@code curated}, {@code builds-on} or {@code mentions}: the strongest kind among its edges. */
        public String kind() {
            Set<EdgeKind> kinds = EnumSet.noneOf(EdgeKind.class);
            edges.forEach(e -> kinds.add(e.kind()));
            return kinds.iterator().next().key();
        }

        /** The path as SVG path data. */
        public String svg() {
            StringBuilder d = new StringBuilder();
            double[] c = new double[6];
            for (var it = path.getPathIterator(null); !it.isDone(); it.next()) {
                switch (it.currentSegment(c)) {
                    case java.awt.geom.PathIterator.SEG_MOVETO -> d.append(String.format(Locale.ROOT, "M%.1f,%.1f", c[0], c[1]));
                    case java.awt.geom.PathIterator.SEG_LINETO -> d.append(String.format(Locale.ROOT, " L%.1f,%.1f", c[0], c[1]));
                    case java.awt.geom.PathIterator.SEG_CUBICTO -> d.append(String.format(Locale.ROOT,
                            " C%.1f,%.1f %.1f,%.1f %.1f,%.1f", c[0], c[1], c[2], c[3], c[4], c[5]));
                    default -> { }
                }
            }
            return d.toString();
        }
    }

    private LineageGeometry() {
    }

    public static List<Line> lines(Lineage lineage, LineageLayout layout) {
        Map<String, LineageLayout.Box> at = new HashMap<>();
        layout.boxes().forEach(b -> at.put(b.node().id(), b));
        Map<String, List<LineageEdge>> pairs = new LinkedHashMap<>();
        for (LineageEdge e : lineage.edges()) {
            pairs.computeIfAbsent(e.from() + "\n" + e.to(), k -> new ArrayList<>()).add(e);
        }
        List<Line> out = new ArrayList<>();
        for (List<LineageEdge> edges : pairs.values()) {
            LineageLayout.Box base = at.get(edges.get(0).to());
            LineageLayout.Box later = at.get(edges.get(0).from());
            if (base != null && later != null) {
                out.add(new Line(base, later, List.copyOf(edges),
                        path(base, later, layout.route(later.node().id(), base.node().id()))));
            }
        }
        return out;
    }

    private static Path2D.Double path(LineageLayout.Box base, LineageLayout.Box later, List<LineageLayout.Box> through) {
        Path2D.Double p = new Path2D.Double();
        double x = base.x() + base.w();
        double y = base.centerY();
        p.moveTo(x, y);
        if (later.x() <= base.x()) {
            // The same month (or a base dated later than its user): a loop out to the right of the column.
            double out = Math.max(x, later.x() + later.w()) + 24;
            p.curveTo(out, y, out, later.centerY(), later.x() + later.w(), later.centerY());
            return p;
        }
        for (LineageLayout.Box stand : through) {
            curve(p, x, y, stand.x(), stand.centerY());
            p.lineTo(stand.x() + stand.w(), stand.centerY());
            x = stand.x() + stand.w();
            y = stand.centerY();
        }
        curve(p, x, y, later.x(), later.centerY());
        return p;
    }

    /** A curve leaving and arriving level, as edges between columns do. */
    private static void curve(Path2D.Double p, double x1, double y1, double x2, double y2) {
        double mid = (x1 + x2) / 2;
        p.curveTo(mid, y1, mid, y2, x2, y2);
    }
}
