package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.Commentary;
import app.vidatlas.catalog.lineage.FieldTimeline;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The papers on a time axis, a lane for each of the largest top-level categories (the others share one), and above
 * them what notes narrating the field's history say at their dates. Time is to scale ({@link TimeAxis}: a silence of
 * over a year is cut short). Names that would overlap go to the next row of their lane.
 */
final class TimelinePage {
    /** Names longer than this are cut (the whole name shows on hover): a lane of short names needs fewer rows. */
    private static final int MAX_NAME = 22;
    /** Past this many papers the timeline is not drawn (its names would be a wall): a category or a year is asked for. */
    static final int MAX_PLACED = 3000;
    static final String OTHER_LANE = "Other categories";
    private static final double LEFT = 170;
    private static final double ROW = 20;
    private static final double CHAR = 6.6;

    private TimelinePage() {
    }

    static PageRenderer.Page render(PageContext context, Lineage full, List<Commentary> commentary, HistoryView view,
                                    boolean dark) {
        FieldTimeline t = FieldTimeline.of(full, commentary, n -> (view.lane() == null || view.lane().equals(n.lane()))
                && (!n.date().known() || view.hasYear(n.date().year())));
        List<Commentary> comments = t.commentary().stream().filter(c -> view.hasYear(c.date().year())).toList();
        StringBuilder b = new StringBuilder("<header class=\"paper\"><h1>Timeline</h1><p class=\"title\">")
                .append(t.papers().size()).append(" papers by the month they appeared (from their arXiv ids or the notes' paper tables) or their year")
                .append(t.undated() > 0 ? "; " + t.undated() + " without a date are not placed" : "")
                .append("</p></header>\n<main>\n");
        b.append(HistoryFilters.bar(full, view, "timeline-graph"));
        if (t.papers().isEmpty()) {
            b.append("<p class=\"notice\">No paper here has a date.</p>\n");
        } else if (t.papers().size() > MAX_PLACED) {
            b.append("<p class=\"notice\">").append(t.papers().size()).append(" papers: too many to place readably. "
                    + "Choose a category or a year above.</p>\n");
        } else {
            // Opened where most papers are: a few early ones should not leave the first screen empty.
            TimeAxis axis = new TimeAxis(positions(t, comments), LEFT);
            double tenth = t.papers().get(t.papers().size() / 10).date().position();
            double scrollTo = Math.max(0, axis.x(tenth) - LEFT);
            b.append(String.format(Locale.ROOT, "<div class=\"graph\" id=\"timeline-graph\" data-scroll-x=\"%.0f\">",
                    scrollTo)).append(svg(t, comments, lanes(full, view), axis)).append("</div>\n");
        }
        if (!comments.isEmpty()) {
            b.append("<h2>What the notes say at these dates</h2>\n<ul class=\"commentary\">\n");
            for (Commentary c : comments) {
                b.append("<li><b>").append(c.date().label()).append("</b> ").append(HtmlText.escape(c.text()))
                        .append(" <a href=\"").append(HtmlText.escape(new PageAction.OpenNote(c.note(), c.slide()).href()))
                        .append("\">").append(HtmlText.escape(Slide.place(c.note(), c.slide()))).append("</a></li>\n");
            }
            b.append("</ul>\n");
        }
        b.append("</main>\n");
        return new PageRenderer.Page(context.chrome().document("Timeline", b.toString(), null, List.of(), dark, true),
                List.of());
    }

    /** The lanes drawn: the largest categories, the others together; the chosen one alone when there is one. */
    static List<String> lanes(Lineage full, HistoryView view) {
        if (view.lane() != null) {
            return List.of(view.lane());
        }
        List<String> bySize = HistoryFilters.lanesBySize(full);
        return bySize.subList(0, Math.min(HistoryFilters.SHOWN_LANES, bySize.size()));
    }

    /** The timeline's drawing on its axis (made once by the caller, who also scrolls by it). */
    static String svg(FieldTimeline t, List<Commentary> comments, List<String> ownLanes) {
        return svg(t, comments, ownLanes, new TimeAxis(positions(t, comments), LEFT));
    }

