package app.vidatlas.catalog.lineage;

import app.vidatlas.model.Evidence;

import java.util.List;
import java.util.Objects;

/**
 * One method coming from another: {@code from} builds on (or mentions) {@code to}. Every edge read from the notes keeps
 * the sentences that say it; only curated edges have none, their source being the curated metadata.
 *
 * @param from     the node id of the later method (a paper of the notes)
 * @param to       the node id of what it comes from (a paper, or a model outside the notes)
 * @param kind     how it is known
 * @param evidence the sentences, in note order (empty only for {@link EdgeKind#CURATED})
 */
public record LineageEdge(String from, String to, EdgeKind kind, List<Evidence> evidence) {
    public LineageEdge {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(kind, "kind");
        evidence = List.copyOf(evidence);
        if (evidence.isEmpty() && kind != EdgeKind.CURATED) {
            throw new IllegalArgumentException("an edge read from the notes needs the sentence it was read from");
        }
    }
}
