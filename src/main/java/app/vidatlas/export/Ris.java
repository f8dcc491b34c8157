package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Papers as RIS, the tagged format every reference manager imports (Zotero, Mendeley, EndNote): a record per paper,
 * each line a two-letter tag, two spaces, a hyphen and a space, the value on one line; a record opens with TY and
 * closes with ER.
 */
public final class Ris {
    private Ris() {
    }

    public static String records(List<Paper> papers) {
        StringBuilder b = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (Paper p : papers) {
            Cited.Kind kind = Cited.kind(p);
            line(b, "TY", switch (kind) {
                case PREPRINT -> "UNPB";   // unpublished work: Zotero reads it as a preprint
                case JOURNAL -> "JOUR";
                case CONFERENCE -> "CPAPER";
            });
            line(b, "ID", BibTeX.uniqueKey(p, used));
            line(b, "TI", p.title());
            String[] name = Cited.familyAndGiven(p);
            if (name != null) {
                line(b, "AU", name[1].isEmpty() ? name[0] : name[0] + ", " + name[1]);
            }
            String year = Cited.year(p);
            if (year != null) {
                line(b, "PY", year);
            }
            String venue = Cited.venueName(p);
            if (kind == Cited.Kind.PREPRINT) {
                if (p.arxiv() != null) {
                    line(b, "T2", "arXiv");
                    line(b, "M1", "arXiv:" + p.arxiv());
                } else if (venue != null) {
                    line(b, "T2", venue);
                }
            } else {
                line(b, kind == Cited.Kind.JOURNAL ? "JO" : "T2", venue);
            }
            String url = Cited.url(p);
            if (url != null) {
                line(b, "UR", url);
            }
            b.append("ER  - \r\n\r\n");
        }
        return b.toString();
    }

    /** One tagged line; a value is one line, so line breaks in it become spaces. */
    private static void line(StringBuilder b, String tag, String value) {
        b.append(tag).append("  - ").append(value.replaceAll("[\\r\\n]+", " ").strip()).append("\r\n");
    }
}
