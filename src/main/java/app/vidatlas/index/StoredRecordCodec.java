package app.vidatlas.index;

import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;

import java.io.IOException;
import java.util.List;

/**
 * A note's heading (the note without its slides) and the catalog's order of papers, as bytes in the index: with
 * each paper's record ({@link ParsedNoteCodec#encodePaper}), what lets a large library show its list, its notes and
 * a page before its whole catalog is built again. {@link IndexSchema#FORMAT_VERSION} changes when they do.
 */
final class StoredRecordCodec {
    private StoredRecordCodec() {
    }

    /** The note without its slides: its id, title, format and site. */
    static byte[] encodeNoteHeading(Note note) {
        return StoredBytes.write(out -> {
            StoredBytes.string(out, note.id());
            StoredBytes.string(out, note.title());
            StoredBytes.string(out, note.format().name());
            StoredBytes.string(out, note.siteUrl());
        });
    }

    static Note decodeNoteHeading(byte[] bytes, int offset, int length) throws IOException {
        return StoredBytes.read(bytes, offset, length, "a stored note heading", in -> new Note(StoredBytes.string(in),
                StoredBytes.string(in), NoteFormat.valueOf(StoredBytes.string(in)), List.of(), StoredBytes.string(in)));
    }

    /** The catalog's paper ids, in its order. */
    static byte[] encodeOrder(List<String> ids) {
        return StoredBytes.write(out -> StoredBytes.strings(out, ids));
    }

    static List<String> decodeOrder(byte[] bytes, int offset, int length) throws IOException {
        List<String> ids = StoredBytes.read(bytes, offset, length, "the stored order of papers", StoredBytes::strings);
        if (ids.contains(null)) {
            throw new IOException("the stored order of papers is damaged");
        }
        return ids;
    }
}
