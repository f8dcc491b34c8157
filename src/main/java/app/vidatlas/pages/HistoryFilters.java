package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.export.HtmlText;

import java.util.List;
import java.util.TreeSet;

/**
 * The bar above a history page: lineage or timeline, a category's lane, a year, mentions on or off, and the zoom
 * buttons. Each choice is a link to the view it makes, so Back undoes a filter.
 */
final class HistoryFilters {
    /** How many categories show as chips (and as lanes of their own on the timeline); the others fold away. */
    static final int SHOWN_LANES = 8;

    private HistoryFilters() {
    }

    /** The papers' top-level categories, those with the most papers first. */
    static List<String> lanesBySize(Lineage lineage) {
        java.util.Map<String, Long> counts = lineage.nodes().stream().filter(LineageNode::inNotes)
                .map(LineageNode::lane).filter(l -> !l.isEmpty())
                .collect(java.util.stream.Collectors.groupingBy(l -> l, java.util.stream.Collectors.counting()));
        return counts.entrySet().stream().sorted(java.util.Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(java.util.Map.Entry.comparingByKey())).map(java.util.Map.Entry::getKey).toList();
    }

    static String bar(Lineage full, HistoryView view, String graphId) {
        StringBuilder b = new StringBuilder("<div class=\"graph-tools\">");
        b.append(chip("Lineage graph", view.asTimeline(false), !view.timeline()));
        b.append(chip("Timeline", view.asTimeline(true), view.timeline()));
        b.append("</div>\n<div class=\"graph-tools\"><span>Category</span>");
        b.append(chip("All", view.withLane(null), view.lane() == null));
        List<String> lanes = lanesBySize(full);
        // A notes book has dozens of top-level categories: the largest are chips, the rest fold away.
        for (String lane : lanes.subList(0, Math.min(SHOWN_LANES, lanes.size()))) {
            b.append(chip(lane, view.withLane(lane), lane.equals(view.lane())));
        }
        if (lanes.size() > SHOWN_LANES) {
            List<String> rest = lanes.subList(SHOWN_LANES, lanes.size()).stream().sorted().toList();
            b.append("<details class=\"more-lanes\"").append(rest.contains(view.lane()) ? " open" : "")
                    .append("><summary>").append(rest.size()).append(" more</summary>");
            for (String lane : rest) {
                b.append(chip(lane, view.withLane(lane), lane.equals(view.lane())));
            }
            b.append("</details>");
        }
        b.append("</div>\n<div class=\"graph-tools\"><span>Year</span>");
        b.append(chip("All", view.withYears(0, 0), view.from() == 0 && view.to() == 0));
        TreeSet<Integer> years = new TreeSet<>();
        full.nodes().stream().filter(n -> n.date().known()).forEach(n -> years.add(n.date().year()));
        for (int y : years) {
            b.append(chip(Integer.toString(y), view.withYears(y, y), view.from() == y && view.to() == y));
        }
        if (!view.timeline()) {
            b.append("<span>Edges</span>");
            b.append(chip("builds on", view.withMentions(false), !view.mentions()));
            b.append(chip("and mentions", view.withMentions(true), view.mentions()));
        }
        b.append("<span>Zoom</span>").append(zoom(graphId)).append("</div>\n");
        return b.toString();
    }

    /** The zoom buttons of a drawing (the page script zooms; Ctrl and the wheel zoom too). */
    static String zoom(String graphId) {
        return "<button data-zoom=\"out\" data-graph=\"" + graphId + "\" title=\"Zoom out (Ctrl+wheel)\">−</button>"
                + "<button data-zoom=\"in\" data-graph=\"" + graphId + "\" title=\"Zoom in (Ctrl+wheel)\">+</button>"
                + "<button data-zoom=\"fit\" data-graph=\"" + graphId + "\" title=\"Fit the width\">Fit</button>";
    }

    private static String chip(String label, HistoryView to, boolean on) {
        return "<a class=\"chip" + (on ? " on" : "") + "\" href=\"" + HtmlText.escape(new PageAction.OpenHistory(to).href())
                + "\">" + HtmlText.escape(label) + "</a>";
    }
}
