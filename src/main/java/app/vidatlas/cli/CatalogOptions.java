package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CatalogLoader;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.NoteLoader;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** {@code --notes DIR}, shared by every command that reads notes. */
public final class CatalogOptions {
    @Option(names = "--notes", paramLabel = "DIR",
            description = "Read every .md, .markdown and .txt note under DIR instead of the bundled notes. Repeatable.")
    List<Path> notes = new ArrayList<>();

    /** Loads the catalog, telling stderr what went wrong; null when nothing at all could be loaded. */
    Catalog load(PrintWriter err) {
        NoteLoader.Progress progress = new StderrProgress(err);
        Catalog catalog = new CatalogLoader().load(CatalogLoader.locations(notes), progress);
        for (Diagnostic d : catalog.diagnostics()) {
            err.println(d);
        }
        err.flush();
        if (!CatalogLoader.loadedAnything(catalog)) {
            err.println("vidatlas: no note could be loaded" + (notes.isEmpty() ? "" : " from " + notes));
            err.flush();
            return null;
        }
        return catalog;
    }

    /** Progress on stderr for loads long enough to wait for; quiet for a handful of notes. */
    private static final class StderrProgress implements NoteLoader.Progress {
        private static final int SHOW_FROM = 50;
        private final PrintWriter err;

        StderrProgress(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void update(int done, int total, String file) {
            if (total < SHOW_FROM) {
                return;
            }
            if (done % 25 == 0 || done == total) {
                err.printf("loading notes: %d/%d%n", done, total);
                err.flush();
            }
        }
    }
}
