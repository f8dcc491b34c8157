package app.vidatlas.catalog.merge;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.NameFinder;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Link;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.PaperMention;
import app.vidatlas.notes.ParsedNote;
import app.vidatlas.notes.Passage;
import app.vidatlas.notes.Texts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Merges what every note says about a paper into one catalog entry. A mention joins a paper when its title is the
 * same, or nearly the same (titles the notes damaged: {@code ecomposed}, {@code Edigng}), or when it carries a
 * curated name. The curated metadata wins for metadata; the notes win for content. See
 * {@code docs/decisions/0002-how-papers-are-merged.md}.
 */
public final class CatalogBuilder {
    private static final int MIN_TOKEN = 4;
    /** How many of a title's rarest words find the papers it is compared with. */
    private static final int RARE_TOKENS = 3;
    /** A word held by more papers than this is too common to narrow anything down. */
    private static final int MAX_HOLDERS = 40;

    private final Metadata metadata;
    private final List<PaperCluster> clusters = new ArrayList<>();
    private final Map<String, PaperCluster> byCurated = new HashMap<>();
    private final Map<String, PaperCluster> byTitleKey = new HashMap<>();
    private final Map<String, List<PaperCluster>> byToken = new HashMap<>();
    /** Clusters by their title's first word, and by the rest of it: one damaged word leaves one of them intact. */
    private final Map<String, List<PaperCluster>> byFirstWord = new HashMap<>();
    private final Map<String, List<PaperCluster>> byRest = new HashMap<>();
    private final Map<String, List<String>> curatedByFirstWord = new HashMap<>();
    private final Map<String, List<String>> curatedByRest = new HashMap<>();
    private final Map<String, CuratedPaper> curatedByTitle = new HashMap<>();
    private final Map<String, CuratedPaper> curatedByName = new HashMap<>();

    public CatalogBuilder(Metadata metadata) {
        this.metadata = metadata;
        for (CuratedPaper c : metadata.papers()) {
            String titleKey = Texts.titleKey(c.title());
            curatedByTitle.putIfAbsent(titleKey, c);
            curatedByFirstWord.computeIfAbsent(Texts.firstWord(titleKey), k -> new ArrayList<>()).add(titleKey);
            curatedByRest.computeIfAbsent(Texts.restOfTitle(titleKey), k -> new ArrayList<>()).add(titleKey);
            for (String name : c.names()) {
                String key = Texts.compact(name);
                if (key.length() >= 3) {
                    curatedByName.putIfAbsent(key, c);
                }
            }
        }
    }

    /**
     * The catalog of these notes, kept in the order given: the loader's (a book's table of contents, else their
     * paths), which is also the order papers are first brought up in.
     */
    public Catalog build(List<ParsedNote> notes, List<Diagnostic> loadDiagnostics) {
        List<ParsedNote> ordered = List.copyOf(notes);
        List<PaperMention> byNameOnly = new ArrayList<>();
        for (ParsedNote note : ordered) {
            for (PaperMention m : note.mentions()) {
                if (PaperCluster.isNameOnly(m)) {
                    byNameOnly.add(m);
                } else {
                    cluster(m).add(m);
                }
            }
        }
        // A mention that gives only a name (CameraCtrl[He等人2025a], a table's "TMR") joins the one paper of that
        // name once every titled mention is in, whichever note came first; failing that it is a paper of its own.
        Map<String, List<PaperCluster>> named = clustersByName();
        for (PaperMention m : byNameOnly) {
            PaperCluster c = null;
            if (curatedFor(m, Texts.titleKey(m.title())) == null) {
                c = onlyOne(named.get(Texts.compact(m.title())));
                c = c != null ? c : onlyOne(sameFirstAuthorAndYear(m));
            }
            (c != null ? c : cluster(m)).add(m);
        }
        NameFinder<Object> finder = nameFinder();
        for (ParsedNote note : ordered) {
            for (Passage passage : note.passages()) {
                addPassage(note.note().id(), passage, finder);
            }
        }
        List<Diagnostic> diagnostics = new ArrayList<>(loadDiagnostics);
        diagnostics.addAll(metadata.diagnostics());
        List<Note> loaded = ordered.stream().map(ParsedNote::note).toList();
        List<Paper> merged = papers();
        PaperReading reading = new PaperReading(loaded, merged);
        List<Paper> papers = merged.stream().map(p -> p.withRead(reading.read(p))).toList();
        return new Catalog(papers, loaded, diagnostics);
    }

