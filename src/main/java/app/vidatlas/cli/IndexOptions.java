package app.vidatlas.cli;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.search.SearchIndex;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;

/** {@code --notes DIR} and {@code --index DIR}: which notes, and where their index lives. */
public final class IndexOptions {
    /** What a command does with the open index; returns its exit code. */
    interface Work {
        int run(SearchIndex index, PrintWriter out, PrintWriter err) throws Exception;
    }

    @Mixin
    CatalogOptions catalog;

    @Option(names = "--index", paramLabel = "DIR",
            description = "Keep the index in DIR (default: the user's cache folder, one index per set of notes folders).")
    Path index;

    /**
     * Opens (building or updating as needed) the index, runs the work on it and closes it. Exit code 1, with the
     * reason on stderr, when there are no notes.
     */
    int run(CommandSpec spec, boolean alwaysShowProgress, Work work) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SearchIndex opened = open(err, alwaysShowProgress)) {
            if (opened.noteCount() == 0) {
                catalog.reportNothingLoaded(err);
                return 1;
            }
            int code = work.run(opened, out, err);
            out.flush();
            err.flush();
            return code;
        }
    }

    private SearchIndex open(PrintWriter err, boolean alwaysShowProgress) throws IOException {
        List<NoteLocation> locations = catalog.locations();
        Path dir = index != null ? index : SearchIndex.defaultLocation(locations);
        SearchIndex opened = SearchIndex.open(dir, locations, BundledNotes.papersJson(), "data/papers.json",
                new StderrProgress(err, alwaysShowProgress));
        for (Diagnostic d : opened.fileDiagnostics()) {
            err.println(Terminal.safe(d.toString()));
        }
        opened.notices().forEach(n -> err.println("vidatlas: " + Terminal.safe(n)));
        err.flush();
        return opened;
    }
}
