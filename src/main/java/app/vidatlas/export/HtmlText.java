package app.vidatlas.export;

import org.commonmark.renderer.html.HtmlWriter;

/** Text from the notes written into HTML: every page and HTML export escapes it here, in one way. */
public final class HtmlText {
    /** The style of a stand-alone HTML export (a table to share, no script): one look for every such file. */
    static final String EXPORT_STYLE = "<style>body{font-family:sans-serif}table{border-collapse:collapse}"
            + "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
            + "tr.differs th,td.differs-cell{background:#fff3a3}.not-stated{color:#777;font-style:italic}</style>";

    private HtmlText() {
    }

    /** {@code <}, {@code >}, {@code &} and {@code "} as entities: safe between tags and inside quoted attributes. */
    public static String escape(String s) {
        StringBuilder out = new StringBuilder();
        new HtmlWriter(out).text(s);
        return out.toString();
    }
}
