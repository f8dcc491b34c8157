package app.vidatlas.render;

import java.net.URL;

/**
 * Where a page finds the app's own stylesheet, script and KaTeX: resources on the class path (a folder when run
 * from Maven, the jar when run from {@code java -jar}). A page loads scripts from here only.
 */
public record PageAssets(String css, String script, String katexDir) {
    public static final String KATEX_VERSION = "0.16.47";

    public static PageAssets fromClassPath() {
        return new PageAssets(url("/vidatlas/page/page.css"), url("/vidatlas/page/page.js"),
                url("/META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist/katex.min.js")
                        .replace("katex.min.js", ""));
    }

    private static String url(String resource) {
        URL u = PageAssets.class.getResource(resource);
        if (u == null) {
            throw new IllegalStateException("missing from the application: " + resource);
        }
        return u.toExternalForm();
    }

    /**
     * The schemes the app's own scripts, styles and fonts come from ({@code file:} or {@code jar:}), for the
     * page's Content-Security-Policy: no inline script and no network, whatever a note contains.
     */
    String sources() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String s : new String[]{css, script, katexDir}) {
            out.add(s.substring(0, s.indexOf(':') + 1));
        }
        return String.join(" ", out);
    }
}
