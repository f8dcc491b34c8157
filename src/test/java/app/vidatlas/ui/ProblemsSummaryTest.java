package app.vidatlas.ui;

import app.vidatlas.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The status bar's link to the problems list says what is wrong first and counts findings apart. */
class ProblemsSummaryTest {
    private static final Diagnostic FAILED = Diagnostic.error("a.md", 0, "binary data, not a text note; skipped");
    private static final Diagnostic WARNING = Diagnostic.warning("b.md", 3, "table row has 3 cells");
    private static final Diagnostic FINDING = Diagnostic.notice("c.md", 9,
            "looks like a citation, but no paper was read from it: «Song and Ermon, NeurIPS, 2019»");

    @Test
    void failuresComeFirstAndFindingsAreCountedApart() {
        assertThat(app.vidatlas.ui.loading.StatusBar.problemsSummary(List.of(FAILED, WARNING, FINDING, FINDING)))
                .isEqualTo("1 note failed to load · 2 findings");
        assertThat(app.vidatlas.ui.loading.StatusBar.problemsSummary(List.of(WARNING, WARNING))).isEqualTo("2 warnings");
        assertThat(app.vidatlas.ui.loading.StatusBar.problemsSummary(List.of(FINDING))).isEqualTo("1 finding");
    }
}
