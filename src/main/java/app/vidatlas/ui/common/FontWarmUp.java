package app.vidatlas.ui.common;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * Loads the window's font on another thread while the window is built. The window prefers Noto Sans CJK (the notes
 * are half Chinese), which Debian ships as font collections of ten faces each; JavaFX opens every face of a collection
 * the first time it looks a family up, about 0.1 s that otherwise falls in the window's first pulse on the JavaFX
 * thread (measured with JFR: {@code FT_New_Face} under {@code PrismFontFactory.createFontResources}). Font lookups
 * are allowed on any thread; JavaFX caches what is loaded, so the first pulse finds it ready.
 */
public final class FontWarmUp {
    /** The families app.css asks for, in its order: the first one installed is the one the window uses. */
    static final String[] FAMILIES = {"Noto Sans CJK SC", "Noto Sans", "Droid Sans Fallback"};

    private FontWarmUp() {
    }

    /** Starts loading the regular and bold faces of the window's font; returns at once. */
    public static void start() {
        // The shared workers make a thread when none is idle: this never waits behind other work.
        app.vidatlas.work.Workers.shared().run(() -> {
            load();
            return null;
        }, done -> { }, failed -> { });
    }

    private static void load() {
        double size = Font.getDefault().getSize();
        for (String family : FAMILIES) {
            Font regular = Font.font(family, FontWeight.NORMAL, size);
            Font.font(family, FontWeight.BOLD, size);
            if (family.equals(regular.getFamily())) {
                return; // installed: the CSS stops at this one too
            }
        }
    }
}
