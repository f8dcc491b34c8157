package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.export.HtmlText;
import app.vidatlas.export.LineageImage;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Slide;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The lineage of the whole library, or of a category and a span of years: the graph ({@link app.vidatlas.export.LineageImage}) and, below
 * it, every edge with the sentences it was read from, each linking to its place in the notes. Past
 * {@link #MAX_DRAWN} papers the graph is not drawn (it would not be readable): the page asks for a narrower view, and
 * a paper's page always draws its neighbourhood.
 */
final class LineagePage {
    static final int MAX_DRAWN = 500;
    private static final int MAX_LISTED = 400;

    private LineagePage() {
    }

    static PageRenderer.Page render(PageContext context, Lineage full, HistoryView view, boolean dark) {
        Lineage shown = shown(full, view);
        Lineage drawn = shown.connected();
        long papers = shown.nodes().stream().filter(LineageNode::inNotes).count();
        long drawnPapers = drawn.nodes().stream().filter(LineageNode::inNotes).count();
        StringBuilder b = new StringBuilder("<header class=\"paper\"><h1>Lineage</h1><p class=\"title\">Which method "
                + "builds on which, as the notes and the curated metadata say it</p></header>\n<main>\n");
        b.append(HistoryFilters.bar(full, view, "lineage-graph"));
        b.append(legend());
        if (drawnPapers > MAX_DRAWN) {
            b.append("<p class=\"notice\">").append(drawnPapers).append(" papers: too many to draw readably. Choose a "
                    + "category or a year above, or open a paper: its page draws what it builds on and what builds on it."
                    + "</p>\n");
        } else if (drawn.edges().isEmpty()) {
            b.append("<p class=\"notice\">The notes say of none of these ").append(papers)
                    .append(" papers what it builds on.</p>\n");
        } else {
            b.append("<div class=\"graph\" id=\"lineage-graph\">").append(LineageImage.svg(drawn, null, id -> new PageAction.OpenPaper(id).href(), null)).append("</div>\n");
            if (papers > drawnPapers) {
                b.append("<p class=\"legend\">").append(papers - drawnPapers).append(" of the ").append(papers)
                        .append(" papers here are not drawn: the notes say nothing of what they build on or what builds "
                                + "on them").append(view.mentions() ? "" : " (try “and mentions”)").append(".</p>\n");
            }
        }
        b.append(edgeList(shown.edges(), full));
        b.append("</main>\n");
        return new PageRenderer.Page(context.chrome().document("Lineage", b.toString(), null, List.of(), dark, true),
                List.of());
    }

    /** The papers the view chooses, with the edges of its kinds. */
    static Lineage shown(Lineage full, HistoryView view) {
        Set<EdgeKind> kinds = view.mentions() ? EnumSet.allOf(EdgeKind.class) : EnumSet.of(EdgeKind.CURATED, EdgeKind.BUILDS_ON);
        return full.filtered(n -> (view.lane() == null || view.lane().equals(n.lane()))
                && (view.from() == 0 && view.to() == 0 || n.date().known() && view.hasYear(n.date().year())), kinds);
    }

    /** What the view draws: its papers joined by an edge, or nothing past {@link #MAX_DRAWN}. */
    static java.util.Optional<Lineage> drawn(Lineage full, HistoryView view) {
        Lineage drawn = shown(full, view).connected();
        long papers = drawn.nodes().stream().filter(LineageNode::inNotes).count();
        return view.timeline() || papers > MAX_DRAWN || drawn.edges().isEmpty() ? java.util.Optional.empty()
                : java.util.Optional.of(drawn);
    }

    static String legend() {
        return "<p class=\"legend\">Time runs left to right; an arrow goes from what a method builds on to the method."
                + "<span class=\"k curated\"></span>curated<span class=\"k\"></span>read from a sentence"
                + "<span class=\"k mentions\"></span>mentions<span class=\"k outside\"></span>outside the notes. "
                + "Hover for the evidence; click a paper to open it.</p>\n";
    }

    /**
     * Every edge with its evidence: the table a reader checks the drawing against. A curated edge and the sentences
     * saying the same are one row, as they are one line in the drawing.
     */
    static String edgeList(List<LineageEdge> edges, Lineage full) {
        if (edges.isEmpty()) {
            return "";
        }
        java.util.Map<String, List<LineageEdge>> pairs = new java.util.LinkedHashMap<>();
        edges.forEach(e -> pairs.computeIfAbsent(e.from() + "\n" + e.to() + "\n" + e.kind().words(),
                k -> new java.util.ArrayList<>()).add(e));
        StringBuilder b = new StringBuilder("<h2>Edges and what they rest on</h2>\n<table class=\"edges\"><tr><th>Method"
                + "</th><th></th><th>From</th><th>Evidence</th></tr>\n");
        int n = 0;
        for (List<LineageEdge> pair : pairs.values()) {
            if (n++ == MAX_LISTED) {
                b.append("<tr><td colspan=\"4\">and ").append(pairs.size() - MAX_LISTED).append(" more</td></tr>\n");
                break;
            }
            LineageEdge e = pair.get(0);
            b.append("<tr><td>").append(name(full.node(e.from()))).append("</td><td>").append(e.kind().words())
                    .append("</td><td>").append(name(full.node(e.to()))).append("</td><td>");
            for (LineageEdge x : pair) {
                if (x.kind() == EdgeKind.CURATED) {
                    b.append("<div><span class=\"curated\">curated metadata</span></div>");
                }
                for (Evidence ev : x.evidence()) {
                    b.append("<div>“").append(HtmlText.escape(ev.sentence())).append("” <a href=\"")
                            .append(HtmlText.escape(new PageAction.OpenNote(ev.note(), ev.slide()).href())).append("\">")
                            .append(HtmlText.escape(Slide.place(ev.note(), ev.slide()))).append("</a></div>");
                }
            }
            b.append("</td></tr>\n");
        }
        return b.append("</table>\n").toString();
    }

    private static String name(LineageNode n) {
        if (n == null) {
            return "";
        }
        if (!n.inNotes()) {
            return "<span class=\"outside-name\">" + HtmlText.escape(n.label()) + "</span>";
        }
        return "<a href=\"" + HtmlText.escape(new PageAction.OpenPaper(n.id()).href()) + "\">" + HtmlText.escape(n.label())
                + "</a>" + (n.date().known() ? " <span class=\"muted\">" + n.date().label() + "</span>" : "");
    }
}
