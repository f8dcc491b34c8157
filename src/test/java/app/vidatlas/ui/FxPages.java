package app.vidatlas.ui;

import org.testfx.util.WaitForAsyncUtils;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/** Waiting for the window and reading its page, for the UI tests. */
final class FxPages {
    private FxPages() {
    }

    static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, condition);
        } catch (TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    /** Runs a script in the app's page, on the JavaFX thread. */
    static Object js(VidAtlasApp app, String script) throws Exception {
        AtomicReference<Object> result = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> result.set(app.window().pageView().engine().executeScript(script)))
                .get(10, TimeUnit.SECONDS);
        return result.get();
    }
}
