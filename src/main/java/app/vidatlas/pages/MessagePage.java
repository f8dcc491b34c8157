package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import java.util.List;

/** A page that only says something: no such paper, nothing to compare yet, an error. */
final class MessagePage {
    private MessagePage() {
    }

    static PageRenderer.Page of(String title, String text, boolean dark) {
        String body = "<header class=\"paper\"><h1>" + HtmlText.escape(title) + "</h1></header><main><p>"
                + HtmlText.escape(text) + "</p></main>";
        return new PageRenderer.Page(PageChrome.bare(title, body, dark), List.of());
    }
}
