package app.vidatlas.ui.compare;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.library.NotesLibrary;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.export.Comparison;
import app.vidatlas.export.ComparisonExport;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.work.TaskRunner;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * The comparison: which papers, in which order, whether rows that agree are hidden, and its exports. The page itself
 * is drawn by the reader ({@code Place.Compare}); this model says when it must be opened or drawn again.
 */
public final class CompareViewModel {
    private final TaskRunner runner;
    private final StatusLine status;
    private final ObservableList<String> comparison = FXCollections.observableArrayList();
    private final ObservableList<String> comparisonView = FXCollections.unmodifiableObservableList(comparison);
    private boolean hideSame;
    private NotesLibrary library;
    private Runnable open = () -> { };
    private Runnable changed = () -> { };
    private Runnable added = () -> { };

    public CompareViewModel(TaskRunner runner, StatusLine status) {
        this.runner = runner;
        this.status = status;
    }

    /**
     * @param open    opens the comparison page
     * @param changed draws the comparison again if it is shown (papers moved, removed, rows hidden)
     * @param added   a paper was added without opening the comparison: the page shown redraws its button
     */
    public void setPage(Runnable open, Runnable changed, Runnable added) {
        this.open = open;
        this.changed = changed;
        this.added = added;
    }

    public void setLibrary(NotesLibrary library) {
        this.library = library;
    }

    /** Adds papers to the comparison (up to {@value Comparison#MAX}); opens it once it holds two. */
    public void addToComparison(List<String> ids) {
        for (String id : ids) {
            if (!comparison.contains(id) && comparison.size() < Comparison.MAX) {
                comparison.add(id);
            }
        }
        if (comparison.size() >= Comparison.MIN) {
            open.run();
        } else {
            status.show("Added to the comparison; add at least one more paper.");
            added.run();
        }
    }

    /** Compares the papers of a category (the first ones when it has more than fit). */
    public void compareCategory(CategoryPath path) {
        NotesLibrary s = library;
        if (s == null) {
            return;
        }
        CategoryTree.Node node = path == null ? s.categories().root() : s.categories().find(path);
        if (node == null) {
            return;
        }
        List<String> ids = List.copyOf(node.paperIds());
        comparison.setAll(ids.subList(0, Math.min(Comparison.MAX, ids.size())));
        if (ids.size() > Comparison.MAX) {
            status.show("The category has " + ids.size() + " papers; the first " + Comparison.MAX
                    + " are compared.");
        }
        open.run();
    }

    public void setComparison(List<String> ids) {
        comparison.setAll(ids.stream().distinct().limit(Comparison.MAX).toList());
    }

    public void removeFromComparison(String id) {
        comparison.remove(id);
        changed.run();
    }

    public void moveInComparison(String id, int delta) {
        int i = comparison.indexOf(id);
        int j = i + delta;
        if (i >= 0 && j >= 0 && j < comparison.size()) {
            comparison.remove(i);
            comparison.add(j, id);
            changed.run();
        }
    }

    /** Moves the paper's column to place {@code to} (a header dragged onto another column's). */
    public void moveInComparisonTo(String id, int to) {
        int i = comparison.indexOf(id);
        if (i >= 0 && to >= 0 && to < comparison.size() && to != i) {
            comparison.remove(i);
            comparison.add(to, id);
            changed.run();
        }
    }

    /** Whether the comparison shows only the rows where the papers differ. */
    public void setHideSame(boolean hide) {
        hideSame = hide;
        changed.run();
    }

    /** What the comparison page draws. */
    public ReaderViewModel.ComparisonState state() {
        return new ReaderViewModel.ComparisonState(List.copyOf(comparison), hideSame);
    }

    /**
     * The comparison as Markdown, CSV, JSON or HTML, read in the background (while the catalog loads, its papers
     * come from the index); {@code then} gets null when it holds fewer than two papers or they could not be read.
     */
    public void exportComparison(ComparisonExport.Format format, Consumer<String> then) {
        NotesLibrary s = library;
        List<String> ids = List.copyOf(comparison);
        boolean hide = hideSame;
        if (s == null || ids.size() < Comparison.MIN) {
            then.accept(null);
            return;
        }
        runner.run(() -> {
            List<Paper> papers = s.papers(ids);
            // What the page shows is what is exported: with rows that agree hidden there, hidden here too.
            return papers.size() < Comparison.MIN ? null : ComparisonExport.export(Comparison.of(papers), format, hide);
        }, then, error -> {
            status.show("Could not read the papers from the index: " + StatusLine.oneLine(error));
            then.accept(null);
        });
    }

    public ObservableList<String> comparison() {
        return comparisonView;
    }
}
