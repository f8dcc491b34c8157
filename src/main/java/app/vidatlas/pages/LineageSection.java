package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.export.LineageImage;
import app.vidatlas.model.Paper;

import java.util.EnumSet;

/**
 * A paper page's "Lineage": what it builds on and what builds on it, two steps up and down, as a small graph with the
 * edges' evidence below, and a link to the whole library's lineage. Nothing when the notes say neither.
 */
final class LineageSection {
    static final int DEPTH = 2;

    private LineageSection() {
    }

    /** What the paper's page draws: two steps up and down along builds-on edges. */
    static Lineage around(Lineage lineage, String id) {
        return lineage.around(id, DEPTH, EnumSet.of(EdgeKind.CURATED, EdgeKind.BUILDS_ON));
    }

    static String html(Lineage lineage, Paper p) {
        Lineage around = around(lineage, p.id());
        if (around.edges().isEmpty()) {
            return "";
        }
        if (around.nodes().size() > LineagePage.MAX_DRAWN) {
            // Two steps down from a foundation model can be thousands of papers: listed, not drawn.
            return "<section class=\"lineage\"><h2>Lineage</h2>\n<p class=\"notice\">" + around.nodes().size()
                    + " papers and models are within two steps of this one: too many to draw. Its own edges:</p>\n"
                    + LineagePage.edgeList(around.edges().stream().filter(e -> e.from().equals(p.id())
                    || e.to().equals(p.id())).toList(), around) + "</section>\n";
        }
        String graphId = "lineage-" + Math.abs(p.id().hashCode());
        return "<section class=\"lineage\"><h2>Lineage</h2>\n"
                + "<div class=\"graph-tools\"><a class=\"chip\" href=\"" + app.vidatlas.export.HtmlText.escape(
                new PageAction.OpenHistory(HistoryView.LINEAGE).href()) + "\">Whole library</a><a class=\"chip\" href=\""
                + app.vidatlas.export.HtmlText.escape(new PageAction.OpenHistory(HistoryView.TIMELINE).href())
                + "\">Timeline</a>" + HistoryFilters.zoom(graphId) + "</div>\n"
                + LineagePage.legend()
                + "<div class=\"graph small\" id=\"" + graphId + "\">" + LineageImage.svg(around, p.id(), id -> new PageAction.OpenPaper(id).href(), null) + "</div>\n"
                + LineagePage.edgeList(around.edges(), around) + "</section>\n";
    }
}
