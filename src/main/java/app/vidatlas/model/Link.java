package app.vidatlas.model;

import java.util.Objects;

/** An outside link: a code repository, an arXiv page, a ReadPapers page, ... */
public record Link(String url, LinkKind kind) {
    public Link {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(kind, "kind");
    }

    public static Link of(String url) {
        return new Link(url, LinkKind.of(url));
    }

    /** Whether an address is a web page: the only links the notes may carry (no javascript:, file:, data:). */
    public static boolean isWeb(String url) {
        String u = url == null ? "" : url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://");
    }
}
