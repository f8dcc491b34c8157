package app.vidatlas.model;

import java.net.URI;
import java.util.Locale;

/** What a link points at, judged from its address. */
public enum LinkKind {
    CODE, ARXIV, READPAPERS, OTHER;

    public static LinkKind of(String url) {
        String host;
        String path;
        try {
            URI uri = URI.create(url.trim());
            host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            path = uri.getPath() == null ? "" : uri.getPath();
        } catch (IllegalArgumentException e) {
            return OTHER;
        }
        if (host.endsWith("github.com") || host.endsWith("gitlab.com") || host.endsWith("huggingface.co")) {
            return CODE;
        }
        if (host.endsWith("arxiv.org")) {
            return ARXIV;
        }
        if (path.contains("/ReadPapers/")) {
            return READPAPERS;
        }
        return OTHER;
    }
}
