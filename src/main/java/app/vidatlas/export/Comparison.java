package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Papers side by side: one column per paper, one row per thing worth comparing. A value the metadata does not
 * give is "not stated", never a blank that reads as "no". The page and every export show these same rows.
 */
public final class Comparison {
    public static final int MIN = 2;
    public static final int MAX = 12;
    public static final String NOT_STATED = PaperFields.NOT_STATED;

    /**
     * A row: its label, one value per paper, and whether they differ.
     *
     * @param key    a stable key ({@code backbone})
     * @param label  what the row is
     * @param values one per paper, in column order
     */
    public record Row(String key, String label, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        /**
         * Whether the papers differ here: two stated values that are not the same. "Not stated" is not a value the
         * paper has, so it never makes a difference. Names and titles always differ and are not marked.
         */
        public boolean differs() {
            if (key.equals("name") || key.equals("title")) {
                return false;
            }
            return values.stream().filter(v -> !v.equals(NOT_STATED)).distinct().count() > 1;
        }

        /**
         * Whether the value of column {@code i} is one that differs: in a row that differs, a stated value other than
         * the one most papers share (Show-1's "both" among four "latent"); when no value is shared by more papers
         * than every other, every stated value is marked.
         */
        public boolean differsAt(int i) {
            if (!differs() || values.get(i).equals(NOT_STATED)) {
                return false;
            }
            String common = common();
            return common == null || !values.get(i).equals(common);
        }

        /** The stated value more papers share than any other, or null when none is. */
        private String common() {
            Map<String, Long> counts = values.stream().filter(v -> !v.equals(NOT_STATED))
                    .collect(Collectors.groupingBy(v -> v, LinkedHashMap::new, Collectors.counting()));
            long most = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
            List<String> top = counts.entrySet().stream().filter(e -> e.getValue() == most).map(Map.Entry::getKey)
                    .toList();
            return top.size() == 1 ? top.get(0) : null;
        }
    }

    private final List<Paper> papers;
    private final List<Row> rows;

    private Comparison(List<Paper> papers, List<Row> rows) {
        this.papers = List.copyOf(papers);
        this.rows = List.copyOf(rows);
    }

    public static Comparison of(List<Paper> papers) {
        if (papers.size() < MIN || papers.size() > MAX) {
            throw new IllegalArgumentException("a comparison holds " + MIN + " to " + MAX + " papers, not " + papers.size());
        }
        List<Row> rows = PaperFields.fields().stream()
                .map(f -> new Row(f.key(), f.label(), papers.stream().map(f.value()).toList())).toList();
        return new Comparison(papers, rows);
    }

    public List<Paper> papers() {
        return papers;
    }

    public List<Row> rows() {
        return rows;
    }

    /** The same papers with only the rows where they differ, as the page shows them with rows that agree hidden. */
    public Comparison differingOnly() {
        return new Comparison(papers, rows.stream().filter(Row::differs).toList());
    }
}
