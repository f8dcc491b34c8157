package app.vidatlas.index;

import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.apache.lucene.store.IOContext;
import org.apache.lucene.store.IndexInput;
import org.apache.lucene.store.Lock;
import org.apache.lucene.store.LockFactory;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Index folders that fail as real ones do, for {@link NotesIndex.Folders}. Tests run as root here, so a folder
 * made read-only with chmod would still be written: a read-only folder is simulated where it shows, in taking the
 * write lock (creating {@code write.lock} is denied, as {@code NativeFSLockFactory} reports it).
 */
public final class FaultyFolders {
    private FaultyFolders() {
    }

    /** A folder whose {@code write.lock} cannot be created: what a read-only folder or a denied one gives. */
    public static NotesIndex.Folders readOnly() {
        LockFactory denied = new LockFactory() {
            @Override
            public Lock obtainLock(Directory dir, String lockName) throws IOException {
                throw new AccessDeniedException(lockName);
            }
        };
        return dir -> FSDirectory.open(dir, denied);
    }

    /**
     * Folders whose files, once {@link #breakOpenFiles()} is called, fail every read of an input opened before then
     * (as a disk does once the files under an open index are damaged); inputs opened afterwards read normally, as
     * they do after the index is rebuilt.
     */
    public static final class Breakable implements NotesIndex.Folders {
        private final List<Breaking> opened = new ArrayList<>();
        private volatile boolean full;

        @Override
        public synchronized Directory open(Path dir) throws IOException {
            Breaking d = new Breaking(FSDirectory.open(dir), this);
            opened.add(d);
            return d;
        }

        public synchronized void breakOpenFiles() {
            opened.forEach(d -> d.broken = true);
        }

        /** From now on no file can be written in these folders (a full disk). */
        public void fillTheDisk() {
            full = true;
        }
    }

    private static final class Breaking extends FilterDirectory {
        volatile boolean broken;
        private final Breakable folders;

        Breaking(Directory in, Breakable folders) {
            super(in);
            this.folders = folders;
        }

        @Override
        public IndexInput openInput(String name, IOContext context) throws IOException {
            return new Input(in.openInput(name, context), this);
        }

        @Override
        public org.apache.lucene.store.IndexOutput createOutput(String name, IOContext context) throws IOException {
            if (folders.full) {
                throw new IOException("No space left on device");
            }
            return in.createOutput(name, context);
        }

        @Override
        public org.apache.lucene.store.IndexOutput createTempOutput(String prefix, String suffix, IOContext context)
                throws IOException {
            if (folders.full) {
                throw new IOException("No space left on device");
            }
            return in.createTempOutput(prefix, suffix, context);
        }
    }

    /** Reads through to the file until its folder is broken; clones and slices share that fate. */
    private static final class Input extends IndexInput {
        private final IndexInput in;
        private final Breaking folder;

        Input(IndexInput in, Breaking folder) {
            super("breakable(" + in + ")");
            this.in = in;
            this.folder = folder;
        }

        private void check() throws IOException {
            if (folder.broken) {
                throw new java.io.EOFException("read past EOF (simulated damage): " + in);
            }
        }

        @Override
        public byte readByte() throws IOException {
            check();
            return in.readByte();
        }

        @Override
        public void readBytes(byte[] b, int offset, int len) throws IOException {
            check();
            in.readBytes(b, offset, len);
        }

        @Override
        public void seek(long pos) throws IOException {
            check();
            in.seek(pos);
        }

        @Override
        public long getFilePointer() {
            return in.getFilePointer();
        }

        @Override
        public long length() {
            return in.length();
        }

        @Override
        public IndexInput slice(String description, long offset, long length) throws IOException {
            return new Input(in.slice(description, offset, length), folder);
        }

        @Override
        public IndexInput clone() {
            return new Input(in.clone(), folder);
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
