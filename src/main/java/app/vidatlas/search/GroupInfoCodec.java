package app.vidatlas.search;

import app.vidatlas.model.CategoryPath;
import org.apache.lucene.util.BytesRef;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * What a result shows and what facets count, for one group, as bytes in a doc value. Opening an index reads this
 * for every paper; from stored fields that meant decompressing each paper's stored text too (two seconds at
 * 100,000 papers), from a doc value it is a plain read.
 */
final class GroupInfoCodec {
    /**
     * One group's summary.
     *
     * @param key        the group key
     * @param paperId    the paper id, or null for a slide no paper owns
     * @param shortName  the paper's short name, or the slide's label
     * @param title      the paper's title, or the note's title
     * @param year       the year, or null
     * @param venue      the venue, or null
     * @param categories the paper's categories
     * @param names      every name the paper goes by
     * @param note       for a slide no paper owns: its note
     * @param slide      for a slide no paper owns: its number
     */
    record Info(String key, String paperId, String shortName, String title, Integer year, String venue,
                List<CategoryPath> categories, List<String> names, String note, int slide) {
        /** A paper's group, not a slide no paper owns. */
        boolean isPaper() {
            return paperId != null;
        }
    }

    private GroupInfoCodec() {
    }

    static BytesRef encode(Info info) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            string(out, info.key());
            string(out, info.paperId());
            string(out, info.shortName());
            string(out, info.title());
            out.writeInt(info.year() == null ? Integer.MIN_VALUE : info.year());
            string(out, info.venue());
            out.writeInt(info.categories().size());
            for (CategoryPath c : info.categories()) {
                strings(out, c.segments()); // segments as they are: one may hold the separator's " / "
            }
            strings(out, info.names());
            string(out, info.note());
            out.writeInt(info.slide());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot happen in memory", e);
        }
        return new BytesRef(bytes.toByteArray());
    }

    static Info decode(BytesRef ref) throws IOException {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(ref.bytes, ref.offset, ref.length))) {
            String key = string(in);
            String paperId = string(in);
            String shortName = string(in);
            String title = string(in);
            int year = in.readInt();
            String venue = string(in);
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                throw new IOException("a group summary is damaged");
            }
            List<CategoryPath> categories = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                List<String> segments = strings(in);
                if (segments.isEmpty()) {
                    throw new IOException("a group summary is damaged");
                }
                categories.add(new CategoryPath(segments));
            }
            List<String> names = strings(in);
            String note = string(in);
            int slide = in.readInt();
            return new Info(key, paperId, shortName, title, year == Integer.MIN_VALUE ? null : year, venue,
                    categories, names, note, slide);
        }
    }

    private static void string(DataOutputStream out, String s) throws IOException {
        if (s == null) {
            out.writeInt(-1);
            return;
        }
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        out.writeInt(b.length);
        out.write(b);
    }

    private static void strings(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list.size());
        for (String s : list) {
            string(out, s);
        }
    }

    private static String string(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) {
            return null;
        }
        if (n > in.available()) {
            throw new IOException("a group summary is cut short");
        }
        return new String(in.readNBytes(n), StandardCharsets.UTF_8);
    }

    private static List<String> strings(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > in.available()) {
            throw new IOException("a group summary is damaged");
        }
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(string(in));
        }
        return out;
    }
}
