package app.vidatlas.notes;

import app.vidatlas.model.Citation;
import app.vidatlas.notes.HeadingTree.CitationAt;
import app.vidatlas.notes.HeadingTree.Section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides which headings are paper sections, once the whole note is read. A citation line belongs to the nearest
 * heading above it that names its paper; failing that, to the outermost heading above it that is neither numbered,
 * a chapter, nor a "More Works" collection — but only when that heading cites one paper: a heading over a list of
 * citations that names none of them ("Part I") is a list of references, not a paper. A citation no heading owns is
 * a reference to the paper.
 */
final class PaperSections {
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]{1,30})\\)");

    private PaperSections() {
    }

    /** The mentions of the note's paper sections and references. */
    static List<PaperMention> resolve(String noteId, HeadingTree tree, List<CitationAt> loose) {
        List<Section> sections = tree.sections();
        int minLevel = sections.stream().mapToInt(s -> s.level).min().orElse(0);
        boolean deeper = sections.stream().anyMatch(s -> s.level > minLevel);
        Map<Section, List<CitationAt>> named = new LinkedHashMap<>();
        Map<Section, List<CitationAt>> fallback = new LinkedHashMap<>();
        List<CitationAt> references = new ArrayList<>();
        for (Section s : sections) {
            for (CitationAt c : s.citations) {
                Section owner = null;
                Section outermost = null;
                for (Section a = s; a != null && a != tree.root(); a = a.parent) {
                    if (a.numbered || a.isCollection() || deeper && a.level == minLevel) {
                        continue;
                    }
                    if (owner == null && namesPaper(a.label, c.citation().title())) {
                        owner = a;
                    }
                    outermost = a;
                }
                if (owner != null) {
                    named.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
                } else if (outermost != null) {
                    fallback.computeIfAbsent(outermost, k -> new ArrayList<>()).add(c);
                } else {
                    references.add(c);
                }
            }
        }
        Map<Section, Citation> sectionPaper = new LinkedHashMap<>();
        for (Map.Entry<Section, List<CitationAt>> e : fallback.entrySet()) {
            if (named.containsKey(e.getKey()) || citesOnePaper(e.getValue())) {
                named.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).addAll(e.getValue());
            } else {
                references.addAll(e.getValue());
            }
        }
        // Each owning section cites one paper; a second, different title in it is a reference.
        for (Section s : sections) {
            List<CitationAt> cited = named.get(s);
            if (cited == null) {
                continue;
            }
            Citation main = mostFrequent(cited);
            sectionPaper.put(s, main);
            for (CitationAt c : cited) {
                // A heading may name two papers (VideoCrafter over VideoCrafter1 and 2): the other one is a reference.
                if (!samePaper(c.citation().title(), main.title())) {
                    references.add(c);
                }
            }
        }
        List<PaperMention> mentions = new ArrayList<>(SectionDraft.mentions(noteId, sections, sectionPaper));
        references.addAll(loose);
        mentions.addAll(referenceMentions(noteId, references));
        return mentions;
    }

    /** One title (however often), or one title written more often than every other. */
    private static boolean citesOnePaper(List<CitationAt> cited) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        cited.forEach(c -> counts.merge(Texts.titleKey(c.citation().title()), 1, Integer::sum));
        if (counts.size() == 1) {
            return true;
        }
        List<Integer> sorted = counts.values().stream().sorted((a, b) -> b - a).toList();
        return sorted.get(0) > 1 && sorted.get(0) > sorted.get(1) && counts.size() <= 2;
    }

    private static List<PaperMention> referenceMentions(String noteId, List<CitationAt> references) {
        Map<String, List<CitationAt>> byTitle = new LinkedHashMap<>();
        for (CitationAt c : references) {
            byTitle.computeIfAbsent(Texts.titleKey(c.citation().title()), k -> new ArrayList<>()).add(c);
        }
        List<PaperMention> out = new ArrayList<>();
        for (List<CitationAt> group : byTitle.values()) {
            group.sort(java.util.Comparator.comparingInt(CitationAt::line));
            Citation c = richest(group);
            Set<Integer> slideNumbers = new TreeSet<>();
            group.stream().filter(g -> g.slide() > 0).forEach(g -> slideNumbers.add(g.slide()));
            String name = group.stream().map(g -> g.cited().name()).filter(n -> n != null).findFirst()
                    .orElse(Texts.titlePrefix(c.title()));
            out.add(new PaperMention(MentionKind.REFERENCE, noteId, group.get(0).line(), name, List.of(), c,
                    List.of(), List.copyOf(slideNumbers), List.of(), List.of(), List.of(), List.of(), List.of(),
                    citationLine(c)));
        }
        return out;
    }

    /** Of the same paper cited several times, the citation that says the most (authors, venue, year). */
    private static Citation richest(List<CitationAt> group) {
        Citation best = group.get(0).citation();
        int bestScore = -1;
        for (CitationAt g : group) {
            Citation c = g.citation();
            int score = (c.authors() == null ? 0 : 1) + (c.venue() == null ? 0 : 1) + (c.year() == null ? 0 : 1);
            if (score > bestScore) {
                best = c;
                bestScore = score;
            }
        }
        return best;
    }

    static String citationLine(Citation c) {
        StringBuilder b = new StringBuilder();
        if (c.prefix() != null) {
            b.append(c.prefix()).append(": ");
        }
        if (c.authors() != null) {
            b.append(c.authors()).append(", ");
        }
        b.append('“').append(c.title()).append(",”");
        if (c.venue() != null) {
            b.append(' ').append(c.venue());
        }
        if (c.year() != null) {
            b.append(' ').append(c.year());
        }
        return b.append('.').toString();
    }

    private static Citation mostFrequent(List<CitationAt> citations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Citation> first = new LinkedHashMap<>();
        for (CitationAt c : citations) {
            String key = Texts.titleKey(c.citation().title());
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, c.citation());
        }
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return first.get(best);
    }

    static boolean samePaper(String titleA, String titleB) {
        return Texts.sameTitle(Texts.titleKey(titleA), Texts.titleKey(titleB));
    }

    /** Whether a heading names the paper a title belongs to ({@code Show-1} for {@code Show-1: Marrying ...}). */
    static boolean namesPaper(String heading, String title) {
        String h = Texts.compact(Texts.stripMath(heading));
        if (h.length() < 2) {
            return false;
        }
        String t = Texts.compact(title);
        if (t.contains(h)) {
            return true;
        }
        String prefix = Texts.titlePrefix(title);
        if (prefix != null && h.contains(Texts.compact(prefix)) && Texts.compact(prefix).length() >= 3) {
            return true;
        }
        Matcher m = PARENTHETICAL.matcher(heading);
        while (m.find()) {
            String acronym = Texts.compact(m.group(1));
            if (acronym.length() >= 2 && t.contains(acronym)) {
                return true;
            }
        }
        return false;
    }
}
