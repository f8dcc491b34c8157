package app.vidatlas.ui.compare;

import app.vidatlas.export.ReviewMatrixExport;
import app.vidatlas.model.Paper;
import app.vidatlas.ui.FakeLibrary;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The review matrix of a list: a filter per column, columns shown or hidden, and exported as shown. */
class MatrixViewModelTest {
    private final List<Paper> papers = List.of(
            FakeLibrary.paper("svd", "Stable Video Diffusion", 2023, "arXiv", "Video Generation / Base"),
            FakeLibrary.paper("vdm", "Video Diffusion Models", 2022, "NeurIPS", "Video Generation / Base"),
            FakeLibrary.paper("walt", "Photorealistic Video Generation", 2023, "ECCV", "Transformers"));

    private static int column(MatrixViewModel m, String key) {
        return m.columnKeys().indexOf(key);
    }

    @Test
    void everyPaperARowNameFirstAndTheLongColumnsHiddenAtFirst() {
        MatrixViewModel m = new MatrixViewModel(papers);
        assertThat(m.rows()).hasSize(3);
        assertThat(m.header().get(0)).isEqualTo("Name");
        assertThat(m.isShown("year")).isTrue();
        assertThat(m.isShown("title")).isFalse();
        assertThat(m.isShown("keyPoints")).isFalse();
    }

    @Test
    void filtersPerColumnNarrowTheRowsTogether() {
        MatrixViewModel m = new MatrixViewModel(papers);
        m.setFilter(column(m, "year"), "2023");
        assertThat(m.rows()).extracting(r -> r.get(0)).containsExactly("svd", "walt");
        m.setFilter(column(m, "category"), "video gen");
        assertThat(m.rows()).extracting(r -> r.get(0)).containsExactly("svd");
        m.setFilter(column(m, "year"), " ");
        assertThat(m.rows()).extracting(r -> r.get(0)).containsExactly("svd", "vdm");
    }

    @Test
    void aFilterThatArrivesLateIsDroppedForTheNewerOne() {
        List<Runnable> held = new java.util.ArrayList<>();
        app.vidatlas.work.TaskRunner later = new app.vidatlas.work.TaskRunner() {
            @Override
            public <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Consumer<T> onDone,
                                java.util.function.Consumer<Throwable> onFailed) {
                held.add(() -> DIRECT.run(work, onDone, onFailed));
            }

            @Override
            public <T, R> List<R> map(List<T> items, java.util.function.Function<? super T, ? extends R> fn) {
                return DIRECT.map(items, fn);
            }
        };
        MatrixViewModel m = new MatrixViewModel(papers, later);
        held.remove(0).run();
        assertThat(m.rows()).hasSize(3);
        m.setFilter(column(m, "year"), "2022");
        m.setFilter(column(m, "year"), "2023");
        held.remove(1).run(); // 2023 first
        held.remove(0).run(); // then the older 2022: dropped
        assertThat(m.rows()).extracting(r -> r.get(0)).containsExactly("svd", "walt");
    }

    @Test
    void theExportIsWhatIsShown() {
        MatrixViewModel m = new MatrixViewModel(papers);
        m.setFilter(column(m, "venue"), "neur");
        m.setShown("category", false);
        m.setShown("title", true);
        String csv = m.export(ReviewMatrixExport.Format.CSV);
        assertThat(csv.lines().toList()).hasSize(2);
        assertThat(csv.lines().findFirst().orElseThrow()).startsWith("Name,Title,Year,Venue,Backbone")
                .doesNotContain("Category");
        assertThat(csv).contains("vdm,Video Diffusion Models,2022,NeurIPS");
    }

    @Test
    void yearsAndCountsSortAsNumbersAndNotStatedLast() {
        assertThat(List.of("10 / 2", "9 / 0", "not stated", "2022").stream().sorted(MatrixView.VALUES).toList())
                .containsExactly("9 / 0", "10 / 2", "2022", "not stated");
        // One order whatever the mix: numbers, then text ("3D U-Net" is text), then not stated.
        List<String> mixed = new java.util.ArrayList<>(List.of("1a", "9", "not stated", "10", "3D U-Net", "b", "NaN"));
        for (int i = 0; i < 200; i++) {
            java.util.Collections.shuffle(mixed, new java.util.Random(i));
            assertThat(mixed.stream().sorted(MatrixView.VALUES).toList())
                    .containsExactly("9", "10", "1a", "3D U-Net", "b", "NaN", "not stated");
        }
    }
}
