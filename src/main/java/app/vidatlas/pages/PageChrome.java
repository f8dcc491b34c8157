package app.vidatlas.pages;

import app.vidatlas.architecture.AllowedToUseJackson;
import app.vidatlas.export.HtmlText;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * The document around every page's body: the Content-Security-Policy, the app's own stylesheet and script, and
 * what the script is to do once the page is shown (scroll to a target, mark the searched words).
 */
@AllowedToUseJackson("hands the words to mark to the page script as a JSON literal, escaped by Jackson rather than by hand")
final class PageChrome {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PageAssets assets;

    PageChrome(PageAssets assets) {
        this.assets = assets;
    }

    /**
     * @param anchor the id of the element to scroll to, or null
     * @param terms  the searched words to mark
     */
    String document(String title, String body, String anchor, List<String> terms, boolean dark) {
        return document(title, body, anchor, terms, dark, false);
    }

    /** The same; a {@code wide} page (a comparison) takes the whole width instead of a line length for reading. */
    String document(String title, String body, String anchor, List<String> terms, boolean dark, boolean wide) {
        String sources = assets.sources();
        // No inline script and no network, whatever a note contains: only the app's own files and data: images.
        // The theme's class is on <html> too: its background shows below a short page and beside a narrow one.
        String theme = dark ? "dark" : "light";
        return "<!DOCTYPE html>\n<html class=\"" + theme + "\"><head><meta charset=\"utf-8\">\n"
                + "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; "
                + "script-src " + sources + "; style-src " + sources + " 'unsafe-inline'; font-src " + sources
                + " data:\">\n"
                + "<title>" + HtmlText.escape(title) + "</title>\n"
                + (hasMath(body) ? katex() : "")
                + "<link rel=\"stylesheet\" href=\"" + HtmlText.escape(assets.css()) + "\">\n"
                + "<script src=\"" + HtmlText.escape(assets.script()) + "\"></script>\n"
                + "</head>\n<body class=\"" + theme + (wide ? " wide" : "") + "\" data-target=\""
                + (anchor == null ? "" : anchor) + "\" data-terms=\"" + HtmlText.escape(json(terms)) + "\">\n"
                + body + "</body></html>\n";
    }

    /**
     * Whether the body holds math the page script typesets (its delimiters: {@code \\(}, {@code \\[}, {@code $$},
     * {@code \\begin{...}}). Only such pages load KaTeX: parsing its 270 KB of script is most of the time a page
     * without math takes to show.
     */
    static boolean hasMath(String body) {
        return body.contains("\\(") || body.contains("\\[") || body.contains("$$") || body.contains("\\begin{");
    }

    private String katex() {
        String dir = HtmlText.escape(assets.katexDir());
        return "<link rel=\"stylesheet\" href=\"" + dir + "katex.min.css\">\n"
                + "<script src=\"" + dir + "katex.min.js\"></script>\n"
                + "<script src=\"" + dir + "contrib/auto-render.min.js\"></script>\n";
    }

    /** A document without the app's files: for messages, which a renderer without assets must still show. */
    static String bare(String title, String body, boolean dark) {
        // Its own few colours, so that a message in the dark theme is not a white page.
        String style = "<style>html,body{margin:0;background:" + (dark ? "#0d1117;color:#e6edf3" : "#ffffff;color:#1f2328")
                + "}body{font-family:\"Noto Sans CJK SC\",\"Noto Sans\",sans-serif;padding:20px 28px;line-height:1.6}</style>";
        return "<!DOCTYPE html>\n<html class=\"" + (dark ? "dark" : "light") + "\"><head><meta charset=\"utf-8\">" + style
                + "<title>" + HtmlText.escape(title)
                + "</title></head><body class=\"" + (dark ? "dark" : "light") + "\">" + body + "</body></html>";
    }

    private static String json(List<String> terms) {
        try {
            return JSON.writeValueAsString(terms); // every character escaped as JSON wants, control characters too
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a list of strings is always JSON", e);
        }
    }
}
