package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;

import java.util.List;

/**
 * A note read and parsed.
 *
 * @param note        the note with its slides
 * @param mentions    the papers it brings up, in the order it does
 * @param passages    for plain-text notes, its paragraphs (empty for markdown)
 * @param diagnostics problems found in it that did not stop it from loading
 */
public record ParsedNote(Note note, List<PaperMention> mentions, List<Passage> passages,
                         List<Diagnostic> diagnostics) {
    public ParsedNote {
        mentions = List.copyOf(mentions);
        passages = List.copyOf(passages);
        diagnostics = List.copyOf(diagnostics);
    }
}
