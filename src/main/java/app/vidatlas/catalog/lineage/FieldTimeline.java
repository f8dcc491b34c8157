package app.vidatlas.catalog.lineage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * How the field developed, in time: the papers with a date, oldest first, and what
 * notes narrating history say at their dates ({@link Commentary}). Papers without a date are counted, not placed.
 */
public record FieldTimeline(List<LineageNode> papers, List<Commentary> commentary, int undated) {
    public FieldTimeline {
        papers = List.copyOf(papers);
        commentary = List.copyOf(commentary);
    }

    /** The timeline of the papers of a lineage that pass {@code keep}. */
    public static FieldTimeline of(Lineage lineage, List<Commentary> commentary, Predicate<LineageNode> keep) {
        List<LineageNode> dated = new ArrayList<>();
        int undated = 0;
        for (LineageNode n : lineage.nodes()) {
            if (!n.inNotes() || !keep.test(n)) {
                continue;
            }
            if (n.date().known()) {
                dated.add(n);
            } else {
                undated++;
            }
        }
        dated.sort(Comparator.comparing(LineageNode::date).thenComparing(LineageNode::label));
        return new FieldTimeline(dated, commentary, undated);
    }
}
