package app.vidatlas.library;

import java.io.Closeable;
import java.io.IOException;

/**
 * Closes an index only once nothing reads it any more. The window lets go of notes while work on them may still run
 * in the background (a catalog being built, a search, a page, an export); closing the index under them would read
 * unmapped files, which can bring the whole process down. So a close waits for the reads under way, and a read that
 * starts after the close was asked for fails at once (its result is not wanted: other notes are shown).
 */
final class ReadGuard {
    /** A read of the index. */
    interface Read<T> {
        T call() throws IOException;
    }

    private final Closeable target;
    private int reading;
    private boolean closeAsked;
    private boolean closed;

    ReadGuard(Closeable target) {
        this.target = target;
    }

    <T> T read(Read<T> read) throws IOException {
        synchronized (this) {
            if (closeAsked) {
                throw new IOException("these notes were closed");
            }
            reading++;
        }
        try {
            return read.call();
        } finally {
            boolean closeNow;
            synchronized (this) {
                reading--;
                closeNow = closeAsked && reading == 0 && !closed;
                closed |= closeNow;
            }
            if (closeNow) {
                target.close();
            }
        }
    }

    /** Closes now when nothing reads, else when the last read ends. */
    void close() throws IOException {
        boolean closeNow;
        synchronized (this) {
            closeAsked = true;
            closeNow = reading == 0 && !closed;
            closed |= closeNow;
        }
        if (closeNow) {
            target.close();
        }
    }
}
