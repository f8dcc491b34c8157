package app.vidatlas.export;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.catalog.PaperAttributes;
import app.vidatlas.model.Paper;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What is worth comparing about a paper, each with a key, a label and how to read it: the rows of a comparison and
 * the columns of a review matrix are these same fields, so the two always agree. A value the notes and metadata do
 * not give is {@link #NOT_STATED}, never a blank that reads as "no".
 */
public final class PaperFields {
    public static final String NOT_STATED = "not stated";
    private static final int KEY_POINTS = 4;

    /** A field: a stable key ({@code backbone}), what it is, and its value for a paper. */
    public record Field(String key, String label, Function<Paper, String> value) {
    }

    private static final List<Field> ALL = all();

    private PaperFields() {
    }

    private static List<Field> all() {
        List<Field> out = new ArrayList<>();
        out.add(new Field("name", "Name", Paper::shortName));
        out.add(new Field("title", "Title", Paper::title));
        out.add(new Field("year", "Year", p -> stated(PaperText.year(p))));
        out.add(new Field("venue", "Venue", p -> stated(p.venue())));
        out.add(new Field("category", "Category", p -> stated(PaperText.categories(p))));
        // Curated where the metadata says it, else read from the notes (PaperAttributes: the one place for both).
        for (String[] k : PaperAttributes.KEYS) {
            out.add(new Field(k[0], k[1], p -> stated(PaperAttributes.of(p, k[0]).text())));
        }
        out.add(new Field("keyPoints", "Key points", PaperFields::keyPoints));
        out.add(new Field("notes", "Notes / questions", p -> count(p, AnnotationKind.NOTE) + " / "
                + count(p, AnnotationKind.QUESTION)));
        out.add(new Field("code", "Code", p -> stated(p.codeUrl())));
        return List.copyOf(out);
    }

    /** Every field, in the order a comparison shows them. */
    public static List<Field> fields() {
        return ALL;
    }

    public static Optional<Field> field(String key) {
        return ALL.stream().filter(f -> f.key().equalsIgnoreCase(key)).findFirst();
    }

    static String stated(String v) {
        return v == null || v.isBlank() ? NOT_STATED : v;
    }

    /** The paper's first bullets from the notes, top level only: the gist, not the detail. */
    private static String keyPoints(Paper p) {
        List<String> top = p.keyPoints().stream().filter(k -> !k.startsWith(" ")).limit(KEY_POINTS).toList();
        return top.isEmpty() ? NOT_STATED : String.join("; ", top);
    }

    private static long count(Paper p, AnnotationKind kind) {
        return p.annotations().stream().map(Annotation::kind).filter(kind::equals).count();
    }
}
