package app.vidatlas.catalog;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Slide;
import app.vidatlas.notes.Texts;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words of the notes a reader cannot reach, or reaches only apart from where they were written. A paper's page
 * shows its {@link app.vidatlas.model.SlideView} of each of its slides; a note's page shows every slide: its markdown,
 * and below it whatever the slide holds that the markdown cannot show (table cells past the header's count, remarks
 * written after the footer). So:
 * <ul>
 * <li>a piece of a slide on no paper's view and not in its slide's markdown is <em>shown apart</em>: only below
 * its slide on the note's page (the parser gave the slide words its markdown does not hold);</li>
 * <li>a source line whose words are in no slide at all is <em>unreachable</em> (dropped before the first slide,
 * lost in parsing).</li>
 * </ul>
 * Linear: each slide and each source line is looked at once; words are compared as letters and digits only.
 */
public final class Reachability {
    private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos|nbsp);");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*\\)");
    private static final Pattern TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern SLIDE_MARKER = Pattern.compile("P\\d+");
    /** A list item's number or bullet (a page shows it as a list, an annotation's text leaves it out). */
    private static final Pattern LIST_MARKER = Pattern.compile("(?m)^[\\s>]*(?:\\d+[.)]|[-*+])\\s+");

    /**
     * A piece of a note a reader cannot reach where it was written.
     *
     * @param slide     the slide it is on, 0 for a source line in no slide
     * @param line      the 1-based line of the note it starts on, 0 when unknown
     * @param what      {@code annotation}, {@code text} (a sentence of a slide) or {@code line} (a source line)
     * @param text      the words
     * @param reachable whether a page shows it at all (below its slide on the note's page); false: no page does
     */
    public record Gap(int slide, int line, String what, String text, boolean reachable) {
    }

    private Reachability() {
    }

    /**
     * The gaps of every note that has some, in catalog note order.
     *
     * @param sources a note's source text, or null when it cannot be read (its lines are then not checked)
     */
    public static Map<String, List<Gap>> of(Catalog catalog, Function<Note, String> sources) {
        Map<String, List<Gap>> out = new LinkedHashMap<>();
        for (SlideCoverage.Leftover l : SlideCoverage.of(catalog)) {
            String page = words(pageSource(l.note(), l.slide()));
            List<Gap> gaps = out.computeIfAbsent(l.note().id(), k -> new ArrayList<>());
            for (Annotation a : l.annotations()) {
                if (!page.contains(words(a.text()))) {
                    gaps.add(new Gap(l.slide().number(), a.line(), "annotation", a.text(), true));
                }
            }
            for (String sentence : l.sentences()) {
                if (!page.contains(words(sentence))) {
                    gaps.add(new Gap(l.slide().number(), l.slide().line(), "text", sentence, true));
                }
            }
        }
        for (Note n : catalog.notes()) {
            String source = n.format() == NoteFormat.MARKDOWN ? sources.apply(n) : null;
            if (source != null) {
                out.computeIfAbsent(n.id(), k -> new ArrayList<>()).addAll(linesInNoSlide(n, source));
            }
        }
        Map<String, List<Gap>> ordered = new LinkedHashMap<>();
        for (Note n : catalog.notes()) {
            List<Gap> gaps = out.get(n.id());
            if (gaps != null && !gaps.isEmpty()) {
                ordered.put(n.id(), List.copyOf(gaps));
            }
        }
        return ordered;
    }

    /** The lines of a note's source whose words are in no slide: not its markdown, nor what it holds apart. */
    static List<Gap> linesInNoSlide(Note note, String source) {
        Set<String> shown = new HashSet<>();
        StringBuilder apart = new StringBuilder();
        for (Slide s : note.slides()) {
            for (String line : s.markdown().split("\n")) {
                shown.add(words(line));
            }
            s.annotations().forEach(a -> apart.append(words(a.text())).append('\n'));
            apart.append(words(s.text())).append('\n');
        }
        String held = apart.toString();
        String[] lines = source.split("\r\n|\r|\n", -1);
        int footer = footerStart(note, lines);
        int footerEnd = note.siteUrl() == null ? -1 : lastIndexOf(lines, note.siteUrl());
        List<Gap> gaps = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String w = words(lines[i]);
            boolean footerLine = i >= footer && i <= footerEnd;
            if (!w.isEmpty() && !footerLine && !SLIDE_MARKER.matcher(lines[i].strip()).matches() && !shown.contains(w)
                    && !w.equals(Texts.compact(note.title())) && !held.contains(w)) { // held: rare, so scanned
                gaps.add(new Gap(0, i + 1, "line", lines[i].strip(), false));
            }
        }
        return gaps;
    }

    /** Where the footer (a rule, then where the note is published) starts; past the end when there is none. */
    private static int footerStart(Note note, String[] lines) {
        if (note.siteUrl() == null) {
            return lines.length;
        }
        int url = lastIndexOf(lines, note.siteUrl());
        for (int i = url; i >= 0; i--) {
            if (lines[i].strip().matches("[-*_]{3,}")) {
                return i;
            }
        }
        return lines.length;
    }

    private static int lastIndexOf(String[] lines, String text) {
        for (int i = lines.length - 1; i >= 0; i--) {
            if (lines[i].contains(text)) {
                return i;
            }
        }
        return -1;
    }

    /** What a note's page shows of a slide, as written: its markdown (its text for plain text). */
    private static String pageSource(Note note, Slide slide) {
        return note.format() == NoteFormat.PLAIN_TEXT ? slide.text() : slide.markdown();
    }

    /**
     * The letters and digits of markdown as a page shows it: entities decoded, link targets, list numbers and HTML
     * tags left out (a page shows a link's words, not where it goes).
     */
    public static String words(String markdown) {
        return Texts.compact(TAG.matcher(LINK_TARGET.matcher(decoded(markdown)).replaceAll("]")).replaceAll(" "));
    }

    /**
     * The letters and digits of text as a reader meets it (a rendered page's text, a slide's plain text): entities
     * decoded, list numbers and HTML tags written as text left out. What looks like a link is kept whole: in plain
     * text it is not one, and the page that shows it shows all of it.
     */
    public static String shownWords(String text) {
        return Texts.compact(TAG.matcher(decoded(text)).replaceAll(" "));
    }

    private static String decoded(String text) {
        Matcher m = ENTITY.matcher(text);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(b, Matcher.quoteReplacement(decode(m.group(1), m.group())));
        }
        return LIST_MARKER.matcher(m.appendTail(b).toString()).replaceAll(" ");
    }

    private static String decode(String entity, String asWritten) {
        switch (entity) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": return "'";
            case "nbsp": return " ";
            default:
                try {
                    int cp = entity.startsWith("#x") ? Integer.parseInt(entity.substring(2), 16)
                            : Integer.parseInt(entity.substring(1));
                    return Character.isValidCodePoint(cp) ? Character.toString(cp) : asWritten;
                } catch (NumberFormatException e) {
                    return asWritten; // too long to be a character: shown as written
                }
        }
    }
}
