package app.vidatlas.ui.reader;

import app.vidatlas.pages.PageRenderer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The page the last start drew, on screen while the notes open (ADR 0013): when the notes draw the same page, it
 * stays as it is (no reload, no flash, the reader where they were) and is told as loaded again; when they draw it
 * otherwise, it is replaced.
 */
@ExtendWith(ApplicationExtension.class)
class SnapshotPageTest {
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private final AtomicInteger drawn = new AtomicInteger();
    private PageView view;

    @Start
    void start(Stage stage) {
        view = new PageView(messages::add, drawn::incrementAndGet);
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    private static PageRenderer.Page page(String text) {
        return new PageRenderer.Page("<!DOCTYPE html><html><body><h1>" + text + "</h1></body></html>", List.of());
    }

    private void show(Shown shown) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.show(shown)).get(10, TimeUnit.SECONDS);
    }

    /** Show-1's page as the last start drew it, drawn, with a mark a reload would wipe. */
    private Place snapshotShownAndMarked(String heading) throws Exception {
        Place show1 = new Place.PaperAt("show-1");
        show(new Shown(show1, page(heading), false, 0.0, true));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> drawn.get() == 1);
        WebPages.js(view, "window.stillTheSamePage = true");
        return show1;
    }

    @Test
    void theSamePageDrawnFromTheNotesIsNotLoadedAgain() throws Exception {
        Place show1 = snapshotShownAndMarked("Show-1");

        show(new Shown(show1, page("Show-1"), true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn.get() == 2);
        assertThat(WebPages.js(view, "window.stillTheSamePage === true")).as("not reloaded").isEqualTo(true);
        assertThat(messages).as("told as loaded, as a reload would tell").contains("vidatlas:loaded");

        show(new Shown(new Place.PaperAt("animatediff"), page("AnimateDiff"), false));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn.get() == 3);
        assertThat(WebPages.js(view, "document.querySelector('h1').textContent")).isEqualTo("AnimateDiff");
    }

    @Test
    void aPageDrawnOtherwiseReplacesTheSnapshot() throws Exception {
        Place show1 = snapshotShownAndMarked("Show-1 as the last start drew it");

        show(new Shown(show1, page("Show-1 with a star"), true));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> drawn.get() == 2);
        assertThat(WebPages.js(view, "document.querySelector('h1').textContent")).isEqualTo("Show-1 with a star");
        assertThat(WebPages.js(view, "window.stillTheSamePage === true")).isEqualTo(false);
    }
}
