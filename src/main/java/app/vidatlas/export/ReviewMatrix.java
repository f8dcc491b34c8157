package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.util.List;

/**
 * Any list of papers as a table: one row per paper, one column per field chosen ({@link PaperFields}), so that a
 * category, a search's results or the reading list can be read, sorted and exported like a literature review's
 * table. The paper's name always comes first.
 */
public final class ReviewMatrix {
    /** The columns shown when none are chosen: everything but the title and key points, which are long. */
    public static final List<String> DEFAULT_COLUMNS = List.of("year", "venue", "category", "backbone", "space",
            "builtOn", "training", "conditions", "openSource", "code", "notes");

    private final List<PaperFields.Field> columns;
    private final List<Paper> papers;

    private ReviewMatrix(List<PaperFields.Field> columns, List<Paper> papers) {
        this.columns = List.copyOf(columns);
        this.papers = List.copyOf(papers);
    }

    /**
     * @param columnKeys the fields to show, by key (case aside); the name is always the first column
     * @throws IllegalArgumentException for a key that names no field, with the keys there are
     */
    public static ReviewMatrix of(List<Paper> papers, List<String> columnKeys) {
        java.util.List<PaperFields.Field> columns = new java.util.ArrayList<>();
        columns.add(PaperFields.field("name").orElseThrow());
        unknown(columnKeys).ifPresent(key -> {
            throw new IllegalArgumentException("no column '" + key + "'; the columns are " + keys());
        });
        for (String key : columnKeys) {
            PaperFields.Field f = PaperFields.field(key).orElseThrow();
            if (!columns.contains(f)) {
                columns.add(f);
            }
        }
        return new ReviewMatrix(columns, papers);
    }

    /** The first of these keys that names no column, if any (case aside). */
    public static java.util.Optional<String> unknown(List<String> columnKeys) {
        return columnKeys.stream().filter(k -> PaperFields.field(k).isEmpty()).findFirst();
    }

    /** Every column key there is, in order. */
    public static List<String> keys() {
        return PaperFields.fields().stream().map(PaperFields.Field::key).toList();
    }

    public List<String> header() {
        return columns.stream().map(PaperFields.Field::label).toList();
    }

    public List<String> columnKeys() {
        return columns.stream().map(PaperFields.Field::key).toList();
    }

    /** One row per paper, one value per column. */
    public List<List<String>> rows() {
        return papers.stream().map(p -> columns.stream().map(c -> c.value().apply(p)).toList()).toList();
    }

    public List<Paper> papers() {
        return papers;
    }
}
