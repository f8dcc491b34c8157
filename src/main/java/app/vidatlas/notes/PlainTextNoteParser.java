package app.vidatlas.notes;

import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a plain-text note (a blog post): its paragraphs, separated by blank lines, become passages in which the
 * catalog looks for paper names. The whole text is one unnumbered slide.
 */
public final class PlainTextNoteParser {
    /** Printable ASCII only: the blog runs Chinese text straight after an address. */
    private static final Pattern URL = Pattern.compile("https?://[!-~&&[^<>()\"]]+");

    public ParsedNote parse(String noteId, String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        List<Passage> passages = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        List<String> all = new ArrayList<>();
        String title = null;
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean blank = i == lines.length || Texts.isBlank(lines[i]);
            if (blank) {
                if (!paragraph.isEmpty()) {
                    passages.add(passage(start, paragraph));
                    paragraph.clear();
                }
                continue;
            }
            String line = Texts.squash(lines[i]);
            if (paragraph.isEmpty()) {
                start = i + 1;
            }
            if (title == null) {
                title = line;
            }
            paragraph.add(line);
            all.add(line);
        }
        String body = String.join("\n", all);
        List<Slide> slides = body.isEmpty() ? List.of()
                : List.of(new Slide(noteId, 0, 1, List.of(), "", body, List.of(), List.of()));
        return new ParsedNote(new Note(noteId, title, NoteFormat.PLAIN_TEXT, slides, null), List.of(), passages,
                List.of());
    }

    private static Passage passage(int line, List<String> paragraph) {
        String text = String.join("\n", paragraph);
        List<String> links = new ArrayList<>();
        Matcher m = URL.matcher(text);
        while (m.find()) {
            links.add(m.group().replaceAll("[.,;:!?]+$", ""));
        }
        return new Passage(line, text, links);
    }
}
