package app.vidatlas.ui.reader;

import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.pages.PageAssets;
import app.vidatlas.pages.PageRenderer;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** A hostile note, loaded in the real WebView: nothing of it runs, and its links do not navigate the view. */
@ExtendWith(ApplicationExtension.class)
class HostilePageTest {
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private PageView view;

    @Start
    void start(Stage stage) {
        view = new PageView(messages::add);
        stage.setScene(new Scene(view, 900, 700));
        stage.show();
    }

    private Object js(String script) throws Exception {
        return WebPages.js(view, script);
    }

    @Test
    void rendersHarmlessly(@TempDir Path cache) throws Exception {
        Path dir = Fixtures.resource("/fixtures/hostile");
        Catalog catalog = TestCatalogs.load(List.of(new NoteLocation(dir, "hostile")),
                Fixtures.notesDir().resolve("fixture-papers.json"), "papers.json");
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of("hostile.md", dir.resolve("hostile.md")),
                Map.of("hostile.md", dir), List.of(), null, Map.of(), false),
                new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        PageRenderer pages = new PageRenderer(catalog, CrossReferences.of(catalog), figures, PageAssets.fromClassPath(cache));
        PageRenderer.Page page = pages.paper(catalog.papers().get(0).id(), PageRenderer.Target.NONE, false);
        WebPages.show(view, messages, new Place.PaperAt("evil-net"), page);
        Thread.sleep(300);
        assertThat(messages).as("only the app's own script spoke").containsExactly("vidatlas:loaded");
        assertThat(js("document.querySelector('h1').textContent")).isEqualTo("Evil-Net");
        assertThat(((Number) js("document.querySelectorAll('iframe').length")).intValue()).isZero();
        assertThat(((Number) js("document.querySelectorAll('[onerror],[onclick],[onmouseover]').length")).intValue()).isZero();
        assertThat(((Number) js("Array.prototype.filter.call(document.scripts, function(s){return !s.src;}).length"))
                .intValue()).as("no inline script").isZero();

        // A web link goes to the system browser; the page stays.
        js("document.querySelector('a.external[href=\"https://example.org/page\"]').click()");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> messages.contains("open:https://example.org/page"));
        assertThat(js("document.querySelector('h1').textContent")).isEqualTo("Evil-Net");
        assertThat(view.engine().getLocation()).doesNotStartWith("https://");
    }
}
