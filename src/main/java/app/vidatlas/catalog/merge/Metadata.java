package app.vidatlas.catalog.merge;

import app.vidatlas.model.Diagnostic;

import java.util.List;

/**
 * The curated metadata as read, with what was wrong in it.
 *
 * @param papers      the entries that could be used
 * @param diagnostics one per broken entry or field
 */
public record Metadata(List<CuratedPaper> papers, List<Diagnostic> diagnostics) {
    public static final Metadata EMPTY = new Metadata(List.of(), List.of());

    public Metadata {
        papers = List.copyOf(papers);
        diagnostics = List.copyOf(diagnostics);
    }
}
