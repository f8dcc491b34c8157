package app.vidatlas.export;

import app.vidatlas.catalog.PaperAttributes;
import app.vidatlas.model.Slide;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One paper as a markdown document, for {@code vidatlas show} and for pasting into notes. Every text from the notes
 * goes through {@link MarkdownText}: the notes are untrusted, and raw HTML in them must not run in a viewer.
 */
public final class PaperMarkdown {
    private PaperMarkdown() {
    }

    public static String render(Paper p) {
        StringBuilder b = new StringBuilder();
        b.append("# ").append(MarkdownText.text(p.shortName()));
        if (!p.shortName().equals(p.title())) {
            b.append(" — ").append(MarkdownText.text(p.title()));
        }
        b.append("\n\n");
        field(b, "Id", p.id());
        field(b, "Authors", String.join(", ", p.authors()));
        field(b, "Year", PaperText.year(p));
        field(b, "Venue", p.venue());
        field(b, "arXiv", p.arxiv());
        field(b, "Also known as", String.join(", ", p.aliases()));
        field(b, "Categories", PaperText.categories(p));
        field(b, "Tags", String.join(", ", p.tags()));
        field(b, "Attributes", attributes(p));
        if (!p.links().isEmpty()) {
            b.append("- **Links:** ").append(p.links().stream()
                    .map(l -> link(l.url()) + " (" + kind(l) + ")").collect(Collectors.joining(", "))).append('\n');
        }
        b.append("\n## Discussed in\n\n");
        for (Source s : p.sources()) {
            b.append("- ").append(MarkdownText.text(s.note()));
            if (!s.slides().isEmpty()) {
                b.append(": ").append(s.slides().stream().map(Slide::label).collect(Collectors.joining(", ")));
            }
            b.append('\n');
        }
        if (!p.keyPoints().isEmpty()) {
            b.append("\n## Key points\n\n");
            for (String k : p.keyPoints()) {
                String point = k.stripLeading();
                // The indent nests the point (as written in the note); a line break in it would end the list.
                String indent = k.substring(0, k.length() - point.length()).replaceAll("[^ \t]", "");
                b.append(indent).append("- ").append(MarkdownText.text(point)).append('\n');
            }
        }
        if (!p.figures().isEmpty()) {
            b.append("\n## Figures\n\n");
            for (Figure f : p.figures()) {
                b.append("- ![").append(caption(f.caption())).append("](").append(MarkdownText.target(f.src()))
                        .append(") — ")
                        .append(where(f.note(), f.slide())).append('\n');
            }
        }
        if (!p.annotations().isEmpty()) {
            b.append("\n## Annotations\n\n");
            for (Annotation a : p.annotations()) {
                b.append("- ").append(label(a.kind())).append(' ').append(MarkdownText.text(a.text()))
                        .append(" (").append(where(a.note(), a.slide())).append(")\n");
            }
        }
        return b.toString();
    }

    private static void field(StringBuilder b, String name, String value) {
        if (value != null && !value.isBlank()) {
            b.append("- **").append(name).append(":** ").append(MarkdownText.text(value)).append('\n');
        }
    }

    /**
     * Its attributes on one line ({@code backbone: Transformer; base model: DiT (read from the notes)}): curated ones
     * as they are, read ones marked so, since a reader of the file has no hover to ask where they come from.
     */
    private static String attributes(Paper p) {
        return PaperAttributes.of(p).stream().filter(at -> at.text() != null)
                .map(at -> at.label().toLowerCase(Locale.ROOT) + ": " + at.text() + (at.curated() ? "" : " (read from the notes)"))
                .collect(Collectors.joining("; "));
    }

    private static String kind(Link l) {
        return l.kind().name().toLowerCase(Locale.ROOT);
    }

    private static String label(AnnotationKind kind) {
        return switch (kind) {
            case NOTE -> "**Note:**";
            case QUESTION -> "**Question:**";
            case PASSAGE -> "**Passage:**";
        };
    }

    private static String where(String note, int slide) {
        return MarkdownText.text(PaperText.place(note, slide));
    }

    /**
     * A web address as an autolink; anything else (another scheme, or characters an autolink cannot hold, which would
     * turn {@code <…>} into an HTML tag) as plain text.
     */
    private static String link(String url) {
        return Link.isWeb(url) && url.chars().noneMatch(c -> c <= ' ' || c == '<' || c == '>' || c == 0x7F)
                ? "<" + url + ">" : MarkdownText.text(url);
    }

    /** An image's alt text: a bracket would end it early and let the rest be read as markup (escaped by text()). */
    private static String caption(String caption) {
        return MarkdownText.text(caption);
    }
}