    // ---- finding the paper a mention belongs to ------------------------------------------------------------


    private Map<String, List<PaperCluster>> clustersByName() {
        Map<String, List<PaperCluster>> out = new HashMap<>();
        for (PaperCluster c : clusters) {
            Set<String> keys = new LinkedHashSet<>();
            for (String name : c.names()) {
                keys.add(Texts.compact(name));
                String prefix = Texts.titlePrefix(name);
                if (prefix != null) {
                    keys.add(Texts.compact(prefix));
                }
            }
            keys.stream().filter(k -> k.length() >= 2).forEach(k -> out.computeIfAbsent(k, x -> new ArrayList<>()).add(c));
        }
        return out;
    }

    /**
     * "RL [Black et al., 2023]": the one paper of that first author and year whose title the name abbreviates or
     * holds. Author and year alone are not enough: "DELTA [Feng等2023]" is not Feng et al.'s other 2023 paper.
     */
    private List<PaperCluster> sameFirstAuthorAndYear(PaperMention m) {
        String surname = firstSurname(m.citation().authors());
        Integer year = m.citation().year();
        if (surname == null || year == null) {
            return List.of();
        }
        return clusters.stream().filter(c -> c.mentions.stream().anyMatch(o -> !PaperCluster.isNameOnly(o)
                && year.equals(o.citation().year()) && surname.equals(firstSurname(o.citation().authors()))
                && (Texts.abbreviates(m.title(), o.title()) || Texts.compact(o.title()).contains(Texts.compact(m.title())))))
                .toList();
    }

    private static String firstSurname(String authors) {
        if (authors == null || authors.isBlank()) {
            return null;
        }
        String first = authors.split(",| and | et al")[0].strip();
        String[] words = first.split("\\s+");
        return words.length == 0 ? null : words[words.length - 1].toLowerCase(java.util.Locale.ROOT);
    }

    private static PaperCluster onlyOne(List<PaperCluster> candidates) {
        return candidates != null && candidates.size() == 1 ? candidates.get(0) : null;
    }

    private PaperCluster cluster(PaperMention m) {
        String key = Texts.titleKey(m.title());
        CuratedPaper curated = curatedFor(m, key);
        if (curated != null) {
            return byCurated.computeIfAbsent(curated.id(), id -> newCluster(curated, curated.title()));
        }
        PaperCluster exact = byTitleKey.get(key);
        if (exact != null) {
            return exact;
        }
        PaperCluster near = nearest(key);
        if (near != null) {
            byTitleKey.put(key, near);
            return near;
        }
        return newCluster(null, m.title());
    }

    private CuratedPaper curatedFor(PaperMention m, String key) {
        CuratedPaper c = curatedByTitle.get(key);
        if (c != null) {
            return c;
        }
        // A damaged title keeps its first word or the rest of it: only those curated titles are compared.
        List<String> near = new ArrayList<>(curatedByFirstWord.getOrDefault(Texts.firstWord(key), List.of()));
        near.addAll(curatedByRest.getOrDefault(Texts.restOfTitle(key), List.of()));
        for (String candidate : near) {
            if (Texts.sameTitle(key, candidate)) {
                return curatedByTitle.get(candidate);
            }
        }
        List<String> names = new ArrayList<>(m.altNames());
        if (m.name() != null) {
            names.add(0, m.name());
        }
        for (String name : names) {
            CuratedPaper byName = curatedByName.get(Texts.compact(name));
            if (byName != null) {
                return byName;
            }
        }
        return null;
    }

