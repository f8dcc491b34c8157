package app.vidatlas.cli;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.search.SearchIndex;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code --notes DIR} and {@code --index DIR}: which notes, and where their index lives. */
public final class IndexOptions {
    @Mixin
    CatalogOptions catalog;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Keep the index in DIR (default: the user's cache folder, one index per set of notes folders).")
    Path index;

    /** Opens (building or updating as needed) the index; null, with the reason on stderr, when there are no notes. */
    SearchIndex open(PrintWriter err, boolean alwaysShowProgress) throws IOException {
        List<NoteLocation> locations = catalog.notes.isEmpty() ? List.of(BundledNotes.location())
                : catalog.notes.stream().map(NoteLocation::of).toList();
        Path dir = index != null ? index : SearchIndex.defaultLocation(locations);
        SearchIndex opened = SearchIndex.open(dir, locations, BundledNotes.papersJson(), "data/papers.json",
                new StderrProgress(err, alwaysShowProgress));
        for (Diagnostic d : opened.fileDiagnostics()) {
            err.println(d);
        }
        opened.notices().forEach(n -> err.println("vidatlas: " + n));
        err.flush();
        if (opened.noteCount() == 0) {
            err.println("vidatlas: no note could be loaded" + (catalog.notes.isEmpty() ? "" : " from " + catalog.notes));
            err.flush();
            opened.close();
            return null;
        }
        return opened;
    }
}
