package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Citation;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.notes.HeadingTree.CitationAt;
import app.vidatlas.notes.HeadingTree.Section;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One paper's sections in a note, gathered into its mention: the slides, key points, figures, annotations and links
 * under them (sub-sections that are other papers' excepted), and the names its headings give it.
 */
final class SectionDraft {
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]{1,30})\\)");
    /** What a short form in brackets may look like: TPoS, SVD, I2VGen-XL. */
    /** A word written as a name: two capitals (GenTron, SVD), a digit (Show-1), or dots (W.A.L.T.). */
    private static final Pattern NAME_LIKE = Pattern.compile(".*\\p{Lu}.*\\p{Lu}.*|.*\\d.*|(?:\\p{Lu}\\.)+");
    private static final Pattern SHORT_FORM = Pattern.compile("[\\p{L}\\d.\\-]{2,12}");

    final Citation citation;
    final Section first;
    final Set<Integer> slideNumbers = new TreeSet<>();
    final List<String> keyPoints = new ArrayList<>();
    final Set<Figure> figures = new LinkedHashSet<>();
    final List<Annotation> annotations = new ArrayList<>();
    final Set<Link> links = new LinkedHashSet<>();
    final Set<String> names = new LinkedHashSet<>();
    /** Each spelling of the title and how often it is written: the commonest one is kept. */
    final Map<String, Integer> titles = new LinkedHashMap<>();

    private SectionDraft(Citation citation, Section first) {
        this.citation = citation;
        this.first = first;
    }

    /**
     * The mentions of the paper sections. Slides titled like a paper section but with no citation line of their own
     * (ModelScopeT2V, "Length = 1") belong to that paper too; sections citing the same title are one paper.
     */
    static List<PaperMention> mentions(String noteId, List<Section> sections, Map<Section, Citation> sectionPaper) {
        Map<String, Section> byLabel = new LinkedHashMap<>();
        sectionPaper.keySet().forEach(s -> byLabel.putIfAbsent(Texts.compact(s.label), s));
        Map<String, SectionDraft> drafts = new LinkedHashMap<>();
        for (Section s : sections) {
            Citation citation = sectionPaper.get(s);
            if (citation == null) {
                Section twin = byLabel.get(Texts.compact(s.label));
                if (twin == null || !s.citations.isEmpty() || s.isCollection() || s.numbered) {
                    continue;
                }
                citation = sectionPaper.get(twin);
            }
            String key = Texts.titleKey(citation.title());
            SectionDraft draft = drafts.get(key);
            if (draft == null) {
                for (Map.Entry<String, SectionDraft> d : drafts.entrySet()) {
                    // Drafts are filed under their title keys.
                    if (Texts.mayBeSameTitle(key, d.getKey()) && Texts.sameTitle(key, d.getKey())) {
                        draft = d.getValue();
                        break;
                    }
                }
            }
            if (draft == null) {
                draft = new SectionDraft(citation, s);
                drafts.put(key, draft);
            }
            draft.add(s, sectionPaper.keySet());
            for (CitationAt c : s.citations) {
                if (PaperSections.samePaper(c.citation().title(), draft.citation.title())) {
                    draft.titles.merge(c.citation().title(), 1, Integer::sum);
                }
            }
        }
        List<PaperMention> out = new ArrayList<>();
        drafts.values().forEach(d -> out.add(d.toMention(noteId)));
        return out;
    }

    private void add(Section section, Set<Section> owners) {
        if (looksLikeAName(section.label) || PaperSections.namesPaper(section.label, citation.title())) {
            names.add(section.label);
        }
        Deque<Section> stack = new ArrayDeque<>();
        stack.push(section);
        while (!stack.isEmpty()) {
            Section s = stack.pop();
            s.slides.stream().filter(n -> n > 0).forEach(slideNumbers::add);
            keyPoints.addAll(s.keyPoints);
            figures.addAll(s.figures);
            annotations.addAll(s.annotations);
            links.addAll(s.links);
            for (int i = s.children.size() - 1; i >= 0; i--) {
                Section child = s.children.get(i);
                if (!owners.contains(child)) {
                    stack.push(child);
                }
            }
        }
    }

    /**
     * A heading that does not name the paper's title is its name only when it looks like one: at most three words,
     * each written as a method's name is (ModelScope T2V, W.A.L.T., GenTron, SVD), not as a slide's topic
     * ("Inverse Problems", "Factorized velocities", "U-Net Architecture").
     */
    static boolean looksLikeAName(String heading) {
        String h = Texts.squash(PARENTHETICAL.matcher(heading).replaceAll(""));
        String[] words = h.split("\\s+");
        if (h.isEmpty() || words.length > 3 || !TitleCheck.isTitle(h)) {
            return false;
        }
        for (String w : words) {
            if (!NAME_LIKE.matcher(w).matches()) {
                return false;
            }
        }
        return true;
    }

    private PaperMention toMention(String noteId) {
        String title = titles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                .orElse(this.citation.title());
        Citation citation = new Citation(this.citation.prefix(), this.citation.authors(), title,
                this.citation.venue(), this.citation.year());
        String name = names.isEmpty() ? Texts.titlePrefix(citation.title()) : names.iterator().next();
        if (name != null) {
            // "The Power of Sound (TPoS)": the acronym is the name people use.
            Matcher acronym = PARENTHETICAL.matcher(name);
            if (acronym.find()) {
                String without = Texts.squash(PARENTHETICAL.matcher(name).replaceAll(""));
                if (SHORT_FORM.matcher(acronym.group(1).strip()).matches()
                        && Texts.abbreviates(acronym.group(1), name.substring(0, acronym.start()))) {
                    name = acronym.group(1).strip();
                } else if (!without.isEmpty()) {
                    name = without; // "VideoPoet (Google)": an aside, not part of the name
                }
            }
        }
        Set<String> alt = new LinkedHashSet<>();
        for (String n : names) {
            Matcher m = PARENTHETICAL.matcher(n);
            while (m.find()) {
                if (Texts.abbreviates(m.group(1), n.substring(0, m.start()))) {
                    alt.add(m.group(1).strip());
                }
                String without = Texts.squash(PARENTHETICAL.matcher(n).replaceAll(""));
                if (!without.isEmpty()) {
                    alt.add(without);
                }
            }
            alt.add(n);
        }
        String prefix = Texts.titlePrefix(citation.title());
        if (prefix != null) {
            alt.add(prefix);
        }
        String chosen = name;
        alt.removeIf(a -> chosen != null && Texts.compact(a).equals(Texts.compact(chosen)));
        return new PaperMention(MentionKind.SECTION, noteId, first.line, chosen, List.copyOf(alt), citation,
                HeadingTree.categoryOf(first.parent), List.copyOf(slideNumbers),
                List.copyOf(new LinkedHashSet<>(keyPoints)), List.copyOf(figures), annotations, List.copyOf(links), List.of(), null);
    }
}
