package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Link;
import app.vidatlas.model.Paper;

import java.util.ArrayList;
import java.util.List;

/**
 * The top of a paper's page: where it sits in the category tree, its names and metadata, its web links, and the
 * buttons for what the user keeps about it (comparison, reading list, own note).
 */
final class PaperHeader {
    private PaperHeader() {
    }

    static String html(Paper p, PageRenderer.Personal personal) {
        StringBuilder b = new StringBuilder("<header class=\"paper\">\n<div class=\"kicker\">");
        List<String> crumbs = new ArrayList<>();
        for (CategoryPath c : p.categories()) {
            List<String> parts = new ArrayList<>();
            for (CategoryPath prefix : c.prefixes()) {
                parts.add("<a href=\"" + new PageAction.Category(prefix).href() + "\">" + HtmlText.escape(prefix.last())
                        + "</a>");
            }
            crumbs.add(String.join(" › ", parts));
        }
        b.append(String.join("<span class=\"sep\"> · </span>", crumbs)).append("</div>\n");
        b.append("<h1>").append(HtmlText.escape(p.shortName())).append("</h1>\n");
        if (!p.shortName().equals(p.title())) {
            b.append("<p class=\"title\">").append(HtmlText.escape(p.title())).append("</p>\n");
        }
        b.append("<p class=\"meta\">").append(String.join(" · ", meta(p))).append("</p>\n");
        if (!p.tags().isEmpty() || !p.aliases().isEmpty()) {
            b.append("<p class=\"tags\">");
            p.tags().forEach(t -> b.append("<span class=\"tag\">").append(HtmlText.escape(t)).append("</span>"));
            if (!p.aliases().isEmpty()) {
                b.append("<span class=\"aka\">also ").append(HtmlText.escape(String.join(", ", p.aliases())))
                        .append("</span>");
            }
            b.append("</p>\n");
        }
        b.append("<p class=\"actions\">");
        for (Link l : p.links()) {
            if (Link.isWeb(l.url())) {
                b.append("<a class=\"external button\" href=\"").append(HtmlText.escape(l.url())).append("\" title=\"")
                        .append(HtmlText.escape(l.url())).append("\">").append(label(l)).append("</a> ");
            }
        }
        b.append(button("", new PageAction.CopyCitation(p.id()), null, "Copy citation")).append(' ');
        b.append(personal.compared()
                ? button(" on", new PageAction.Compare(), "Open the comparison", "In the comparison")
                : button("", new PageAction.CompareAdd(p.id()), "Add this paper to the comparison", "Compare"));
        b.append(' ').append(personal.bookmarked()
                ? button(" on", new PageAction.Bookmark(p.id()), null, "★ On my reading list")
                : button("", new PageAction.Bookmark(p.id()), null, "☆ Reading list"));
        b.append(' ').append(button("", new PageAction.EditNote(p.id()), null,
                personal.note().isBlank() ? "Write a note" : "Edit my note"));
        return b.append("</p>\n</header>\n").toString();
    }

    /** Authors, venue, the year unless the venue says it, the arXiv number. */
    private static List<String> meta(Paper p) {
        List<String> meta = new ArrayList<>();
        if (!p.authors().isEmpty()) {
            meta.add(HtmlText.escape(String.join(", ", p.authors())) + (p.curated() ? " et al." : ""));
        }
        if (p.venue() != null) {
            meta.add(HtmlText.escape(p.venue()));
        }
        if (p.year() != null && (p.venue() == null || !p.venue().contains(p.year().toString()))) {
            meta.add(p.year().toString());
        }
        if (p.arxiv() != null) {
            meta.add("arXiv " + HtmlText.escape(p.arxiv()));
        }
        return meta;
    }

    /** A button; {@code on} is {@code " on"} for a state the user has switched on. Labels and titles are ours. */
    private static String button(String on, PageAction action, String title, String label) {
        return "<a class=\"button" + on + "\" href=\"" + action.href() + "\""
                + (title == null ? "" : " title=\"" + title + "\"") + ">" + label + "</a>";
    }

    private static String label(Link l) {
        return switch (l.kind()) {
            case CODE -> "Code";
            case ARXIV -> "arXiv";
            case READPAPERS -> "ReadPapers";
            case OTHER -> "Link";
        };
    }
}
