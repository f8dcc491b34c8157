package app.vidatlas.search;

import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A merged paper, and a note's heading (a note without its slides), as bytes in the index: what lets a large
 * library show a paper's page and the list of notes before its whole catalog is built again. The records are written
 * as they are; {@link IndexSchema#FORMAT_VERSION} changes when they do.
 */
final class StoredRecordCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private StoredRecordCodec() {
    }

    static byte[] encodePaper(Paper paper) {
        return write(paper);
    }

    static Paper decodePaper(byte[] bytes, int offset, int length) throws IOException {
        return read(bytes, offset, length, Paper.class);
    }

    /** The note without its slides: its id, title, format and site. */
    static byte[] encodeNoteHeading(Note note) {
        return write(new Note(note.id(), note.title(), note.format(), List.of(), note.siteUrl()));
    }

    static Note decodeNoteHeading(byte[] bytes, int offset, int length) throws IOException {
        return read(bytes, offset, length, Note.class);
    }

    /** The catalog's paper ids, in its order. */
    static byte[] encodeOrder(List<String> ids) {
        return write(ids);
    }

    static List<String> decodeOrder(byte[] bytes, int offset, int length) throws IOException {
        try {
            return List.of(MAPPER.readValue(bytes, offset, length, String[].class));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException("the stored order of papers is damaged", e);
        }
    }

    private static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + value.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(byte[] bytes, int offset, int length, Class<T> type) throws IOException {
        try {
            return MAPPER.readValue(bytes, offset, length, type);
        } catch (IllegalArgumentException e) {
            throw new IOException("a stored " + type.getSimpleName().toLowerCase(java.util.Locale.ROOT) + " is damaged", e);
        }
    }
}
