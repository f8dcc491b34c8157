package app.vidatlas.index;

import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result groups of one open index (a paper, or a slide no paper owns): their keys, what each shows and counts in
 * facets, and how each segment's group ordinals map to them. Read once when the index opens: a search groups and
 * counts its matches by walking these arrays, and reading them all at once shows a damaged index at opening rather
 * than in a search.
 */
public final class ResultGroups {
    private final String[] keys;
    private final GroupInfoCodec.Info[] infos;
    private final int[][] segmentOrdToGroup;

    private ResultGroups(String[] keys, GroupInfoCodec.Info[] infos, int[][] segmentOrdToGroup) {
        this.keys = keys;
        this.infos = infos;
        this.segmentOrdToGroup = segmentOrdToGroup;
    }

    static ResultGroups read(DirectoryReader reader) throws IOException {
        Map<String, Integer> index = new LinkedHashMap<>();
        int[][] segments = new int[reader.leaves().size()][];
        for (LeafReaderContext leaf : reader.leaves()) {
            SortedDocValues dv = DocValues.getSorted(leaf.reader(), IndexSchema.GROUP);
            int[] map = new int[dv.getValueCount()];
            for (int ord = 0; ord < map.length; ord++) {
                String key = dv.lookupOrd(ord).utf8ToString();
                map[ord] = index.computeIfAbsent(key, k -> index.size());
            }
            segments[leaf.ord] = map;
        }
        String[] keys = index.keySet().toArray(new String[0]);
        GroupInfoCodec.Info[] infos = new GroupInfoCodec.Info[keys.length];
        LiveDocValues.forEach(reader, IndexSchema.GROUP_INFO, (doc, value) -> {
            GroupInfoCodec.Info info = GroupInfoCodec.decode(value);
            Integer g = index.get(info.key());
            if (g != null) {
                infos[g] = info;
            }
        });
        return new ResultGroups(keys, infos, segments);
    }

    /** How many groups there are; groups are numbered from 0. */
    public int count() {
        return keys.length;
    }

    public String key(int group) {
        return keys[group];
    }

    /** What the group shows and counts in facets; null when the index kept none for it. */
    public GroupInfoCodec.Info info(int group) {
        return infos[group];
    }

    /** The group of each ordinal of the {@link IndexSchema#GROUP} doc values of the segment {@code leafOrd}. */
    public int[] ofSegment(int leafOrd) {
        return segmentOrdToGroup[leafOrd];
    }

    /** Every paper's summary, in no particular order. */
    public List<GroupInfoCodec.Info> papers() {
        List<GroupInfoCodec.Info> out = new ArrayList<>();
        for (GroupInfoCodec.Info info : infos) {
            if (info != null && info.isPaper()) {
                out.add(info);
            }
        }
        return out;
    }
}
