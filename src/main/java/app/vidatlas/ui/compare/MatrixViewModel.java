package app.vidatlas.ui.compare;

import app.vidatlas.export.ReviewMatrix;
import app.vidatlas.export.ReviewMatrixExport;
import app.vidatlas.catalog.PaperAttributes;
import app.vidatlas.model.Evidence;
import app.vidatlas.model.Paper;
import app.vidatlas.work.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A review matrix of a list of papers: every field a column, the rows narrowed by a filter per column (a row stays
 * when each filtered column's value holds its text, case aside), the columns shown chosen by the user. Sorting is the
 * table's. What is exported is what is shown: the rows that pass and the columns chosen, in the matrix's order.
 */
public final class MatrixViewModel {
    private final ReviewMatrix matrix;
    private final List<List<String>> all;
    private final ObservableList<List<String>> rows = FXCollections.observableArrayList();
    private final ObservableList<List<String>> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<Integer, String> filters = new HashMap<>();
    private final Set<String> hidden = new LinkedHashSet<>();
    private List<Integer> passing = List.of();
    private final TaskRunner runner;
    /** Each row's paper, by the row itself: the table sorts and filters rows, not papers. */
    private final Map<List<String>, Paper> paperOf = new java.util.IdentityHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** Filters on the JavaFX thread: for the hundreds of papers a list usually holds (see the other constructor). */
    public MatrixViewModel(List<Paper> papers) {
        this(papers, TaskRunner.DIRECT);
    }

    /**
     * @param runner where filtering runs: a long list (a whole large library) is filtered in the background, and a
     *               filter typed again before the last one arrived drops the older result
     */
    public MatrixViewModel(List<Paper> papers, TaskRunner runner) {
        this.runner = runner;
        this.matrix = ReviewMatrix.of(papers, ReviewMatrix.keys().stream().filter(k -> !k.equals("name")).toList());
        this.all = matrix.rows();
        for (int i = 0; i < all.size(); i++) {
            paperOf.put(all.get(i), papers.get(i));
        }
        for (String key : ReviewMatrix.keys()) {
            if (!ReviewMatrix.DEFAULT_COLUMNS.contains(key) && !key.equals("name")) {
                hidden.add(key); // the long ones (title, key points) start hidden
            }
        }
        refresh();
    }

    /** Where a cell's value comes from (curated, or the sentences it was read from), or null: its hover. */
    public String sources(List<String> row, String key) {
        Paper p = paperOf.get(row);
        return p == null || !PaperAttributes.isAttribute(key) ? null : PaperAttributes.of(p, key).sources();
    }

    /** The sentence a double click on the cell opens, or null when its value was not read from the notes. */
    public Evidence evidence(List<String> row, String key) {
        Paper p = paperOf.get(row);
        return p == null || !PaperAttributes.isAttribute(key) ? null : PaperAttributes.of(p, key).firstEvidence();
    }

    /** The column labels, in order (the name first); a row's values are in this order too. */
    public List<String> header() {
        return matrix.header();
    }

    public List<String> columnKeys() {
        return matrix.columnKeys();
    }

    /** Only rows whose value in this column holds the text (case aside); blank: any. */
    public void setFilter(int column, String text) {
        if (text == null || text.isBlank()) {
            filters.remove(column);
        } else {
            filters.put(column, text.strip().toLowerCase(Locale.ROOT));
        }
        refresh();
    }

    public boolean isShown(String key) {
        return !hidden.contains(key);
    }

    /** Shows or hides a column (the name is always shown). */
    public void setShown(String key, boolean shown) {
        if (key.equals("name")) {
            return;
        }
        if (shown) {
            hidden.remove(key);
        } else {
            hidden.add(key);
        }
    }

    private void refresh() {
        long current = generation.incrementAndGet();
        Map<Integer, String> now = Map.copyOf(filters);
        runner.run(() -> passing(now), at -> {
            if (current == generation.get()) {
                passing = at;
                rows.setAll(at.stream().map(all::get).toList());
            }
        }, error -> { });
    }

    /** The rows whose value in each filtered column holds its text, case aside. */
    private List<Integer> passing(Map<Integer, String> filters) {
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            List<String> row = all.get(i);
            if (filters.entrySet().stream().allMatch(f -> row.get(f.getKey()).toLowerCase(Locale.ROOT)
                    .contains(f.getValue()))) {
                at.add(i);
            }
        }
        return List.copyOf(at);
    }

    /** The rows that pass the filters, in the matrix's order (the table sorts its own view of them). */
    public ObservableList<List<String>> rows() {
        return rowsView;
    }

    public int paperCount() {
        return all.size();
    }

    /** The rows shown, in the columns shown, as a file. */
    public String export(ReviewMatrixExport.Format format) {
        List<Paper> shown = passing.stream().map(i -> matrix.papers().get(i)).toList();
        List<String> keys = matrix.columnKeys().stream().filter(k -> !k.equals("name") && isShown(k)).toList();
        return ReviewMatrixExport.export(ReviewMatrix.of(shown, keys), format);
    }
}
