package app.vidatlas.ui.reader;

import app.vidatlas.model.Link;
import app.vidatlas.pages.PageAction;
import javafx.concurrent.Worker;
import javafx.scene.layout.StackPane;
import javafx.scene.web.WebEngine;
import javafx.scene.web.WebView;

import java.util.function.Consumer;

/**
 * The one place WebView lives. Pages are HTML the app renders; the page's own script talks back only through
 * alert messages (no Java object is exposed to page scripts), pop-ups are refused, and the view never navigates
 * away from the content it was given: a web address is handed to the system browser instead.
 */
public final class PageView extends StackPane {
    private final Consumer<String> messages;
    private final Runnable drawn;
    // Made by createWebView(): a WebView takes about a second to make, so the window shows its frame first.
    private WebView web;
    private WebEngine engine;
    private String html;
    private Double restoreScroll;
    private boolean loading;
    private Runnable onceDrawn;

    public PageView(Consumer<String> messages) {
        this(messages, () -> { });
    }

    /** @param drawn told each time a page has finished loading (or failed to), whatever the page's own scripts do */
    public PageView(Consumer<String> messages, Runnable drawn) {
        this.messages = messages;
        this.drawn = drawn;
        getStyleClass().add("page-view");
    }

    /**
     * Makes the web view, once (the first page shown makes it otherwise). The window calls this right after its first
     * frame, while the notes are still opening in the background, so that neither waits for the other.
     */
    public void createWebView() {
        if (web != null) {
            return;
        }
        app.vidatlas.ui.common.WebKitLibrary.awaitReady(); // where its native library is, when the app's jar has it
        web = new WebView();
        engine = web.getEngine();
        engine.setJavaScriptEnabled(true);
        engine.setOnAlert(e -> messages.accept(e.getData()));
        engine.setCreatePopupHandler(features -> null);
        engine.setConfirmHandler(text -> false);
        engine.setPromptHandler(prompt -> null);
        engine.locationProperty().addListener((obs, old, location) -> {
            if (!loading && location != null && !location.isEmpty() && !location.equals("about:blank")) {
                // Something tried to navigate the page itself: show the web page outside, keep ours.
                if (Link.isWeb(location)) {
                    messages.accept("open:" + location);
                }
                reload();
            }
        });
        engine.getLoadWorker().stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                loading = false;
                if (state == Worker.State.SUCCEEDED && restoreScroll != null) {
                    engine.executeScript("window.scrollTo(0, " + restoreScroll + ")");
                    restoreScroll = null;
                }
                drawn.run();
                Runnable once = onceDrawn;
                onceDrawn = null;
                if (once != null) {
                    once.run();
                }
            }
        });
        getChildren().setAll(web);
        reload();
    }

    /** Shows a page; the same page again (more figures arrived) keeps the reader where they were. */
    public void show(Shown shown) {
        if (shown.keepScroll() && !loading && engine != null && shown.page().html().equals(html)) {
            // The page on screen drawn again, unchanged (a theme or reading list that does not touch it, a catalog
            // completed, the notes redrawing the page the last start drew): no reload, no flash, the reader stays
            // where they are. It is told as loaded again, as a reload would have told.
            messages.accept(new PageAction.Loaded().href());
            drawn.run();
            return;
        }
        restoreScroll = shown.scrollTo() != null ? shown.scrollTo() : shown.keepScroll() ? scrollY() : null;
        html = shown.page().html();
        if (web == null) {
            createWebView(); // loads it
        } else {
            reload();
        }
    }

    private void reload() {
        if (html != null && engine != null) {
            loading = true;
            engine.loadContent(html, "text/html");
        }
    }

    /** Runs once the page being loaded now has been drawn (or has failed to be); at once when none is loading. */
    public void whenDrawn(Runnable once) {
        if (!loading) {
            once.run();
        } else {
            onceDrawn = once;
        }
    }

    /** How far down the page the reader is (remembered when the app closes). */
    public double scrollY() {
        if (engine == null) {
            return 0;
        }
        try {
            return engine.executeScript("window.scrollY") instanceof Number n ? n.doubleValue() : 0;
        } catch (RuntimeException e) {
            return 0;
        }
    }

    /** For tests: the page's engine, to read what the page shows. */
    public WebEngine engine() {
        createWebView();
        return engine;
    }
}
