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
}
