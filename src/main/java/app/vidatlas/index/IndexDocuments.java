package app.vidatlas.index;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.SlideCoverage;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The documents a catalog is indexed as. A paper is one paper document (its metadata, key points and the blog
 * passages about it) and one document per slide that discusses it: the whole slide when the paper owns it (its
 * section), only its row or citation when the slide is shared (a "More Works" table). Every document of a paper
 * carries its metadata, so that all words of a query can meet in one document. Slides no paper owns are indexed
 * on their own, so that everything in the notes can be found.
 */
final class IndexDocuments {
    /**
     * The documents of one result group, with a hash of their content: unchanged groups are not rewritten.
     *
     * @param key  the paper id, or {@code note#slide}
     * @param docs its documents
     * @param hash content hash
     */
    record Group(String key, List<Document> docs, String hash) {
    }

    private IndexDocuments() {
    }

    /**
     * All groups, each built when asked for (the documents of a large catalog never sit in memory at once): the
     * papers' groups first, then the slides no paper owns.
     */
    static final class Groups {
        private final List<Paper> papers;
        private final List<SlideCoverage.Leftover> orphans;
        private final Map<String, Slide> slides;

        private Groups(List<Paper> papers, List<SlideCoverage.Leftover> orphans, Map<String, Slide> slides) {
            this.papers = papers;
            this.orphans = orphans;
            this.slides = slides;
        }

        int count() {
            return papers.size() + orphans.size();
        }

        /** Every group, each built as it is consumed (for tests that look at the documents). */
        java.util.stream.Stream<Group> stream() {
            return java.util.stream.IntStream.range(0, count()).mapToObj(this::group);
        }

        /** The documents of group {@code i} (0 to {@link #count()}), built now. */
        Group group(int i) {
            return i < papers.size() ? paper(papers.get(i), slides) : orphan(orphans.get(i - papers.size()));
        }
    }

    static Groups of(Catalog catalog) {
        Map<String, Slide> slides = new HashMap<>();
        for (Note n : catalog.notes()) {
            for (Slide s : n.slides()) {
                slides.putIfAbsent(key(n.id(), s.number()), s);
            }
        }
        // Slides no paper discusses, and what no paper shows of shared slides, are indexed on their own.
        return new Groups(catalog.papers(), SlideCoverage.of(catalog), slides);
    }

    static String key(String note, int slide) {
        return note + "#" + slide;
    }

    private static Group paper(Paper p, Map<String, Slide> slides) {
        List<Document> docs = new ArrayList<>();
        Document paper = base(IndexSchema.TYPE_PAPER, p.id());
        metadata(paper, p);
        paper.add(new StringField(IndexSchema.PAPER_ID, p.id(), Field.Store.YES));
        paper.add(new BinaryDocValuesField(IndexSchema.GROUP_INFO, GroupInfoCodec.encode(new GroupInfoCodec.Info(
                p.id(), p.id(), p.shortName(), p.title(), p.year(), p.venue(),
                p.categories(), p.names(), null, 0))));
        String passages = p.annotations().stream().filter(a -> a.kind() == AnnotationKind.PASSAGE)
                .map(Annotation::text).collect(Collectors.joining("\n"));
        content(paper, String.join("\n", p.keyPoints()), passages);
        paper.add(new StoredField(IndexSchema.PAPER, ParsedNoteCodec.encodePaper(p)));
        docs.add(paper);

        for (Source source : p.sources()) {
            for (int number : source.slides()) {
                String key = key(source.note(), number);
                Slide slide = slides.get(key);
                Document doc = base(IndexSchema.TYPE_SLIDE, p.id());
                metadata(doc, p);
                doc.add(new StringField(IndexSchema.PAPER_ID, p.id(), Field.Store.YES));
                doc.add(new StringField(IndexSchema.NOTE, source.note(), Field.Store.YES));
                doc.add(new StoredField(IndexSchema.SLIDE, number));
                // What the paper's page shows of the slide: the whole slide, or its part of a shared one.
                SlideView view = SlideView.of(p, source.note(), number, slide);
                content(doc, view.textWithCaptions(), annotationLines(view.annotations()));
                docs.add(doc);
            }
        }
        return new Group(p.id(), docs, hash(docs));
    }

    /**
     * A slide no paper discusses, whole; or what no paper shows of a shared slide (slide-level remarks on a "More
     * Works" table, its header), so that search still finds it and leads to the note.
     */
    private static Group orphan(SlideCoverage.Leftover leftover) {
        Note note = leftover.note();
        Slide slide = leftover.slide();
        String key = key(note.id(), slide.number());
        Document doc = base(IndexSchema.TYPE_ORPHAN, key);
        doc.add(new StringField(IndexSchema.NOTE, note.id(), Field.Store.YES));
        doc.add(new StoredField(IndexSchema.SLIDE, slide.number()));
        doc.add(new BinaryDocValuesField(IndexSchema.GROUP_INFO, GroupInfoCodec.encode(new GroupInfoCodec.Info(
                key, null, slide.number() > 0 ? slide.label() : note.title(), note.title(), null, null,
                List.of(), List.of(), note.id(), slide.number()))));
        if (leftover.discussed()) {
            content(doc, String.join("\n", leftover.sentences()), annotationLines(leftover.annotations()));
        } else {
            content(doc, slideText(slide), annotationLines(slide.annotations()));
        }
        return new Group(key, List.of(doc), hash(List.of(doc)));
    }

