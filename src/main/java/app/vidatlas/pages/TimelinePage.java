package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.Commentary;
import app.vidatlas.catalog.lineage.FieldTimeline;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.catalog.lineage.PaperDate;
import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The papers on a time axis, a lane for each of the largest top-level categories (the others share one), and above
 * them what notes narrating the field's history say at their dates. Time is to scale (a month is 14 to 64 pixels,
 * wider for a shorter span): gaps in the field show. Names that would overlap go to the next row of their lane.
 */
final class TimelinePage {
    /** A month's width at most and at least: a short field gets room, a long one still fits a few screens. */
    static final double MONTH = 64;
    static final double MIN_MONTH = 14;
    private static final double WIDTH_AIMED = 2600;
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
                .append(t.papers().size()).append(" papers by the month they appeared (from their arXiv ids) or their year")
                .append(t.undated() > 0 ? "; " + t.undated() + " without a date are not placed" : "")
                .append("</p></header>\n<main>\n");
        b.append(HistoryFilters.bar(full, view, "timeline-graph"));
        if (t.papers().isEmpty()) {
            b.append("<p class=\"notice\">No paper here has a date.</p>\n");
        } else {
            b.append("<div class=\"graph\" id=\"timeline-graph\">").append(svg(t, comments, lanes(full, view)))
                    .append("</div>\n");
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

    static String svg(FieldTimeline t, List<Commentary> comments, List<String> ownLanes) {
        // From the month before the first paper: an empty year before it would only push the papers off screen.
        double first = Math.floor(t.papers().get(0).date().position()) - 1;
        double last = t.papers().get(t.papers().size() - 1).date().position();
        for (Commentary c : comments) {
            first = Math.min(first, Math.floor(c.date().position()) - 1);
            last = Math.max(last, c.date().position());
        }
        double start = first;
        double month = Math.max(MIN_MONTH, Math.min(MONTH, WIDTH_AIMED / (last + 2 - first)));
        double width = LEFT + (last + 2 - first) * month + 40;
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
                double x = LEFT + (c.date().position() - start) * month;
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
                double x = LEFT + (n.date().position() - start) * month;
                int row = 0;
                while (row < rowEnds.size() && rowEnds.get(row) > x) {
                    row++;
                }
                double end = x + 10 + n.label().length() * CHAR;
                if (row == rowEnds.size()) {
                    rowEnds.add(end);
                } else {
                    rowEnds.set(row, end);
                }
                double cy = y + 12 + row * ROW;
                marks.append("<a href=\"").append(HtmlText.escape(new PageAction.OpenPaper(n.id()).href()))
                        .append("\"><g data-tip=\"").append(HtmlText.escape(n.label() + " · " + n.date().label() + " ("
                                + n.date().source() + ")")).append("\">")
                        .append(String.format(Locale.ROOT, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"4\"/>"
                                + "<text class=\"name\" x=\"%.1f\" y=\"%.1f\">%s</text></g></a>\n", x, cy, x + 7, cy + 4,
                                HtmlText.escape(n.label())));
            }
            double height = Math.max(1, rowEnds.size()) * ROW + 8;
            body.append(String.format(Locale.ROOT, "<rect class=\"lane-band\" x=\"0\" y=\"%.1f\" width=\"%.1f\" "
                    + "height=\"%.1f\"/><text class=\"lane\" x=\"8\" y=\"%.1f\">%s</text>\n", y, width, height - 4, y + 16,
                    HtmlText.escape(lane.getKey().isEmpty() ? "(no category)" : shortLane(lane.getKey()))));
            body.append(marks);
            y += height;
        }
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                + "class=\"timeline\" width=\"%.0f\" height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\">\n", width, y + 8, width, y + 8));
        // Every month a tick; at a narrow scale only the years are named.
        boolean monthsNamed = month >= 30;
        for (double m = first; m <= last + 1; m++) {
            double x = LEFT + (m - start) * month;
            int year = (int) Math.floor(m / 12);
            int monthOfYear = (int) (m - year * 12.0) + 1;
            s.append(String.format(Locale.ROOT, "<line class=\"tick\" x1=\"%.1f\" y1=\"22\" x2=\"%.1f\" y2=\"%.1f\"%s/>", x, x,
                    y, monthOfYear == 1 ? " stroke-width=\"2\"" : ""));
            String label = monthOfYear == 1 ? Integer.toString(year) : m == first ? new PaperDate(year, monthOfYear, "").label()
                    : monthsNamed ? Integer.toString(monthOfYear) : null;
            if (label != null) {
                s.append(String.format(Locale.ROOT, "<text class=\"column\" x=\"%.1f\" y=\"16\">%s</text>\n", x + 3, label));
            }
        }
        return s.append(body).append("</svg>\n").toString();
    }

    /** A lane's name as its heading fits: the start of a long category. */
    private static String shortLane(String lane) {
        return lane.length() > 24 ? lane.substring(0, 23) + "…" : lane;
    }
}
