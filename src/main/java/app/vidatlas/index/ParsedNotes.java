package app.vidatlas.index;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.ParsedNote;

import java.util.List;

/**
 * The notes as the index hands them to the library's catalog pipeline: each parsed (from the index's cache when it
 * is unchanged), in the books' order and under the books' titles, and every problem found on the way.
 *
 * @param notes       the notes that loaded
 * @param diagnostics problems with folders and files, and inside the notes (named by where each note is now)
 */
public record ParsedNotes(List<ParsedNote> notes, List<Diagnostic> diagnostics) {
    public ParsedNotes {
        notes = List.copyOf(notes);
        diagnostics = List.copyOf(diagnostics);
    }
}
