package app.vidatlas.ui;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.ui.reader.Place;

import java.lang.management.ManagementFactory;
import java.util.function.ObjLongConsumer;

/**
 * The start-up probe ({@code --startup-probe}): the time a user waits for a readable paper page ({@code ready}),
 * and for the whole catalog ({@code catalog}; the same for a library small enough to load whole), then quit
 * remembering nothing.
 */
final class StartupProbe {
    private boolean probing;

    private StartupProbe() {
    }

    static void attach(MainViewModel model, ObjLongConsumer<String> probe, Runnable quit) {
        StartupProbe p = new StartupProbe();
        model.reader().setOnPageLoaded(place -> {
            if (place instanceof Place.PaperAt && !p.probing) {
                p.probing = true;
                probe.accept("ready", uptime());
                NotesLibrary s = model.loading().library();
                if (s != null && s.complete()) {
                    probe.accept("catalog", uptime());
                    quit.run();
                }
            }
        });
        model.setOnCatalogComplete(() -> {
            if (p.probing) {
                probe.accept("catalog", uptime());
                quit.run();
            }
        });
    }

    private static long uptime() {
        return ManagementFactory.getRuntimeMXBean().getUptime();
    }
}