    private static Document base(String type, String group) {
        Document d = new Document();
        d.add(new StringField(IndexSchema.TYPE, type, Field.Store.YES));
        d.add(new StringField(IndexSchema.GROUP, group, Field.Store.YES));
        d.add(new SortedDocValuesField(IndexSchema.GROUP, new BytesRef(group)));
        return d;
    }

    /**
     * The paper's metadata on one of its documents. Only the paper document stores the title (with offsets, for
     * its highlighted snippet); slide documents just index it.
     */
    private static void metadata(Document d, Paper p) {
        for (String name : p.names()) {
            d.add(new TextField(IndexSchema.NAMES, name, Field.Store.NO));
        }
        boolean paperDoc = IndexSchema.TYPE_PAPER.equals(d.get(IndexSchema.TYPE));
        d.add(paperDoc ? new Field(IndexSchema.TITLE, p.title(), IndexSchema.HIGHLIGHTED)
                : new Field(IndexSchema.TITLE, p.title(), IndexSchema.INDEXED_LIKE_HIGHLIGHTED));
        p.authors().forEach(a -> d.add(new TextField(IndexSchema.AUTHORS, a, Field.Store.NO)));
        if (p.venue() != null) {
            d.add(new TextField(IndexSchema.VENUE, p.venue(), Field.Store.NO));
        }
        if (p.year() != null) {
            d.add(new IntPoint(IndexSchema.YEAR, p.year()));
        }
        for (CategoryPath c : p.categories()) {
            d.add(new TextField(IndexSchema.CATEGORY, c.toString(), Field.Store.NO));
        }
        p.tags().forEach(t -> d.add(new TextField(IndexSchema.TAG, t, Field.Store.NO)));
        Attributes a = p.attributes();
        String attributes = String.join(" ", nonNull(a.backbone(), a.space(), a.builtOn(), a.training()))
                + " " + String.join(" ", a.conditions());
        if (!attributes.isBlank()) {
            d.add(new TextField(IndexSchema.ATTRIBUTES, attributes, Field.Store.NO));
        }
    }

    private static List<String> nonNull(String... values) {
        List<String> out = new ArrayList<>();
        for (String v : values) {
            if (v != null) {
                out.add(v);
            }
        }
        return out;
    }

    private static void content(Document d, String text, String annotations) {
        if (!text.isBlank()) {
            d.add(new Field(IndexSchema.TEXT, text, IndexSchema.HIGHLIGHTED));
        }
        if (!annotations.isBlank()) {
            d.add(new Field(IndexSchema.ANNOTATION, annotations, IndexSchema.HIGHLIGHTED));
        }
        String han = hanOnly(text + "\n" + annotations);
        if (!han.isBlank()) {
            d.add(new TextField(IndexSchema.TEXT_ZH, han, Field.Store.NO));
        }
    }

    /**
     * The Chinese of a text, the rest blanked out: word segmentation is only for Chinese (the other field stems the
     * English), and it is the costliest analysis there is, so it is spared the English.
     */
    static String hanOnly(String text) {
        StringBuilder b = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) {
                b.appendCodePoint(cp);
                gap = false;
            } else if (!gap) {
                b.append(' ');
                gap = true;
            }
            i += Character.charCount(cp);
        }
        return b.toString();
    }

    private static String slideText(Slide s) {
        StringBuilder b = new StringBuilder(s.text());
        for (Figure f : s.figures()) {
            if (!f.caption().isBlank()) {
                b.append('\n').append(f.caption());
            }
        }
        return b.toString();
    }

    /**
     * The annotations one a line, each a note or a question with its mark ({@link IndexSchema#markOf}), so that a
     * search hit can say which it found.
     */
    static String annotationLines(List<Annotation> annotations) {
        return annotations.stream().map(a -> IndexSchema.markOf(a.kind()) + a.text()).collect(Collectors.joining("\n"));
    }

    private static String hash(List<Document> docs) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (Document d : docs) {
                d.getFields().forEach(f -> {
                    md.update(f.name().getBytes(StandardCharsets.UTF_8));
                    String v = f.stringValue();
                    if (v == null && f.numericValue() != null) {
                        v = f.numericValue().toString();
                    }
                    BytesRef b = v == null ? f.binaryValue() : null;
                    if (b != null) {
                        md.update(b.bytes, b.offset, b.length);
                    } else {
                        md.update((v == null ? "" : v).getBytes(StandardCharsets.UTF_8));
                    }
                    md.update((byte) 0);
                });
                md.update((byte) 1);
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
