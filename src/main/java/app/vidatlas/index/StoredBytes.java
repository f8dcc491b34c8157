package app.vidatlas.index;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The plain byte form of the small records the index keeps in doc values and stored fields (group summaries, note
 * headings, the catalog's order): strings as an int length (-1 for null) and UTF-8, lists as an int count. Read
 * before JSON is warmed up at start, and without writeUTF's 64 KB limit.
 */
final class StoredBytes {
    @FunctionalInterface
    interface Writer {
        void write(DataOutputStream out) throws IOException;
    }

    @FunctionalInterface
    interface Reader<T> {
        T read(DataInputStream in) throws IOException;
    }

    private StoredBytes() {
    }

    static byte[] write(Writer writer) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writer.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return bytes.toByteArray();
    }

    /** @param what what the bytes hold, for the message when they are damaged ("a group summary") */
    static <T> T read(byte[] bytes, int offset, int length, String what, Reader<T> reader) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, length))) {
            return reader.read(in);
        } catch (EOFException | IllegalArgumentException | NullPointerException e) {
            throw new IOException(what + " is damaged", e);
        } catch (IOException e) {
            throw new IOException(what + " is damaged (" + e.getMessage() + ")", e);
        }
    }

    static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < -1 || n > in.available()) {
            throw new IOException("cut short");
        }
        return n < 0 ? null : new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a count past its end");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }
}
