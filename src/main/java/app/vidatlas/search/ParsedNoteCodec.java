package app.vidatlas.search;

import app.vidatlas.model.CompactText;
import app.vidatlas.notes.ParsedNote;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A parsed note as bytes, kept in the index so that an unchanged note is never parsed again. The records are
 * written as they are; {@link IndexSchema#FORMAT_VERSION} changes when they do.
 */
final class ParsedNoteCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(compactTexts());

    private ParsedNoteCodec() {
    }

    static byte[] encode(ParsedNote note) {
        try {
            return MAPPER.writeValueAsBytes(note);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a parsed note", e);
        }
    }

    static ParsedNote decode(byte[] bytes, int offset, int length) throws IOException {
        try {
            return MAPPER.readValue(bytes, offset, length, ParsedNote.class);
        } catch (IllegalArgumentException e) {
            throw new IOException("a stored note is damaged", e);
        }
    }

    /**
     * Slides' texts are stored as they are held, compacted: decoding an unchanged note then costs a copy, not a
     * second compression.
     */
    private static SimpleModule compactTexts() {
        SimpleModule m = new SimpleModule("compact-text");
        m.addSerializer(CompactText.class, new JsonSerializer<>() {
            @Override
            public void serialize(CompactText t, JsonGenerator g, SerializerProvider p) throws IOException {
                g.writeBinary(t.encoded());
            }
        });
        m.addDeserializer(CompactText.class, new JsonDeserializer<>() {
            @Override
            public CompactText deserialize(JsonParser p, DeserializationContext c) throws IOException {
                return CompactText.fromEncoded(p.getBinaryValue());
            }
        });
        return m;
    }
}
