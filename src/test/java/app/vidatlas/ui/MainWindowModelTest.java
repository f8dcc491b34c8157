package app.vidatlas.ui;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Paper;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowModelTest {
    @Test
    void showsTheCatalogAndCountsProblems() {
        MainWindowModel model = new MainWindowModel();
        Paper p = new Paper("a", "A: Title", "A", List.of(), List.of(), 2023, null, null, List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, false);
        model.show(new Catalog(List.of(p), List.of(), List.of(Diagnostic.error("x.md", 0, "binary"))));
        assertThat(model.papers()).containsExactly(p);
        assertThat(model.statusProperty().get()).isEqualTo("1 papers from 0 notes · 1 problem while loading");
    }

    @Test
    void aFailedLoadIsOneLine() {
        MainWindowModel model = new MainWindowModel();
        model.failed(new IllegalStateException("the bundled notes are missing"));
        assertThat(model.statusProperty().get()).isEqualTo("Could not load the notes: the bundled notes are missing");
    }
}
