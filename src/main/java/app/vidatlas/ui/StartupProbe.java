package app.vidatlas.ui;

import app.vidatlas.library.NotesLibrary;
import app.vidatlas.ui.reader.Place;

import app.vidatlas.work.Timeline;

import java.util.function.ObjLongConsumer;

/**
 * The start-up probe ({@code --startup-probe}): the time a user waits for the window's first frame ({@code window}),
 * for a readable paper page ({@code ready}),
 * and for the whole catalog ({@code catalog}; the same for a library small enough to load whole), then quit
 * remembering nothing.
 */
final class StartupProbe {
    private boolean probing;
    private boolean catalogTold;

    private StartupProbe() {
    }

    static void attach(MainViewModel model, ObjLongConsumer<String> probe, Runnable quit) {
        StartupProbe p = new StartupProbe();
        boolean verbose = Boolean.getBoolean("vidatlas.probe.verbose");
        Runnable done = () -> {
            if (verbose) {
                phases(probe);
            }
            quit.run();
        };
        model.reader().setOnPageLoaded(place -> {
            if (place instanceof Place.PaperAt && !p.probing) {
                p.probing = true;
                probe.accept("ready", uptime());
            }
            // The first page may be the last start's drawing of it (ADR 0013), shown before the notes have opened:
            // the catalog is in once the notes, loaded whole, have drawn it again.
            NotesLibrary s = model.loading().library();
            if (p.probing && s != null && s.complete()) {
                p.catalog(probe, done);
            }
        });
        model.setOnCatalogComplete(() -> {
            if (p.probing) {
                p.catalog(probe, done);
            }
        });
    }

    private void catalog(ObjLongConsumer<String> probe, Runnable done) {
        if (!catalogTold) {
            catalogTold = true;
            probe.accept("catalog", uptime());
            done.run();
        }
    }

    /** Every phase marked on the {@link Timeline}, as {@code phase:NAME <ms since JVM start>}, in order. */
    private static void phases(ObjLongConsumer<String> probe) {
        long start = Timeline.startMillis();
        for (Timeline.Mark m : Timeline.marks()) {
            probe.accept("phase:" + m.phase().replace(' ', '-'), m.epochMillis() - start);
        }
    }

    /**
     * Milliseconds since the JVM started, counted as the start-up floors count them (wall clock from its start); when
     * the launcher started this JVM (ADR 0011), since the launcher's JVM started.
     */
    static long uptime() {
        return System.currentTimeMillis() - Timeline.startMillis();
    }
}
