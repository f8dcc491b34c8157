package app.vidatlas.index;

import app.vidatlas.library.IndexedNotes;
import app.vidatlas.search.SearchResult;
import app.vidatlas.search.SearchBackend;
import app.vidatlas.model.Progress;
import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.SlideCoverage;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Slide;
import app.vidatlas.model.SlideView;
import app.vidatlas.model.Source;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.notes.Texts;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.pages.PageAssets;
import app.vidatlas.pages.PageRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Every word of the notes reaches the reader: each annotation of each slide is found by searching for it (on its
 * slide, as a paper's slide or a slide of nobody's), and each annotation and sentence is on a page (a paper's page
 * showing that slide, or the note's page). Misses are listed all at once, so one run shows the whole gap.
 */
class NothingLostTest {
    private static final Pattern ARTICLE = Pattern.compile("<article class=\"slide\" id=\"s-0-(\\d+)\">(.*?)</article>",
            Pattern.DOTALL);
    private static final Pattern ALT = Pattern.compile("alt=\"([^\"]*)\"");
    private static final Pattern BADGE = Pattern.compile("<span class=\"badge[^\"]*\">[^<]*</span>");
    private static final Pattern WRITTEN_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*(?:\\s[^<>]*)?/?>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern RUN = Pattern.compile("\\p{IsHan}+|[^\\p{IsHan}\\s]+");
    private static final int SHOWN = 20;

    @TempDir
    Path indexDir;

    @Test
    void everyAnnotationAndSentenceOfTheBundledNotesIsFoundAndShown() throws IOException {
        List<String> misses = misses(List.of(BundledNotes.location()), BundledNotes.papersJson());
        assertThat(misses).as(report(misses)).isEmpty();
    }

    @Test
    void everyAnnotationAndSentenceOfTheNotesBookIsFoundAndShown() throws IOException {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("notes-book")), "../shared/notes-book is not here");
        List<String> misses = misses(List.of(NoteLocation.of(shared.resolve("notes-book"))), BundledNotes.papersJson());
        assertThat(misses).as(report(misses)).isEmpty();
    }

    private static String report(List<String> misses) {
        return misses.size() + " pieces of the notes are lost; the first " + Math.min(SHOWN, misses.size()) + ":\n"
                + String.join("\n", misses.subList(0, Math.min(SHOWN, misses.size())));
    }

    private List<String> misses(List<NoteLocation> locations, Path papersJson) throws IOException {
        List<String> misses = new ArrayList<>();
        try (IndexedNotes index = IndexedNotes.open(indexDir, locations, papersJson, "papers.json",
                Progress.NONE)) {
            Catalog catalog = index.catalog();
            Map<String, Set<SearchResult.SlideRef>> carrying = carriers(catalog);
            Map<String, String> shown = shownOnPages(catalog);
            for (Note note : catalog.notes()) {
                for (Slide slide : note.slides()) {
                    String where = note.id() + " P" + slide.number();
                    String onPages = shown.getOrDefault(key(note.id(), slide.number()), "");
                    for (Annotation a : slide.annotations()) {
                        String c = Texts.compact(a.text());
                        if (c.isEmpty()) {
                            continue;
                        }
                        if (!foundBySearch(index.searcher(), a.text(), carrying.get(c))) {
                            misses.add(where + ": annotation not found by search: " + a.text());
                        }
                        if (!onPages.contains(words(a.text()))) {
                            misses.add(where + ": annotation on no page: " + a.text());
                        }
                    }
                    for (String sentence : SlideCoverage.sentencesOf(slide)) {
                        if (!onPages.contains(words(sentence))) {
                            misses.add(where + ": sentence on no page: " + sentence);
                        }
                    }
                }
            }
        }
        return misses;
    }

    /** The slides that carry each annotation text: a remark repeated on many slides may lead to any of them. */
    private static Map<String, Set<SearchResult.SlideRef>> carriers(Catalog catalog) {
        Map<String, Set<SearchResult.SlideRef>> out = new HashMap<>();
        for (Note note : catalog.notes()) {
            for (Slide slide : note.slides()) {
                for (Annotation a : slide.annotations()) {
                    out.computeIfAbsent(Texts.compact(a.text()), k -> new HashSet<>())
                            .add(new SearchResult.SlideRef(note.id(), slide.number()));
                }
            }
        }
        return out;
    }

    /**
     * Searching for the start of a text leads to a slide carrying it. The words are cut at spaces and where Chinese
     * meets other script (as a reader types them), never inside a run, so the search reads them as the index read
     * the text; only what would be query syntax is dropped.
     */
    private static boolean foundBySearch(SearchBackend search, String text, Set<SearchResult.SlideRef> slides) {
        List<String> words = new ArrayList<>();
        Matcher m = RUN.matcher(text.replace('"', ' ').replace(':', ' '));
        while (m.find() && words.size() < 10) {
            String word = m.group().replaceFirst("^-+", "");
            if (!Texts.compact(word).isEmpty() && !word.equals("OR") && !word.equals("NOT") && !word.equals("AND")) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            return true; // nothing a reader could type
        }
        return search.search(String.join(" ", words), 200).hits().stream()
                .anyMatch(h -> h.slides().stream().anyMatch(slides::contains));
    }

    /** Per note and slide, what the pages show of it in words: the papers' views and the note page's slide. */
    private static Map<String, String> shownOnPages(Catalog catalog) {
        Map<String, StringBuilder> shown = new HashMap<>();
        Map<String, Slide> slides = new HashMap<>();
        catalog.notes().forEach(n -> n.slides().forEach(s -> slides.putIfAbsent(key(n.id(), s.number()), s)));
        for (Paper p : catalog.papers()) {
            for (Source s : p.sources()) {
                for (int number : s.slides()) {
                    SlideView view = SlideView.of(p, s.note(), number, slides.get(key(s.note(), number)));
                    shown.computeIfAbsent(key(s.note(), number), k -> new StringBuilder())
                            .append(words(view.allText())).append('\n');
                }
            }
        }
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(), null,
                Map.of(), false), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        PageRenderer pages = new PageRenderer(catalog, CrossReferences.EMPTY, figures,
                new PageAssets("asset:page.css", "asset:page.js", "asset:katex/"));
        for (Note n : catalog.notes()) {
            Matcher m = ARTICLE.matcher(pages.note(n.id(), PageRenderer.Target.NONE, false).html());
            while (m.find()) {
                shown.computeIfAbsent(key(n.id(), Integer.parseInt(m.group(1))), k -> new StringBuilder())
                        .append(words(visibleText(m.group(2)))).append('\n');
            }
        }
        Map<String, String> out = new HashMap<>();
        shown.forEach((k, v) -> out.put(k, v.toString()));
        return out;
    }

    /** The words of an HTML fragment as a reader meets them: its text and its images' descriptions. */
    private static String visibleText(String html) {
        StringBuilder alts = new StringBuilder();
        Matcher alt = ALT.matcher(html);
        while (alt.find()) {
            alts.append('\n').append(alt.group(1));
        }
        // The badges a page puts before a remark ("Note", "Question") are the page's words, not the note's; HTML the
        // note wrote as text (<u>) is shown as written, around the words that matter here.
        String text = TAG.matcher(BADGE.matcher(html).replaceAll(" ")).replaceAll(" ") + alts;
        return unescape(text);
    }

    /**
     * The letters and digits of a text, HTML written into it as text ({@code <u>}, {@code <br/>}) left out: a page
     * shows such tags as written, the plain text drops some of them; the words around them are what must arrive.
     */
    private static String words(String text) {
        return Texts.compact(WRITTEN_TAG.matcher(text).replaceAll(" "));
    }

    private static String unescape(String s) {
        Matcher m = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);").matcher(s);
        StringBuilder b = new StringBuilder();
        while (m.find()) {
            String e = m.group(1);
            String r = switch (e) {
                case "amp" -> "&";
                case "lt" -> "<";
                case "gt" -> ">";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> Character.toString(e.startsWith("#x") ? Integer.parseInt(e.substring(2), 16)
                        : Integer.parseInt(e.substring(1)));
            };
            m.appendReplacement(b, Matcher.quoteReplacement(r));
        }
        return m.appendTail(b).toString();
    }

    private static String key(String note, int slide) {
        return note + "#" + slide;
    }
}
