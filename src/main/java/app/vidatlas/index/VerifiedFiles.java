package app.vidatlas.index;

import app.vidatlas.userdata.AtomicFiles;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SegmentReader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index files whose checksums have been checked, each with its size and modification time, kept beside the
 * index: Lucene writes a file once and never changes it, so a file with the same name, size and time is the file
 * that was checked, and reopening an unchanged index need not read all of it again (at 100k papers, 650 MB).
 * A segment with any file new or changed is checked whole. What this cannot see is a file damaged in place with
 * its size and time kept: a search then fails on it and the index is rebuilt once (RecoveringSearcher).
 */
final class VerifiedFiles {
    static final String NAME = "vidatlas-verified.txt";

    private VerifiedFiles() {
    }

    /** Checks every segment of the reader not checked before as it is now, and records what was checked. */
    static void verify(DirectoryReader reader, Path dir) throws IOException {
        if (dir == null) {
            IndexHealth.verify(reader);
            return;
        }
        Map<String, String> known = read(dir);
        Map<String, String> now = new TreeMap<>();
        for (LeafReaderContext leaf : reader.leaves()) {
            Collection<String> files = files(leaf.reader());
            Map<String, String> stamps = files == null ? null : stamps(dir, files);
            if (stamps == null || !stamps.entrySet().stream().allMatch(e -> e.getValue().equals(known.get(e.getKey())))) {
                leaf.reader().checkIntegrity();
            }
            if (stamps != null) {
                now.putAll(stamps);
            }
        }
        if (!now.equals(known)) {
            write(dir, now);
        }
    }

    /** The files of a segment, or null when the reader is not a plain segment (then it is always checked). */
    private static Collection<String> files(LeafReader reader) throws IOException {
        LeafReader unwrapped = FilterLeafReader.unwrap(reader);
        return unwrapped instanceof SegmentReader s ? s.getSegmentInfo().files() : null;
    }

    private static Map<String, String> stamps(Path dir, Collection<String> files) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String f : files) {
                Path p = dir.resolve(f);
                out.put(f, Files.size(p) + " " + Files.getLastModifiedTime(p).toInstant());
            }
        } catch (IOException | RuntimeException e) {
            return null; // a file that cannot be looked at: the segment is checked
        }
        return out;
    }

    private static Map<String, String> read(Path dir) {
        Map<String, String> out = new HashMap<>();
        try {
            for (String line : Files.readAllLines(dir.resolve(NAME), StandardCharsets.UTF_8)) {
                int tab = line.indexOf('\t');
                if (tab > 0) {
                    out.put(line.substring(0, tab), line.substring(tab + 1));
                }
            }
        } catch (IOException | RuntimeException e) {
            // None recorded (or unreadable): everything is checked.
        }
        return out;
    }

    /** Best effort: an index folder that cannot be written is checked whole at each open, as before. */
    private static void write(Path dir, Map<String, String> stamps) {
        StringBuilder b = new StringBuilder();
        stamps.forEach((f, s) -> b.append(f).append('\t').append(s).append('\n'));
        try {
            AtomicFiles.write(dir.resolve(NAME), b.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            // Checked again next time.
        }
    }
}
