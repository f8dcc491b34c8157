package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.userdata.CompilerHint;
import app.vidatlas.userdata.UserDirs;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --notes DIR} and {@code --index DIR}, and the one way a command opens the notes: as the window does, through
 * the library ({@link IndexedNotes}: the index brought up to date, the catalog from the library's one pipeline). A
 * command only reads what it prints from it.
 */
public final class LibraryOptions {
    /** What a command does with the open notes; returns its exit code. */
    interface Work {
        int run(IndexedNotes notes, PrintWriter out, PrintWriter err) throws Exception;
    }

    /** What a command does with the whole catalog; returns its exit code. */
    interface CatalogWork {
        int run(Catalog catalog, IndexedNotes notes, PrintWriter out, PrintWriter err) throws Exception;
    }

    @Option(names = "--notes", paramLabel = "DIR",
            description = "Read every .md, .markdown and .txt note under DIR instead of the bundled notes. Repeatable.")
    List<Path> notes = new ArrayList<>();

    @Option(names = "--index", paramLabel = "DIR",
            description = "Keep the index in DIR (default: the user's cache folder, one index per set of notes folders).")
    Path index;

    /**
     * The folders given, or the bundled notes when none was. In the command server a relative folder is read against
     * the command's working folder and still named as given, so that what is printed about it reads as in the
     * command's own JVM (ADR 0014).
     */
    private List<NoteLocation> locations(Path workingDir) {
        if (workingDir == null || notes.isEmpty()) {
            return CatalogPipeline.locations(notes);
        }
        return notes.stream().map(dir -> new NoteLocation(workingDir.resolve(dir), dir.toString())).toList();
    }

    /**
     * Opens the notes, runs the work on them and closes them, with the notes' file problems on stderr first. Exit
     * code 1, with the reason on stderr, when there are no notes.
     */
    int run(CommandSpec spec, boolean alwaysShowProgress, Work work) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (NotesOpener.Lease lease = open(spec, err, alwaysShowProgress)) {
            IndexedNotes opened = lease.notes();
            for (Diagnostic d : opened.fileDiagnostics()) {
                err.println(Terminal.safe(d.toString()));
            }
            tellNotices(lease, err);
            if (opened.noteCount() == 0) {
                reportNothingLoaded(err);
                return 1;
            }
            return finish(work.run(opened, out, err), out, err);
        }
    }

    /**
     * Opens the notes and runs the work on their whole catalog. With {@code problems}, what went wrong in the notes
     * is on stderr first, and a catalog with nothing in it is exit code 1; without, telling is the work's (as a
     * report may).
     */
    int runOnCatalog(CommandSpec spec, boolean problems, CatalogWork work) throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (NotesOpener.Lease lease = open(spec, err, false)) {
            IndexedNotes opened = lease.notes();
            tellNotices(lease, err);
            Catalog catalog = opened.catalog();
            // Whether this library is large chooses how the next command's own JVM compiles (CompilerHint, ADR 0015).
            CompilerHint.remember(UserDirs.cache(), catalog.papers().size());
            if (problems) {
                for (Diagnostic d : catalog.diagnostics()) {
                    if (d.isProblem()) {
                        err.println(Terminal.safe(d.toString()));
                    }
                }
                err.flush();
                if (catalog.isEmpty()) {
                    reportNothingLoaded(err);
                    return 1;
                }
            }
            return finish(work.run(catalog, opened, out, err), out, err);
        }
    }

    void reportNothingLoaded(PrintWriter err) {
        err.println("vidatlas: no note could be loaded" + (notes.isEmpty() ? "" : " from " + notes));
        err.flush();
    }

    private static int finish(int code, PrintWriter out, PrintWriter err) {
        out.flush();
        err.flush();
        return code;
    }

    /** The notes opened (by the command line's opener: ADR 0014), with progress on stderr. */
    private NotesOpener.Lease open(CommandSpec spec, PrintWriter err, boolean alwaysShowProgress) throws IOException {
        VidAtlasCommand top = spec.root().userObject() instanceof VidAtlasCommand c ? c : null;
        Path workingDir = top == null ? null : top.workingDir;
        List<NoteLocation> locations = locations(workingDir);
        Path dir = index == null ? IndexedNotes.defaultLocation(locations)
                : workingDir == null ? index : workingDir.resolve(index);
        NotesOpener opener = top == null ? NotesOpener.EACH_COMMAND : top.opener;
        return opener.open(dir, locations, new StderrProgress(err, alwaysShowProgress));
    }

    /** What happened to the index as it opened (rebuilt, updated, kept in memory). */
    private static void tellNotices(NotesOpener.Lease opened, PrintWriter err) {
        opened.notices().forEach(n -> err.println("vidatlas: " + Terminal.safe(n)));
        err.flush();
    }
}
