package app.vidatlas.index;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.IndexOptions;

import java.util.Map;

/**
 * Everything the index is made of, in one place: field names, how each is analyzed, and the format version.
 * Change any of it and bump {@link #FORMAT_VERSION}: an index of another version is rebuilt, never misread.
 */
public final class IndexSchema {
    /** Bump on any change to fields, analysis or stored data. */
    public static final int FORMAT_VERSION = 10;

    // What a document is.
    public static final String TYPE = "type";
    public static final String TYPE_PAPER = "paper";
    public static final String TYPE_SLIDE = "slide";
    public static final String TYPE_NOTE = "note";
    /** A slide no paper owns (an overview slide, a blog post's text). */
    public static final String TYPE_ORPHAN = "orphan";
    /** The one document that keeps the catalog's order of papers ({@link #ORDER}). */
    public static final String TYPE_ORDER = "order";

    /** The result a document counts for: a paper id, or {@code note#slide} for a slide no paper owns. */
    public static final String GROUP = "group";
    public static final String PAPER_ID = "paperId";
    public static final String NOTE = "note";
    /** Identifies a parsed-note document (its note id); only those documents have it. */
    public static final String NOTE_KEY = "noteKey";
    public static final String SLIDE = "slide";
    /** On a group's first document: its content hash and key (doc values), so an update rewrites changed groups only. */
    public static final String GROUP_HASH = "groupHash";
    /** On a parsed-note document: its hash, its file's size and time when read, and its id (doc values). */
    public static final String STAMP = "stamp";

    // Paper metadata, on every document of the paper so that all words of a query can meet in one document.
    public static final String NAMES = "names";
    public static final String TITLE = "title";
    public static final String AUTHORS = "authors";
    public static final String VENUE = "venue";
    public static final String YEAR = "year";
    public static final String CATEGORY = "category";
    public static final String TAG = "tag";
    public static final String ATTRIBUTES = "attributes";

    // Content.
    public static final String TEXT = "text";
    public static final String ANNOTATION = "annotation";
    /** The Chinese of {@link #TEXT} and {@link #ANNOTATION}, segmented into words. */
    public static final String TEXT_ZH = "text_zh";

    // Stored only.
    public static final String PARSED = "parsed";
    /** On paper and orphan documents: what a result shows and facets count (doc values, cheap to read at open). */
    public static final String GROUP_INFO = "groupInfo";
    /** On a paper document: the merged paper as JSON, so that its page can be shown before the catalog is built. */
    public static final String PAPER = "paperRecord";
    /** On a parsed-note document: its id, title, format and site (doc values), for the list of notes at open. */
    public static final String NOTE_INFO = "noteInfo";
    /** On the order document: every paper id in catalog order, one per line. */
    public static final String ORDER = "order";

    // Commit data.
    public static final String COMMIT_FORMAT = "vidatlas.format";
    public static final String COMMIT_SOURCES = "vidatlas.sources";

    /** Text fields whose offsets are kept, so snippets are highlighted without re-analysis. */
    static final FieldType HIGHLIGHTED = highlighted(true);
    /** The same indexing, not stored: Lucene wants one field indexed one way in every document. */
    static final FieldType INDEXED_LIKE_HIGHLIGHTED = highlighted(false);

    private IndexSchema() {
    }

    /** The analyzer documents are indexed with. */
    public static Analyzer indexAnalyzer() {
        return perField(MixedTextAnalyzer.forIndex());
    }

    /** The analyzer queries are analyzed with (bigrams only, so that a word is matched as a phrase of bigrams). */
    public static Analyzer queryAnalyzer() {
        return perField(MixedTextAnalyzer.forQuery());
    }

    private static Analyzer perField(Analyzer mixed) {
        return new PerFieldAnalyzerWrapper(mixed, Map.of(TEXT_ZH, new ChineseWordAnalyzer()));
    }

    private static FieldType highlighted(boolean stored) {
        FieldType t = new FieldType();
        t.setTokenized(true);
        t.setStored(stored);
        t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        t.freeze();
        return t;
    }

    /** What starts a note's line in the annotation field: "✅ " or "❓ ", nothing for a plain-text passage. */
    public static String markOf(app.vidatlas.model.AnnotationKind kind) {
        return switch (kind) {
            case NOTE -> NOTE_MARK;
            case QUESTION -> QUESTION_MARK;
            default -> "";
        };
    }

    public static final String NOTE_MARK = "✅ ";
    public static final String QUESTION_MARK = "❓ ";
}
