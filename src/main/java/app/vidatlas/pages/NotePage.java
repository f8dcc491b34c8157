package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Slide;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/** A whole note as one page, slide by slide; paper names link to their pages. */
final class NotePage {
    private final PageContext context;

    NotePage(PageContext context) {
        this.context = context;
    }

    PageRenderer.Page render(String noteId, PageRenderer.Target target, boolean dark) {
        Note note = context.notes().get(noteId);
        if (note == null) {
            return MessagePage.of("No such note", "There is no note “" + noteId + "” loaded.", dark);
        }
        List<URI> pending = new ArrayList<>();
        FigureImages figures = context.figureImages(pending);
        StringBuilder body = new StringBuilder("<header class=\"paper\"><div class=\"kicker\">Note</div><h1>")
                .append(HtmlText.escape(note.title())).append("</h1><p class=\"meta\">").append(HtmlText.escape(note.id()))
                .append(note.siteUrl() == null ? "" : " · <a class=\"external\" href=\"" + HtmlText.escape(note.siteUrl())
                        + "\">published notes</a>").append("</p></header>\n<main>\n");
        String anchor = null;
        for (Slide s : note.slides()) {
            String id = "s-0-" + s.number();
            if (s.number() == target.slide() && target.slide() > 0) {
                anchor = id;
            }
            body.append("<article class=\"slide\" id=\"").append(id).append("\">");
            if (s.number() > 0) {
                body.append("<div class=\"slide-label\">").append(s.label()).append("</div>\n");
            }
            if (note.format() == NoteFormat.PLAIN_TEXT) {
                body.append(NoteHtml.text(s.text(), context.names().get(), null));
            } else {
                String html = NoteHtml.render(s.markdown(), note.id(), s.number(), figures.writer("fig"),
                        context.names().get(), null);
                body.append(html).append(SlideRest.html(s, html, context.names(), null));
            }
            body.append("</article>\n");
        }
        body.append("</main>\n");
        return new PageRenderer.Page(context.chrome().document(note.title(), body.toString(), anchor, target.terms(),
                dark), pending);
    }
}
