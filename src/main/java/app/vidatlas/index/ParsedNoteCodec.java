package app.vidatlas.index;

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
 * A parsed note as bytes, kept in the index so that an unchanged note is never parsed again; and a merged paper, the
 * same way. The records are written as they are; {@link IndexSchema#FORMAT_VERSION} changes when they do.
 */
final class ParsedNoteCodec {
    /** The decoding's map of short strings already read (see {@link #sharedStrings()}). */
    private static final String SHARED = "vidatlas.sharedStrings";
    /** Strings up to this long are shared within a note: ids, names, tags, venues; not sentences. */
    private static final int SHARED_MAX = 64;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .registerModule(compactTexts())
            .registerModule(sharedStrings());

    private ParsedNoteCodec() {
    }

    static byte[] encode(ParsedNote note) {
        return write(note, "a parsed note");
    }

    static ParsedNote decode(byte[] bytes, int offset, int length) throws IOException {
        return read(bytes, offset, length, ParsedNote.class, "a stored note");
    }

    /** A merged paper, as the index keeps it for pages shown before the catalog is built. */
    static byte[] encodePaper(app.vidatlas.model.Paper paper) {
        return write(paper, "a paper");
    }

    static app.vidatlas.model.Paper decodePaper(byte[] bytes, int offset, int length) throws IOException {
        return read(bytes, offset, length, app.vidatlas.model.Paper.class, "a stored paper");
    }

    private static byte[] write(Object value, String what) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode " + what, e);
        }
    }

    private static <T> T read(byte[] bytes, int offset, int length, Class<T> type, String what) throws IOException {
        try {
            return MAPPER.readerFor(type).withAttribute(SHARED, new java.util.HashMap<String, String>())
                    .readValue(bytes, offset, length);
        } catch (IllegalArgumentException e) {
            throw new IOException(what + " is damaged", e);
        }
    }

    /**
     * A note names itself in every annotation, figure, mention and excerpt it has, and its papers' names and tags
     * again and again: read as they are, those are hundreds of thousands of equal strings in a large library's
     * catalog (a tenth of its memory). Short strings are read once per note and shared.
     */
    private static SimpleModule sharedStrings() {
        SimpleModule m = new SimpleModule("shared-strings");
        m.addDeserializer(String.class, new JsonDeserializer<>() {
            @Override
            @SuppressWarnings("unchecked")
            public String deserialize(JsonParser p, DeserializationContext c) throws IOException {
                String s = com.fasterxml.jackson.databind.deser.std.StringDeserializer.instance.deserialize(p, c);
                Object shared = c.getAttribute(SHARED);
                if (s == null || s.length() > SHARED_MAX || !(shared instanceof java.util.Map<?, ?>)) {
                    return s;
                }
                return ((java.util.Map<String, String>) shared).computeIfAbsent(s, k -> k);
            }
        });
        return m;
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
