package app.vidatlas.pages;

import app.vidatlas.notes.BundledNotes;
import app.vidatlas.userdata.AtomicFiles;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where a page finds the app's own stylesheet, script and KaTeX. Pages load them from {@code file:} addresses:
 * when the app runs from its jar, they are copied once into the cache folder (WebView does not load a page's
 * resources from inside a jar).
 */
public record PageAssets(String css, String script, String katexDir) {
    public static final String KATEX_VERSION = "0.16.47";
    private static final String PAGE = "/vidatlas/page";
    private static final String KATEX = "/META-INF/resources/webjars/katex/" + KATEX_VERSION + "/dist";

    /**
     * The assets on the class path; copied under {@code extractTo} when they are inside a jar.
     *
     * @param extractTo a folder of the app's cache
     */
    public static PageAssets fromClassPath(Path extractTo) {
        Path base = extractTo.resolve("page-assets-" + KATEX_VERSION + "-" + Integer.toHexString(contentKey()));
        String page = resource(PAGE + "/page.css").toExternalForm().replace("page.css", "");
        if (page.startsWith("jar:")) {
            copyTree(PAGE, "page.css", base.resolve("page"), List.of(".css", ".js"));
            page = base.resolve("page").toUri().toString();
        }
        String katex = resource(KATEX + "/katex.min.js").toExternalForm().replace("katex.min.js", "");
        if (katex.startsWith("jar:")) {
            copyTree(KATEX, "katex.min.js", base.resolve("katex"), List.of(".min.css", ".min.js", ".woff2", ".woff", ".ttf"));
            katex = base.resolve("katex").toUri().toString();
        }
        return new PageAssets(page + "page.css", page + "page.js", katex.endsWith("/") ? katex : katex + "/");
    }

    private static URL resource(String name) {
        URL u = PageAssets.class.getResource(name);
        if (u == null) {
            throw new IllegalStateException("missing from the application: " + name);
        }
        return u;
    }

    /** Changes when the app's own page files change, so a new version never uses old copies. */
    private static int contentKey() {
        try {
            return (read(PAGE + "/page.css") + read(PAGE + "/page.js")).hashCode();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) throws IOException {
        try (InputStream in = resource(name).openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Copies a folder of a jar (found through one of its files: jars need not list folders) to disk. */
    private static void copyTree(String resourceDir, String aFile, Path target, List<String> endings) {
        try {
            Path source = BundledNotes.resourcePath(resourceDir + "/" + aFile).getParent();
            try (Stream<Path> files = Files.walk(source)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String name = f.getFileName().toString();
                    if (endings.stream().noneMatch(name::endsWith)) {
                        continue;
                    }
                    Path out = target.resolve(source.relativize(f).toString());
                    if (Files.exists(out) && Files.size(out) == Files.size(f)) {
                        continue;
                    }
                    AtomicFiles.write(out, Files.readAllBytes(f));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the page assets in " + target, e);
        }
    }

    /**
     * The schemes the app's own scripts, styles and fonts come from, for the page's Content-Security-Policy: no
     * inline script and no network, whatever a note contains.
     */
    String sources() {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        for (String s : new String[]{css, script, katexDir}) {
            out.add(s.substring(0, s.indexOf(':') + 1));
        }
        return String.join(" ", out);
    }
}