    /**
     * The uncurated paper whose title is nearly this one. Only papers that share one of the title's rarest words
     * are compared (a damaged title keeps most of its words), so merging stays near-linear on large corpora.
     */
    private PaperCluster nearest(String key) {
        Set<PaperCluster> candidates = new LinkedHashSet<>();
        addBounded(candidates, byFirstWord.get(Texts.firstWord(key)));
        addBounded(candidates, byRest.get(Texts.restOfTitle(key)));
        // Words no paper has yet (a damaged word, say) cannot lead to one; words too many have narrow nothing.
        List<String> rare = new ArrayList<>(tokens(key).stream().filter(t -> {
            int holders = byToken.getOrDefault(t, List.of()).size();
            return holders > 0 && holders <= MAX_HOLDERS;
        }).toList());
        rare.sort(java.util.Comparator.comparingInt(t -> byToken.get(t).size()));
        rare = rare.subList(0, Math.min(RARE_TOKENS, rare.size()));
        // A damaged title loses at most one of its rarest words: a candidate holds all but one of them.
        int needed = Math.max(1, rare.size() - 1);
        Map<PaperCluster, Integer> shared = new LinkedHashMap<>();
        for (String t : rare) {
            byToken.get(t).forEach(c -> shared.merge(c, 1, Integer::sum));
        }
        shared.forEach((c, n) -> {
            if (n >= needed) {
                candidates.add(c);
            }
        });
        // The closest of those that are the same title (the banded check rules most out cheaply).
        return candidates.stream()
                .filter(c -> Texts.sameTitle(key, c.titleKey))
                .max(java.util.Comparator.comparingDouble(c -> Texts.similarity(key, c.titleKey)))
                .orElse(null);
    }

    private static void addBounded(Set<PaperCluster> into, List<PaperCluster> from) {
        if (from != null && from.size() <= MAX_HOLDERS) {
            into.addAll(from);
        }
    }

    private PaperCluster newCluster(CuratedPaper curated, String title) {
        PaperCluster c = new PaperCluster(curated, Texts.titleKey(title));
        clusters.add(c);
        byTitleKey.putIfAbsent(c.titleKey, c);
        for (String t : tokens(c.titleKey)) {
            byToken.computeIfAbsent(t, k -> new ArrayList<>()).add(c);
        }
        byFirstWord.computeIfAbsent(Texts.firstWord(c.titleKey), k -> new ArrayList<>()).add(c);
        if (!Texts.restOfTitle(c.titleKey).isEmpty()) {
            byRest.computeIfAbsent(Texts.restOfTitle(c.titleKey), k -> new ArrayList<>()).add(c);
        }
        return c;
    }

    private static Set<String> tokens(String key) {
        Set<String> out = new LinkedHashSet<>();
        for (String t : key.split(" ")) {
            if (t.length() >= MIN_TOKEN) {
                out.add(t);
            }
        }
        return out;
    }

    // ---- plain-text notes -----------------------------------------------------------------------------------

    private NameFinder<Object> nameFinder() {
        NameFinder<Object> finder = new NameFinder<>();
        for (CuratedPaper c : metadata.papers()) {
            c.names().forEach(n -> finder.add(n, c));
        }
        for (PaperCluster c : clusters) {
            if (c.curated == null) {
                c.names().forEach(n -> finder.add(n, c));
            }
        }
        return finder;
    }

    private void addPassage(String note, Passage passage, NameFinder<Object> finder) {
        Set<PaperCluster> found = new LinkedHashSet<>();
        for (NameFinder.Match<Object> match : finder.find(passage.text())) {
            Object target = match.target();
            found.add(target instanceof CuratedPaper c
                    ? byCurated.computeIfAbsent(c.id(), id -> newCluster(c, c.title()))
                    : (PaperCluster) target);
        }
        for (PaperCluster c : found) {
            c.passages.add(new Annotation(AnnotationKind.PASSAGE, passage.text(), note, 0, passage.line()));
            c.sources.computeIfAbsent(note, k -> new TreeSet<>());
            if (found.size() == 1) {
                passage.links().forEach(url -> c.extraLinks.add(Link.of(url)));
            }
        }
    }

    // ---- papers ---------------------------------------------------------------------------------------------

    private List<Paper> papers() {
        Set<String> usedIds = new HashSet<>();
        metadata.papers().forEach(c -> usedIds.add(c.id()));
        List<Paper> papers = new ArrayList<>();
        for (PaperCluster c : clusters) {
            papers.add(c.toPaper(usedIds));
        }
        return papers;
    }

    static String slug(String text) {
        String d = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return EDGE_DASHES.matcher(NOT_ALNUM.matcher(d.toLowerCase(Locale.ROOT)).replaceAll("-")).replaceAll("");
    }

    // Compiled once: a slug is made for every paper of a catalog.
    private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}+");
    private static final java.util.regex.Pattern NOT_ALNUM = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final java.util.regex.Pattern EDGE_DASHES = java.util.regex.Pattern.compile("^-+|-+$");

}
