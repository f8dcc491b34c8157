package app.vidatlas.index;

import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.ParsedNote;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the index keeps so that a large library shows its list and first page before its catalog is built (ADR
 * 0008): each merged paper, each note's heading and the catalog's order, read one at a time as they are asked for.
 * Over one state of the index: the library asks {@link NotesIndex#quickStart()} again for each read.
 */
public final class QuickStart {
    private final NotesIndex.State state;

    QuickStart(NotesIndex.State state) {
        this.state = state;
    }

    /**
     * Every paper, in catalog order, as the list shows it: only their ids, titles, short names, other names, years,
     * venues and categories are filled in.
     */
    public List<Paper> paperSummaries() throws IOException {
        Map<String, GroupInfoCodec.Info> byId = new LinkedHashMap<>();
        state.groups().papers().forEach(i -> byId.put(i.paperId(), i));
        List<Paper> out = new ArrayList<>(byId.size());
        for (String id : catalogOrder()) {
            GroupInfoCodec.Info info = byId.remove(id);
            if (info != null) {
                out.add(summary(info));
            }
        }
        byId.values().forEach(i -> out.add(summary(i))); // none, unless the order was lost: listed all the same
        return out;
    }

    /** Every note that loaded, in the catalog's order and with its titles, without its slides. */
    public List<Note> noteHeadings() throws IOException {
        List<Note> out = new ArrayList<>();
        LiveDocValues.forEach(state.reader(), IndexSchema.NOTE_INFO, (doc, value) ->
                out.add(StoredRecordCodec.decodeNoteHeading(value.bytes, value.offset, value.length)));
        return state.scan.arrange(out);
    }

    /** A paper, whole, as the catalog the index was written from has it; null when the index has none. */
    public Paper paper(String id) throws IOException {
        Query q = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(IndexSchema.PAPER_ID, id)), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_PAPER)), BooleanClause.Occur.FILTER)
                .build();
        BytesRef bytes = firstStored(q, IndexSchema.PAPER);
        return bytes == null ? null : ParsedNoteCodec.decodePaper(bytes.bytes, bytes.offset, bytes.length);
    }

    /**
     * A note, whole, under its book's title, as the index keeps it parsed; parsed again from its file when that
     * stored form is damaged; null when the index does not know it.
     */
    public Note note(String id) {
        NoteCache.StoredNote s = state.stored.get(id);
        if (s == null) {
            return null;
        }
        ParsedNote parsed = NoteCache.cachedNote(state.reader(), s, s.seen().hash());
        NoteLoader.Scan scan = state.scan;
        if (parsed == null) {
            NoteFile file = scan.files().stream().filter(f -> f.id().equals(id)).findFirst().orElse(null);
            parsed = file == null ? null : new NoteLoader().parse(file, new ArrayList<>());
        }
        return parsed == null ? null : scan.arrange(List.of(parsed.note())).get(0);
    }

    /** The paper ids in catalog order, as the last build wrote them; empty when the index has none. */
    private List<String> catalogOrder() throws IOException {
        BytesRef bytes = firstStored(new TermQuery(new Term(IndexSchema.TYPE, IndexSchema.TYPE_ORDER)),
                IndexSchema.ORDER);
        return bytes == null ? List.of() : StoredRecordCodec.decodeOrder(bytes.bytes, bytes.offset, bytes.length);
    }

    /** A stored binary field of the first document the query finds; null when none has it. */
    private BytesRef firstStored(Query query, String field) throws IOException {
        // A searcher is cheap to make over an open reader; made per read, it never outlives a rebuilt state.
        TopDocs top = new IndexSearcher(state.reader()).search(query, 1);
        return top.scoreDocs.length == 0 ? null
                : state.reader().storedFields().document(top.scoreDocs[0].doc, Set.of(field)).getBinaryValue(field);
    }

    /** A paper as the list shows it, from its group's summary. */
    private static Paper summary(GroupInfoCodec.Info i) {
        // names are the short name, the aliases and the title, in that order (Paper.names()).
        List<String> aliases = i.names().size() > 2 ? i.names().subList(1, i.names().size() - 1) : List.of();
        return new Paper(i.paperId(), i.title(), i.shortName(), aliases, List.of(), i.year(), i.venue(), null,
                i.categories(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, false);
    }
}
