package app.vidatlas.ui.reader;

import app.vidatlas.pages.PageRenderer;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/** A page shown in a real {@link PageView} for a test, and scripts run on it, on the JavaFX thread. */
final class WebPages {
    private WebPages() {
    }

    /** Shows the page and waits until its script says it has loaded. */
    static void show(PageView view, List<String> messages, Place place, PageRenderer.Page page) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.show(new Shown(place, page, false))).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> messages.contains("vidatlas:loaded"));
    }

    static Object js(PageView view, String script) throws Exception {
        AtomicReference<Object> r = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> r.set(view.engine().executeScript(script))).get(10, TimeUnit.SECONDS);
        return r.get();
    }
}
