package app.vidatlas.cli;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteLocation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * How a command gets its notes opened: in its own JVM, opened for it and closed after ({@link #EACH_COMMAND}); in
 * the command server, possibly kept open from the command before, as long as the notes are unchanged (ADR 0014).
 */
@FunctionalInterface
public interface NotesOpener {
    /** Opens these notes (index in {@code indexDir}) for one command. */
    Lease open(Path indexDir, List<NoteLocation> locations, Progress progress) throws IOException;

    /**
     * The notes, for one command.
     *
     * @param notices what happened to the index as it opened for this command (rebuilt, updated, kept in memory):
     *                none when the notes were kept open from a command before, since nothing happened
     * @param release what ends the command's use of them (closes them, unless they are kept)
     */
    record Lease(IndexedNotes notes, List<String> notices, java.io.Closeable release) implements AutoCloseable {
        @Override
        public void close() throws IOException {
            release.close();
        }
    }

    /** A command in its own JVM: the notes opened for it and closed after. */
    NotesOpener EACH_COMMAND = (indexDir, locations, progress) -> {
        IndexedNotes notes = IndexedNotes.open(indexDir, locations, progress);
        return new Lease(notes, notes.notices(), notes::close);
    };
}
