package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the notes' annotations: lines starting with ✅ ({@code &#x2705;}, a note) or ❓ ({@code &#x2753;}, a
 * question). The entities are already decoded by CommonMark. A line without a glyph continues the annotation above.
 */
final class Annotations {
    private static final String NOTE_GLYPHS = "\u2705\u2714\u2611";
    private static final String QUESTION_GLYPHS = "\u2753\u2754";

    private Annotations() {
    }

    static boolean startsWithGlyph(String line) {
        String l = line.strip();
        return !l.isEmpty() && isGlyph(l.codePointAt(0));
    }

    private static boolean isGlyph(int cp) {
        return NOTE_GLYPHS.indexOf(cp) >= 0 || QUESTION_GLYPHS.indexOf(cp) >= 0;
    }

    /** A quote's lines as annotations; none if the quote does not start with a glyph (it is then plain text). */
    static List<Annotation> parse(List<String> lines, String note, int slide, int line) {
        if (lines.isEmpty() || !startsWithGlyph(lines.get(0))) {
            return List.of();
        }
        return parseLines(lines, note, slide, line);
    }

    /** Only the lines that start with a glyph begin an annotation; others before the first one are skipped. */
    static List<Annotation> parseLines(List<String> lines, String note, int slide, int line) {
        List<Annotation> out = new ArrayList<>();
        AnnotationKind kind = null;
        StringBuilder text = new StringBuilder();
        int start = line;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).strip();
            if (startsWithGlyph(l)) {
                if (kind != null) {
                    add(out, kind, text, note, slide, start);
                }
                kind = AnnotationKind.NOTE;
                int at = 0;
                while (at < l.length()) {
                    int cp = l.codePointAt(at);
                    if (QUESTION_GLYPHS.indexOf(cp) >= 0) {
                        kind = AnnotationKind.QUESTION;
                    } else if (!isGlyph(cp) && cp != 0xFE0F && !Character.isWhitespace(cp)) {
                        break;
                    }
                    at += Character.charCount(cp);
                }
                text.setLength(0);
                text.append(l.substring(at));
                start = line > 0 ? line + i : 0;
            } else if (kind != null && !l.isEmpty()) {
                text.append(' ').append(l);
            }
        }
        if (kind != null) {
            add(out, kind, text, note, slide, start);
        }
        return out;
    }

    private static void add(List<Annotation> out, AnnotationKind kind, StringBuilder text, String note, int slide,
                            int line) {
        String t = Texts.squash(text.toString());
        if (!t.isEmpty()) {
            out.add(new Annotation(kind, t, note, slide, line));
        }
    }
}