    static String svg(FieldTimeline t, List<Commentary> comments, List<String> ownLanes, TimeAxis axis) {
        double width = axis.end() + 40;
        Map<String, List<LineageNode>> lanes = new LinkedHashMap<>();
        ownLanes.forEach(l -> lanes.put(l, new ArrayList<>()));
        for (LineageNode p : t.papers()) {
            String lane = lanes.containsKey(p.lane()) ? p.lane() : p.lane().isEmpty() ? "" : OTHER_LANE;
            lanes.computeIfAbsent(lane, k -> new ArrayList<>()).add(p);
        }
        lanes.values().removeIf(List::isEmpty);
        StringBuilder body = new StringBuilder();
        double y = 30;
        if (!comments.isEmpty()) {
            body.append(String.format(Locale.ROOT, "<text class=\"lane\" x=\"8\" y=\"%.1f\">Commentary</text>", y + 14));
            for (Commentary c : comments) {
                double x = axis.x(c.date().position());
                body.append(String.format(Locale.ROOT, "<g data-tip=\"%s\"><circle class=\"comment\" cx=\"%.1f\" cy=\"%.1f\" "
                        + "r=\"5\"/></g>", HtmlText.escape(c.date().label() + "  " + c.text() + "\n"
                        + Slide.place(c.note(), c.slide())), x, y + 10));
            }
            y += 32;
        }
        for (Map.Entry<String, List<LineageNode>> lane : lanes.entrySet()) {
            List<Double> rowEnds = new ArrayList<>();
            StringBuilder marks = new StringBuilder();
            for (LineageNode n : lane.getValue()) {
                double x = axis.x(n.date().position());
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) > x) {
                    row++;
                }
                String label = n.label().length() > MAX_NAME ? n.label().substring(0, MAX_NAME - 1) + "…" : n.label();
                double end = x + 10 + label.length() * CHAR;
                if (row == rowEnds.size()) {
                    rowEnds.add(end);
                } else {
                    rowEnds.set(row, end);
                }
                double cy = y + 12 + row * ROW;
                marks.append("<a href=\"").append(HtmlText.escape(new PageAction.OpenPaper(n.id()).href()))
                        .append("\"><g data-tip=\"").append(HtmlText.escape(n.label() + " · " + n.date().label() + " ("
                                + n.date().source() + ")" + (n.lane().isEmpty() ? "" : "\n" + n.lane()))).append("\">")
                        .append(String.format(Locale.ROOT, "<circle class=\"dot%s\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>"
                                + "<text class=\"name\" x=\"%.1f\" y=\"%.1f\">%s</text></g></a>\n",
                                n.date().month() == 0 ? " year-only" : "", x, cy, x + 7, cy + 4,
                                HtmlText.escape(label)));
            }
            double height = Math.max(1, rowEnds.size()) * ROW + 8;
            // The band, the papers, then the lane's name on top of them (it stays at the left edge as the page scrolls).
            body.append(String.format(Locale.ROOT, "<rect class=\"lane-band\" x=\"0\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"/>\n", y, width, height - 4));
            body.append(marks);
            body.append(String.format(Locale.ROOT, "<text class=\"lane\" x=\"8\" y=\"%.1f\">%s</text>\n", y + 16,
                    HtmlText.escape(lane.getKey().isEmpty() ? "(no category)" : shortLane(lane.getKey()))));
            y += height;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "class=\"timeline\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", width, y + 8, width, y + 8));
        for (TimeAxis.Tick tick : axis.ticks()) {
            s.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"%.1f\"%s/>",
                    tick.x(), tick.x(), y, tick.year() ? " stroke-width=\"2\"" : ""));
            if (tick.label() != null) {
                s.append(String.format(Locale.ROOT, "<text class=\"column\" x=\"%.1f\" y=\"16\">%s</text>\n", tick.x() + 3,
                        tick.label()));
            }
        }
        for (double x : axis.breaks()) {
            // A long silence, cut: two slanted strokes across the axis.
            s.append(String.format(Locale.ROOT, "<path class=\"axis-break\" d=\"M%.1f,26 l8,-10 M%.1f,26 l8,-10\"/>"
                    + "<text class=\"column\" x=\"%.1f\" y=\"38\">…</text>\n", x + 8, x + 14, x + 10));
        }
        return s.append(body).append("</svg>\n").toString();
    }

    private static List<Double> positions(FieldTimeline t, List<Commentary> comments) {
        List<Double> positions = new ArrayList<>();
        t.papers().forEach(p -> positions.add(p.date().position()));
        comments.forEach(c -> positions.add(c.date().position()));
        return positions;
    }

    /** A lane's name as its heading fits: the start of a long category. */
    private static String shortLane(String lane) {
        return lane.length() > 24 ? lane.substring(0, 23) + "…" : lane;
    }
}
