package app.vidatlas.index;

import app.vidatlas.model.CategoryPath;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a result shows and what facets count, for one group, as bytes in a doc value. Opening an index reads this
 * for every paper; from stored fields that meant decompressing each paper's stored text too (two seconds at
 * 100,000 papers), from a doc value it is a plain read.
 */
public final class GroupInfoCodec {
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
    public record Info(String key, String paperId, String shortName, String title, Integer year, String venue,
                List<CategoryPath> categories, List<String> names, String note, int slide) {
        /** A paper's group, not a slide no paper owns. */
        public boolean isPaper() {
            return paperId != null;
        }
    }

    private GroupInfoCodec() {
    }

    static BytesRef encode(Info info) {
        return new BytesRef(StoredBytes.write(out -> {
            StoredBytes.string(out, info.key());
            StoredBytes.string(out, info.paperId());
            StoredBytes.string(out, info.shortName());
            StoredBytes.string(out, info.title());
            out.writeInt(info.year() == null ? Integer.MIN_VALUE : info.year());
            StoredBytes.string(out, info.venue());
            out.writeInt(info.categories().size());
            for (CategoryPath c : info.categories()) {
                StoredBytes.strings(out, c.segments()); // segments as they are: one may hold the separator's " / "
            }
            StoredBytes.strings(out, info.names());
            StoredBytes.string(out, info.note());
            out.writeInt(info.slide());
        }));
    }

    static Info decode(BytesRef ref) throws IOException {
        return StoredBytes.read(ref.bytes, ref.offset, ref.length, "a group summary", in -> {
            String key = StoredBytes.string(in);
            String paperId = StoredBytes.string(in);
            String shortName = StoredBytes.string(in);
            String title = StoredBytes.string(in);
            int year = in.readInt();
            String venue = StoredBytes.string(in);
            int count = in.readInt();
            if (count < 0 || count > in.available()) {
                throw new IOException("a count past its end");
            }
            List<CategoryPath> categories = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                categories.add(new CategoryPath(StoredBytes.strings(in))); // none: IllegalArgumentException, damaged
            }
            List<String> names = StoredBytes.strings(in);
            String note = StoredBytes.string(in);
            int slide = in.readInt();
            return new Info(key, paperId, shortName, title, year == Integer.MIN_VALUE ? null : year, venue,
                    categories, names, note, slide);
        });
    }
}
