package app.vidatlas.userdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The page a window started on, as it was drawn, kept in the cache folder so the next start can show it before the
 * notes have opened (ADR 0013). A snapshot is shown only under the key it was saved with: the app's build, the
 * notes' {@code NotesStamp}, the settings a page depends on and the paper; anything else reads as no snapshot.
 * One file per kind of start ({@code restore}: the paper the reader left; {@code first}: the first paper).
 */
public final class PageSnapshots {
    /** A page saved under a key, for a paper, with where the reader was on it. */
    public record Snapshot(String key, String paperId, double scroll, String html) {
    }

    private static final String MAGIC = "vidatlas-page-snapshot 1";
    private static final Pattern KIND = Pattern.compile("[a-z]{1,20}");
    /** Larger pages are not kept: reading them back would cost what drawing them does. */
    static final int MAX_CHARS = 4 * 1024 * 1024;
    private final Path dir;

    /** @param dir a folder of the app's cache (created when a snapshot is first saved) */
    public PageSnapshots(Path dir) {
        this.dir = dir;
    }

    /** The snapshot of this kind saved under exactly this key; empty when there is none, or it is unreadable. */
    public Optional<Snapshot> read(String kind, String key) {
        Path file = file(kind);
        try {
            if (!Files.isRegularFile(file) || Files.size(file) > MAX_CHARS * 4L) {
                return Optional.empty();
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String[] head = text.split("\n", 5);
            if (head.length < 5 || !head[0].equals(MAGIC) || !head[1].equals(key)) {
                return Optional.empty();
            }
            return Optional.of(new Snapshot(key, head[2], Double.parseDouble(head[3]), head[4]));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // a cache: a damaged file only means the page is drawn the usual way
        }
    }

    /** Keeps the page under its key, replacing the last of this kind; false when it was not kept (and why is moot). */
    public boolean save(String kind, Snapshot snapshot) {
        if (snapshot.html().length() > MAX_CHARS || snapshot.key().contains("\n") || snapshot.paperId().contains("\n")) {
            return false;
        }
        String text = MAGIC + "\n" + snapshot.key() + "\n" + snapshot.paperId() + "\n" + snapshot.scroll() + "\n"
                + snapshot.html();
        try {
            AtomicFiles.write(file(kind), text.getBytes(StandardCharsets.UTF_8));
            return true;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private Path file(String kind) {
        if (!KIND.matcher(kind).matches()) {
            throw new IllegalArgumentException("not a snapshot kind: " + kind);
        }
        return dir.resolve(kind + ".html");
    }
}
