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

    /**
     * The note without its slides: its id, title, format and site. Plain bytes, not JSON: every note's is read as a
     * large library opens, before JSON has been warmed up.
     */
    static byte[] encodeNoteHeading(Note note) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(128);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            // Lengths as ints: writeUTF stops at 64 KB, and a note's first heading can be longer.
            string(out, note.id());
            string(out, note.title());
            string(out, note.format().name());
            string(out, note.siteUrl());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    static Note decodeNoteHeading(byte[] bytes, int offset, int length) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes, offset, length))) {
            String id = string(in);
            String title = string(in);
            app.vidatlas.model.NoteFormat format = app.vidatlas.model.NoteFormat.valueOf(string(in));
            String site = string(in);
            return new Note(id, title, format, List.of(), site);
        } catch (IllegalArgumentException | NullPointerException | java.io.EOFException e) {
            throw new IOException("a stored note heading is damaged", e);
        }
    }

    private static void string(java.io.DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static String string(java.io.DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > in.available()) {
            throw new IOException("a stored note heading is damaged");
        }
        return n < 0 ? null : new String(in.readNBytes(n), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The catalog's paper ids, in its order. */
    static byte[] encodeOrder(List<String> ids) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream(ids.size() * 24);
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(bytes)) {
            out.writeInt(ids.size());
            for (String id : ids) {
                string(out, id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    static List<String> decodeOrder(byte[] bytes, int offset, int length) throws IOException {
        try (java.io.DataInputStream in = new java.io.DataInputStream(
                new java.io.ByteArrayInputStream(bytes, offset, length))) {
            int n = in.readInt();
            if (n < 0 || n > in.available()) {
                throw new IOException("the stored order of papers is damaged");
            }
            List<String> ids = new java.util.ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                String id = string(in);
                if (id == null) {
                    throw new IOException("the stored order of papers is damaged");
                }
                ids.add(id);
            }
            return ids;
        } catch (java.io.EOFException e) {
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
