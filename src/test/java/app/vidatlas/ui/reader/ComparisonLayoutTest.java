package app.vidatlas.ui.reader;

import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Paper;
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

/**
 * Twelve papers compared in a page 1000×700, in the real WebView: no two cells' text overlaps, the columns keep a
 * readable width and scroll sideways, and the header row and the first column stay in view while they scroll.
 */
@ExtendWith(ApplicationExtension.class)
class ComparisonLayoutTest {
    private final List<String> messages = new CopyOnWriteArrayList<>();
    private PageView view;

    @Start
    void start(Stage stage) {
        view = new PageView(messages::add);
        stage.setScene(new Scene(view, 1000, 700));
        stage.show();
    }

    private Object js(String script) throws Exception {
        return WebPages.js(view, script);
    }

    @Test
    void twelveColumnsAreReadableAndTheHeaderAndFirstColumnStay(@TempDir Path cache) throws Exception {
        Catalog catalog = TestCatalogs.bundled();
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(), null,
                Map.of(), false), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        PageRenderer pages = new PageRenderer(catalog, CrossReferences.of(catalog), figures,
                PageAssets.fromClassPath(cache));
        List<String> ids = catalog.papers().stream().limit(12).map(Paper::id).toList();
        PageRenderer.Page page = pages.comparison(ids, false, false);
        WebPages.show(view, messages, new Place.Compare(), page);
        assertThat(((Number) js("document.querySelectorAll('th.paper-col').length")).intValue()).isEqualTo(12);
        // Every cell's text box, laid out: none overlaps another.
        Object overlaps = js("""
                (function () {
                  var boxes = [];
                  document.querySelectorAll('table.comparison th, table.comparison td').forEach(function (c) {
                    var r = document.createRange(); r.selectNodeContents(c);
                    var b = r.getBoundingClientRect();
                    if (b.width > 0 && b.height > 0) boxes.push(b);
                  });
                  var n = 0;
                  for (var i = 0; i < boxes.length; i++) for (var j = i + 1; j < boxes.length; j++) {
                    var a = boxes[i], b = boxes[j];
                    if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) n++;
                  }
                  return n;
                })()""");
        assertThat(((Number) overlaps).intValue()).as("cells whose text overlaps").isZero();
        double width = ((Number) js("document.querySelector('th.paper-col').getBoundingClientRect().width")).doubleValue();
        assertThat(width).as("a readable column, not squeezed into the page").isGreaterThan(150);
        assertThat(((Number) js("document.querySelector('div.comparison-scroll').scrollWidth")).doubleValue())
                .as("the columns scroll sideways").isGreaterThan(1000);
        // Scrolled right and down, the header row stays at the top of the box and the row labels at its left,
        // while the cells move under them.
        double cellTop = ((Number) js("document.querySelector('tbody td').getBoundingClientRect().top")).doubleValue();
        js("var s = document.querySelector('div.comparison-scroll'); s.scrollLeft = 800; s.scrollTop = 300; 0");
        WaitForAsyncUtils.sleep(200, TimeUnit.MILLISECONDS);
        assertThat(((Number) js("document.querySelector('div.comparison-scroll').scrollLeft")).intValue()).isPositive();
        double boxTop = ((Number) js("document.querySelector('div.comparison-scroll').getBoundingClientRect().top"))
                .doubleValue();
        double boxLeft = ((Number) js("document.querySelector('div.comparison-scroll').getBoundingClientRect().left"))
                .doubleValue();
        double headerTop = ((Number) js("document.querySelector('th.paper-col').getBoundingClientRect().top"))
                .doubleValue();
        double labelLeft = ((Number) js(
                "document.querySelectorAll('tbody th')[6].getBoundingClientRect().left")).doubleValue();
        double cellTopAfter = ((Number) js("document.querySelector('tbody td').getBoundingClientRect().top"))
                .doubleValue();
        assertThat(cellTopAfter).as("the cells scrolled up").isLessThan(cellTop - 100);
        assertThat(headerTop).as("the header row stays at the top of the box")
                .isCloseTo(boxTop, org.assertj.core.data.Offset.offset(2.0));
        assertThat(labelLeft).as("the first column stays at the left of the box")
                .isCloseTo(boxLeft, org.assertj.core.data.Offset.offset(2.0));
    }
}
