package app.vidatlas.launch;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a command and the command server say to each other over their socket (ADR 0014). The command sends one
 * {@link Request}; the server answers with frames, each a kind byte, a length and the bytes: {@link #OUT} and
 * {@link #ERR} carry what the command printed, in the order it printed it, {@link #EXIT} its exit code, last. A
 * request the server runs is answered {@link #STARTED} first.
 */
final class CommandFrames {
    /** "VATC": a connection that does not start with it is not one of ours, and is closed unanswered. */
    static final int MAGIC = 0x56415443;
    /** Raised when anything below changes: a server never answers a request it might misread. */
    static final int VERSION = 2;

    static final byte OUT = 1;
    static final byte ERR = 2;
    static final byte EXIT = 3;
    /** The server's answer to a request for another key (another jar, JVM or environment): run the command yourself. */
    static final byte REFUSED = 4;
    /** The server's first answer to a request it runs: until it comes (within a second) the command may run elsewhere. */
    static final byte STARTED = 5;

    static final byte RUN = 'R';
    static final byte STOP = 'S';

    /** Arguments, or a query, longer than this are not sent: such a command runs in its own JVM. */
    static final int MAX_STRING = 1 << 20;

    private CommandFrames() {
    }

    /**
     * A command to run as if started by {@code java -jar} in {@code workingDir}, its standard output and error
     * encoded in the charsets the command's own JVM would print them in.
     */
    record Request(byte kind, String key, String workingDir, String outCharset, String errCharset,
                   List<String> args) {
        void writeTo(DataOutputStream out) throws IOException {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeByte(kind);
            writeString(out, key);
            writeString(out, workingDir);
            writeString(out, outCharset);
            writeString(out, errCharset);
            out.writeInt(args.size());
            for (String arg : args) {
                writeString(out, arg);
            }
            out.flush();
        }

        /** The same command's request with other arguments (the server's warm-up). */
        Request withArgs(List<String> other) {
            return new Request(kind, key, workingDir, outCharset, errCharset, List.copyOf(other));
        }

        static Request readFrom(DataInputStream in) throws IOException {
            if (in.readInt() != MAGIC || in.readInt() != VERSION) {
                throw new IOException("not a VidAtlas command, or one of another version");
            }
            byte kind = in.readByte();
            String key = readString(in);
            String workingDir = readString(in);
            String outCharset = readString(in);
            String errCharset = readString(in);
            int count = in.readInt();
            if (count < 0 || count > 10_000) {
                throw new IOException("too many arguments: " + count);
            }
            List<String> args = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                args.add(readString(in));
            }
            return new Request(kind, key, workingDir, outCharset, errCharset, List.copyOf(args));
        }
    }

    static void writeFrame(DataOutputStream out, byte kind, byte[] bytes, int off, int len) throws IOException {
        out.writeByte(kind);
        out.writeInt(len);
        out.write(bytes, off, len);
        out.flush();
    }

    /** A frame that says only its kind. */
    static void writeFrame(DataOutputStream out, byte kind) throws IOException {
        writeFrame(out, kind, new byte[0], 0, 0);
    }

    static void writeExit(DataOutputStream out, int code) throws IOException {
        out.writeByte(EXIT);
        out.writeInt(4);
        out.writeInt(code);
        out.flush();
    }

    /** A stream whose bytes go out as frames of one kind: the command's stdout, or its stderr. */
    static OutputStream frames(DataOutputStream out, byte kind) {
        return new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                if (len > 0) {
                    synchronized (out) {
                        writeFrame(out, kind, b, off, len);
                    }
                }
            }
        };
    }

    static void writeString(DataOutputStream out, String s) throws IOException {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0 || length > MAX_STRING) {
            throw new IOException("a string of " + length + " bytes");
        }
        return new String(in.readNBytes(length), StandardCharsets.UTF_8);
    }
}
