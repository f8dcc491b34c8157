package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Note;

import java.util.List;

/** The start page: what is loaded, how to search, and the notes to open. */
final class HomePage {
    private HomePage() {
    }

    static PageRenderer.Page render(PageContext context, boolean dark) {
        StringBuilder body = new StringBuilder("<header class=\"paper\"><h1>VidAtlas</h1><p class=\"title\">")
                .append(context.catalog().papers().size()).append(" papers from ").append(context.catalog().notes().size())
                .append(" notes</p></header>\n<main>\n<p>Pick a paper on the left, or search (Ctrl+K): English, "
                        + "Chinese or both, <code>\"phrases\"</code>, <code>year:2023</code>, <code>venue:ICCV</code>, "
                        + "<code>cat:</code>, <code>tag:</code>.</p>\n<p>How the field developed: the <a href=\""
                        + new PageAction.OpenHistory(HistoryView.LINEAGE).href() + "\">lineage graph</a> (Ctrl+L), which "
                        + "method builds on which, and the <a href=\"" + new PageAction.OpenHistory(HistoryView.TIMELINE).href()
                        + "\">timeline</a> (Ctrl+T).</p>\n<h2>Notes</h2>\n<ul class=\"notes\">\n");
        for (Note n : context.catalog().notes()) {
            body.append("<li><a href=\"").append(new PageAction.OpenNote(n.id(), 0).href()).append("\">")
                    .append(HtmlText.escape(n.title())).append("</a> <span class=\"note-id\">")
                    .append(HtmlText.escape(n.id())).append("</span></li>\n");
        }
        body.append("</ul>\n</main>\n");
        return new PageRenderer.Page(context.chrome().document("VidAtlas", body.toString(), null, List.of(), dark),
                List.of());
    }
}
