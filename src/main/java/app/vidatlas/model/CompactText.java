package app.vidatlas.model;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * A long text kept small in memory: UTF-8, deflated. Slides' markdown and plain text are most of what a catalog
 * holds (a Java string with one Chinese character takes two bytes for every character), and a catalog of 100,000
 * papers must fit in a 1 GB heap; they are read whole only when a page shows a slide or the index takes it in.
 * <p>
 * Immutable; equal when the texts are equal. Short texts are kept as UTF-8 only (deflating them would not pay).
 */
public final class CompactText {
    public static final CompactText EMPTY = new CompactText(new byte[0], false);

    /** Below this many UTF-8 bytes, deflate's header and dictionary warm-up cost more than they save. */
    private static final int DEFLATE_FROM = 128;
    // Deflater and Inflater hold native buffers: one of each per thread, not one per text.
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATER = ThreadLocal.withInitial(() -> new Inflater(true));

    private final byte[] bytes;
    private final boolean deflated;

    private CompactText(byte[] bytes, boolean deflated) {
        this.bytes = bytes;
        this.deflated = deflated;
    }

    public static CompactText of(String text) {
        if (text == null || text.isEmpty()) {
            return EMPTY;
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        if (utf8.length < DEFLATE_FROM) {
            return new CompactText(utf8, false);
        }
        Deflater d = DEFLATER.get();
        d.reset();
        d.setInput(utf8);
        d.finish();
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length / 2 + 16);
        byte[] buf = new byte[Math.min(utf8.length + 64, 8192)];
        while (!d.finished()) {
            int n = d.deflate(buf);
            out.write(buf, 0, n);
        }
        byte[] packed = out.toByteArray();
        // A flag byte in front would cost a copy; the length of the UTF-8 text rides in the first four bytes instead.
        byte[] withLength = new byte[packed.length + 4];
        withLength[0] = (byte) (utf8.length >>> 24);
        withLength[1] = (byte) (utf8.length >>> 16);
        withLength[2] = (byte) (utf8.length >>> 8);
        withLength[3] = (byte) utf8.length;
        System.arraycopy(packed, 0, withLength, 4, packed.length);
        return withLength.length < utf8.length ? new CompactText(withLength, true) : new CompactText(utf8, false);
    }

    /**
     * Rebuilds a text from its {@link #encoded()} form (as a cache stores it).
     *
     * @throws IllegalArgumentException when the bytes are not such a form
     */
    public static CompactText fromEncoded(byte[] encoded) {
        if (encoded.length == 0) {
            return EMPTY;
        }
        boolean deflated = encoded[0] == 1;
        CompactText t = new CompactText(Arrays.copyOfRange(encoded, 1, encoded.length), deflated);
        t.toString(); // fails now, on bad bytes, rather than when a page shows the text
        return t;
    }

    /** This text as bytes for a cache: a flag (deflated or not), then the bytes. */
    public byte[] encoded() {
        if (bytes.length == 0) {
            return new byte[0];
        }
        byte[] out = new byte[bytes.length + 1];
        out[0] = (byte) (deflated ? 1 : 0);
        System.arraycopy(bytes, 0, out, 1, bytes.length);
        return out;
    }

    public boolean isEmpty() {
        return bytes.length == 0;
    }

    /** The text. */
    @Override
    public String toString() {
        if (!deflated) {
            return new String(bytes, StandardCharsets.UTF_8);
        }
        int length = (bytes[0] & 0xff) << 24 | (bytes[1] & 0xff) << 16 | (bytes[2] & 0xff) << 8 | bytes[3] & 0xff;
        // Deflate packs at most about 1032 to 1; a larger claimed length is damage, not a text to make room for.
        if (length < 0 || length / 1032 > bytes.length) {
            throw new IllegalArgumentException("a compact text is damaged");
        }
        byte[] utf8 = new byte[length];
        Inflater inf = INFLATER.get();
        inf.reset();
        inf.setInput(bytes, 4, bytes.length - 4);
        try {
            int n = 0;
            while (n < length) {
                int got = inf.inflate(utf8, n, length - n);
                if (got == 0 && (inf.finished() || inf.needsInput() || inf.needsDictionary())) {
                    throw new IllegalArgumentException("a compact text is cut short");
                }
                n += got;
            }
        } catch (DataFormatException e) {
            throw new IllegalArgumentException("a compact text is damaged", e);
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CompactText c && deflated == c.deflated && Arrays.equals(bytes, c.bytes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(bytes);
    }
}
