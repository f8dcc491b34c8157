package app.vidatlas.export;

import org.commonmark.renderer.html.HtmlWriter;

/** Text from the notes written into HTML: every page and HTML export escapes it here, in one way. */
public final class HtmlText {
    private HtmlText() {
    }

    /** {@code <}, {@code >}, {@code &} and {@code "} as entities: safe between tags and inside quoted attributes. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder();
        new HtmlWriter(out).text(s);
        return out.toString();
    }
}
