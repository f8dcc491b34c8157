package app.vidatlas.export;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.Paper;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;

/**
 * Papers side by side: one column per paper, one row per thing worth comparing. A value the metadata does not
 * give is "not stated", never a blank that reads as "no". The page and every export show these same rows.
 */
public final class Comparison {
    public static final int MIN = 2;
    public static final int MAX = 6;
    public static final String NOT_STATED = "not stated";
    private static final int KEY_POINTS = 4;

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
         * Whether the papers differ here ("not stated" counts as a value of its own). Names and titles always
         * differ and are not marked.
         */
        public boolean differs() {
            return !key.equals("name") && !key.equals("title") && new LinkedHashSet<>(values).size() > 1;
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
        List<Row> rows = new ArrayList<>();
        rows.add(row("name", "Name", papers, Paper::shortName));
        rows.add(row("title", "Title", papers, Paper::title));
        rows.add(row("year", "Year", papers, p -> stated(PaperText.year(p))));
        rows.add(row("venue", "Venue", papers, p -> stated(p.venue())));
        rows.add(row("category", "Category", papers, p -> stated(PaperText.categories(p))));
        List<PaperText.Attribute> attributes = PaperText.attributes(Attributes.NONE);
        for (int i = 0; i < attributes.size(); i++) {
            int at = i;
            rows.add(row(attributes.get(i).key(), attributes.get(i).label(), papers,
                    p -> stated(PaperText.attributes(p.attributes()).get(at).value())));
        }
        rows.add(row("keyPoints", "Key points", papers, Comparison::keyPoints));
        rows.add(row("notes", "Notes / questions", papers, p -> count(p, AnnotationKind.NOTE) + " / "
                + count(p, AnnotationKind.QUESTION)));
        rows.add(row("code", "Code", papers, p -> stated(p.codeUrl())));
        return new Comparison(papers, rows);
    }

    public List<Paper> papers() {
        return papers;
    }

    public List<Row> rows() {
        return rows;
    }

    private static Row row(String key, String label, List<Paper> papers, Function<Paper, String> value) {
        return new Row(key, label, papers.stream().map(value).toList());
    }

    private static String stated(String v) {
        return v == null || v.isBlank() ? NOT_STATED : v;
    }

    /** The paper's first bullets from the notes, top level only: the gist, not the detail. */
    private static String keyPoints(Paper p) {
        List<String> top = p.keyPoints().stream().filter(k -> !k.startsWith(" ")).limit(KEY_POINTS).toList();
        return top.isEmpty() ? NOT_STATED : String.join("; ", top);
    }

    private static long count(Paper p, AnnotationKind kind) {
        return p.annotations().stream().map(Annotation::kind).filter(kind::equals).count();
    }
}
