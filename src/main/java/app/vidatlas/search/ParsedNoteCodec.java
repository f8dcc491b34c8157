package app.vidatlas.search;

import app.vidatlas.notes.ParsedNote;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A parsed note as bytes, kept in the index so that an unchanged note is never parsed again. The records are
 * written as they are; {@link IndexSchema#FORMAT_VERSION} changes when they do.
 */
final class ParsedNoteCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ParsedNoteCodec() {
    }

    static byte[] encode(ParsedNote note) {
        try {
            return MAPPER.writeValueAsBytes(note);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a parsed note", e);
        }
    }

    static ParsedNote decode(byte[] bytes) throws IOException {
        return MAPPER.readValue(bytes, ParsedNote.class);
    }
}
