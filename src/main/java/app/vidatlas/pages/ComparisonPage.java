package app.vidatlas.pages;

import app.vidatlas.export.Comparison;
import app.vidatlas.export.ComparisonExport;
import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Paper;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Papers side by side ({@link Comparison}'s rows, in {@link ComparisonExport#table}'s table). On the page, headers
 * open each paper's page and carry controls to move or remove the column, each paper's first figure is shown, and
 * the rows where all papers agree can be left out.
 */
final class ComparisonPage {
    private final PageContext context;

    ComparisonPage(PageContext context) {
        this.context = context;
    }

    PageRenderer.Page render(List<String> ids, boolean hideSame, boolean dark) {
        List<Paper> list = ids.stream().map(context.papers()::get).filter(Objects::nonNull).toList();
        if (list.size() < Comparison.MIN) {
            return MessagePage.of("Nothing to compare yet", "Add two to twelve papers to the comparison: select them in "
                    + "the list (Ctrl+click) and press Compare, or use “Add to comparison” on a paper's page.", dark);
        }
        List<Paper> shown = list.subList(0, Math.min(Comparison.MAX, list.size()));
        Comparison table = Comparison.of(shown);
        List<URI> pending = new ArrayList<>();
        FigureImages figures = context.figureImages(pending);
        Map<String, String> thumbs = new HashMap<>();
        for (Paper p : shown) {
            if (!p.figures().isEmpty()) {
                thumbs.put(p.id(), figures.html(p.figures().get(0), "fig thumb"));
            }
        }
        long differing = table.rows().stream().filter(Comparison.Row::differs).count();
        PageAction toggle = hideSame ? new PageAction.CompareShowAll() : new PageAction.CompareHideSame();
        String body = "<header class=\"paper\"><div class=\"kicker\">Comparison</div><h1>"
                + HtmlText.escape(shown.stream().map(Paper::shortName).collect(Collectors.joining(" · ")))
                + "</h1><p class=\"meta\">" + differing + " of " + table.rows().size() + " rows differ"
                + (list.size() > shown.size() ? " · only the first " + Comparison.MAX + " papers are shown" : "")
                + "</p><p class=\"actions\"><a class=\"button\" href=\"" + toggle.href() + "\">"
                + (hideSame ? "Show all rows" : "Hide rows that agree") + "</a></p></header>\n<main>\n"
                + "<div class=\"comparison-scroll\">"
                + ComparisonExport.table(table, i -> header(shown, i, ids.indexOf(shown.get(i).id())), thumbs, hideSame,
                (row, column) -> AttributeSources.html(shown.get(column), row.key())) + "</div></main>\n";
        return new PageRenderer.Page(context.chrome().document("Comparison", body, null, List.of(), dark, true), pending);
    }

    /**
     * A column's header: the paper's name, linked to its page, and the tools to move or remove the column; the header
     * can be dragged onto another column's to move it there (page.js completes the link with that column's place).
     *
     * @param place the column's place in the whole comparison list, which may hold papers the notes open lack: the
     *              place a header dropped here moves a column to
     */
    private static String header(List<Paper> papers, int i, int place) {
        Paper p = papers.get(i);
        StringBuilder b = new StringBuilder("<div class=\"col-head\" title=\"Drag to another column to move it there\" "
                + "data-move=\"").append(HtmlText.escape(PageAction.CompareMoveTo.hrefTo(p.id()))).append("\" data-index=\"")
                .append(place).append("\"><a href=\"").append(new PageAction.OpenPaper(p.id()).href()).append("\">")
                .append(HtmlText.escape(p.shortName())).append("</a><div class=\"col-tools\">");
        if (i > 0) {
            b.append(tool("tool", "Move left", new PageAction.CompareLeft(p.id()), "◀"));
        }
        if (i < papers.size() - 1) {
            b.append(tool("tool", "Move right", new PageAction.CompareRight(p.id()), "▶"));
        }
        b.append(tool("tool remove", "Remove from the comparison", new PageAction.CompareRemove(p.id()), "✕"));
        return b.append("</div></div>").toString();
    }

    private static String tool(String cssClass, String title, PageAction action, String glyph) {
        return "<a class=\"" + cssClass + "\" title=\"" + title + "\" href=\"" + action.href() + "\">" + glyph + "</a>";
    }
}
