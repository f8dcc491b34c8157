package app.vidatlas.notes;

import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

import java.util.List;

/**
 * Parses slide notes written in markdown. The CommonMark parser is built once and shared: it is immutable and
 * safe to use from several threads.
 */
public final class MarkdownNoteParser {
    /**
     * Built when the first note is parsed, not when a loader is made: a command on an unchanged index makes a loader
     * to look at the notes' sizes and times and parses none (CommonMark's classes and set-up, 20 ms of a cold start).
     */
    private static final class Shared {
        static final Parser PARSER = Parser.builder()
                .extensions(List.of(TablesExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                .build();
    }

    /**
     * @param noteId   the note's id (its path relative to the notes folder)
     * @param markdown the note's text
     */
    public ParsedNote parse(String noteId, String markdown) {
        try {
            NoteBounds.Bounded bounded = NoteBounds.bound(noteId, markdown);
            ParsedNote note = new MarkdownWalk(noteId, bounded.text(), Shared.PARSER::parse).run();
            if (bounded.diagnostics().isEmpty()) {
                return note;
            }
            List<app.vidatlas.model.Diagnostic> all = new java.util.ArrayList<>(bounded.diagnostics());
            all.addAll(note.diagnostics());
            return new ParsedNote(note.note(), note.mentions(), note.passages(), all);
        } catch (StackOverflowError e) {
            // CommonMark's inline parser recurses on some pathological nesting; report it instead of dying.
            throw new NoteFormatException("the note is nested too deeply to read (lists or quotes inside each other)");
        }
    }

    /** A note that cannot be read as a whole, with the reason in user terms. */
    public static final class NoteFormatException extends RuntimeException {
        NoteFormatException(String message) {
            super(message);
        }
    }
}
