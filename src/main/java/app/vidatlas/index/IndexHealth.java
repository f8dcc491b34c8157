package app.vidatlas.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.IOUtils;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Whether the index on disk can be trusted, and what the user is told when it cannot. The notes are the truth and
 * the index only a cache of them, so any doubt about it is settled by rebuilding it, never by failing.
 */
final class IndexHealth {
    private IndexHealth() {
    }

    /** An open index and its result groups. */
    record Opened(DirectoryReader reader, ResultGroups groups) {
    }

    /**
     * What {@link #openExisting} gives for an index a newer VidAtlas made: it is left as it is on disk (that version
     * would otherwise find it of an older format and rebuild it in turn, every run), and a copy is searched in memory.
     */
    static final Opened MADE_BY_NEWER = new Opened(null, null);

    /**
     * The index as it is on disk; null when there is none, or when it cannot be used (with a notice) and is to be
     * rebuilt; {@link #MADE_BY_NEWER} (with a notice) when it is of a format newer than this build's.
     */
    static Opened openExisting(Directory dir, Path where, List<String> notices) {
        try {
            if (!DirectoryReader.indexExists(dir)) {
                return null;
            }
            DirectoryReader reader = DirectoryReader.open(dir);
            String format = reader.getIndexCommit().getUserData().get(IndexSchema.COMMIT_FORMAT);
            if (!Integer.toString(IndexSchema.FORMAT_VERSION).equals(format)) {
                reader.close();
                if (newer(format)) {
                    notices.add("The index at " + where + " was made by a newer VidAtlas; searching a copy in memory.");
                    return MADE_BY_NEWER;
                }
                notices.add("The index at " + where + " is of an older format; rebuilt.");
                return null;
            }
            try {
                VerifiedFiles.verify(reader, where); // each file once, not at every open
            } catch (IOException | RuntimeException e) {
                IOUtils.closeWhileHandlingException(reader);
                throw e;
            }
            // The result groups are what every search reads: read now, damage shows now rather than in a search.
            return searchable(reader);
        } catch (IOException | RuntimeException e) {
            notices.add(unreadable(where, e));
        }
        return null;
    }

    /** Whether a format stamped on an index is one a later build of VidAtlas wrote. */
    static boolean newer(String format) {
        if (format == null) {
            return false;
        }
        try {
            return Integer.parseInt(format.strip()) > IndexSchema.FORMAT_VERSION;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Checks every file of every segment against the checksum Lucene wrote in its footer. Opening an index checks
     * only the small files (the commit, segment infos, field infos, the codecs' metadata); the data files (terms,
     * postings, norms, doc values, stored fields, points) are read as searches need them, so without this a flipped
     * byte failed every search, or silently changed rankings, while the index was reused as sound.
     * Costs a sequential read of the whole index (see docs/benchmarks.md, "Verifying the index on open").
     */
    static void verify(DirectoryReader reader) throws IOException {
        for (LeafReaderContext leaf : reader.leaves()) {
            leaf.reader().checkIntegrity();
        }
    }

    /** A reader with its result groups; the reader is closed if they cannot be read (a damaged index). */
    static Opened searchable(DirectoryReader reader) throws IOException {
        try {
            return new Opened(reader, ResultGroups.read(reader));
        } catch (IOException | RuntimeException e) {
            IOUtils.closeWhileHandlingException(reader);
            throw e;
        }
    }

    /** The one-line notice for an index that could not be read and is rebuilt (at opening or in a search). */
    static String unreadable(Path where, Throwable e) {
        Throwable cause = e instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : e;
        String why = cause instanceof IndexFormatTooOldException || cause instanceof IndexFormatTooNewException
                ? "an unknown or damaged format" : cause.getClass().getSimpleName();
        return "The index at " + where + " could not be read (" + why + "); rebuilt.";
    }

    /** The notice for an index kept in memory because its folder cannot be written (locked, read-only, a file). */
    static String inMemory(Path where, IOException e) {
        if (e instanceof LockObtainFailedException) {
            return "The index at " + where + " is being written by another VidAtlas; searching a copy in memory.";
        }
        return "The index at " + where + " cannot be written (" + e.getClass().getSimpleName()
                + "); searching a copy in memory.";
    }

    /**
     * The notice for an index found damaged by a search that could not be rebuilt in its folder either (a full disk,
     * say): a copy is built in memory instead, and the folder is tried again on the next start.
     */
    static String rebuiltInMemory(Path where, Throwable damage, Throwable failure) {
        Throwable cause = failure instanceof UncheckedIOException u && u.getCause() != null ? u.getCause() : failure;
        String why = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return unreadable(where, damage).replace("; rebuilt.", "") + " nor rebuilt there (" + why
                + "); searching a copy in memory.";
    }

    /**
     * Whether a failed search may be the index's fault (so that rebuilding it may help). An I/O error always is; a
     * runtime exception is when the index no longer passes {@link #verify}: damaged bytes can make Lucene fail in
     * any way, but a mistake of ours must not rebuild the index (at 100k papers a rebuild takes a minute).
     */
    static boolean damaged(DirectoryReader reader, RuntimeException e) {
        if (e instanceof AlreadyClosedException) {
            return false;
        }
        if (e instanceof UncheckedIOException) {
            return true;
        }
        try {
            verify(reader);
            return false;
        } catch (IOException | RuntimeException again) {
            return true;
        }
    }

    /**
     * Removes an unusable index's own files (never anything else a user may keep in a folder given with --index),
     * holding the write lock meanwhile so that an index another VidAtlas is writing is never cleared. A writer
     * cannot be opened first, since even one that creates a new index reads the last commit. Throws when the lock
     * cannot be had (another writer, or a folder that cannot be written): the caller then works in memory.
     */
    static void clearIndexFiles(Directory dir) throws IOException {
        try (Lock lock = dir.obtainLock(IndexWriter.WRITE_LOCK_NAME)) {
            for (String name : dir.listAll()) {
                // The record of checked files goes with them: a rebuilt index names its segments from _0 again.
                if (name.startsWith("segments") || name.startsWith("pending_segments") || name.startsWith("_")
                        || name.equals(VerifiedFiles.NAME)) {
                    lock.ensureValid();
                    dir.deleteFile(name);
                }
            }
        }
    }
}
