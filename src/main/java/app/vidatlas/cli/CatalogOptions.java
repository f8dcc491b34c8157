package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.CatalogLoader;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.NoteLocation;
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

    /** The folders given, or the bundled notes when none was. */
    List<NoteLocation> locations() {
        return CatalogLoader.locations(notes);
    }

    /** Loads the catalog, telling stderr what went wrong; null when nothing at all could be loaded. */
    Catalog load(PrintWriter err) {
        Catalog catalog = loadWithProgress(err);
        for (Diagnostic d : catalog.diagnostics()) {
            if (d.isProblem()) {
                err.println(Terminal.safe(d.toString()));
            }
        }
        err.flush();
        if (catalog.isEmpty()) {
            reportNothingLoaded(err);
            return null;
        }
        return catalog;
    }

    /** Loads the catalog with its progress on stderr; what went wrong is the caller's to tell (as a report may). */
    Catalog loadWithProgress(PrintWriter err) {
        StderrProgress progress = new StderrProgress(err, false);
        return new CatalogLoader().load(locations(), (done, total, file) -> progress.update("loading notes", done, total));
    }

    void reportNothingLoaded(PrintWriter err) {
        err.println("vidatlas: no note could be loaded" + (notes.isEmpty() ? "" : " from " + notes));
        err.flush();
    }
}
