package app.vidatlas.catalog;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Excerpt;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.LinkKind;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
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
    private final List<Cluster> clusters = new ArrayList<>();
    private final Map<String, Cluster> byCurated = new HashMap<>();
    private final Map<String, Cluster> byTitleKey = new HashMap<>();
    private final Map<String, List<Cluster>> byToken = new HashMap<>();
    /** Clusters by their title's first word, and by the rest of it: one damaged word leaves one of them intact. */
    private final Map<String, List<Cluster>> byFirstWord = new HashMap<>();
    private final Map<String, List<Cluster>> byRest = new HashMap<>();
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
                if (isNameOnly(m)) {
                    byNameOnly.add(m);
                } else {
                    cluster(m).add(m);
                }
            }
        }
        // A mention that gives only a name (CameraCtrl[He等人2025a], a table's "TMR") joins the one paper of that
        // name once every titled mention is in, whichever note came first; failing that it is a paper of its own.
        Map<String, List<Cluster>> named = clustersByName();
        for (PaperMention m : byNameOnly) {
            Cluster c = null;
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
        return new Catalog(papers(), loaded, diagnostics);
    }

    // ---- finding the paper a mention belongs to ------------------------------------------------------------

    /** A title that is only a name: one word, or a word or two that are the name the mention gives. */
    static boolean isNameOnly(PaperMention m) {
        String title = m.title().strip();
        return !title.contains(" ") || title.split("\\s+").length <= 2 && m.name() != null
                && Texts.compact(m.name()).equals(Texts.compact(title));
    }

    private Map<String, List<Cluster>> clustersByName() {
        Map<String, List<Cluster>> out = new HashMap<>();
        for (Cluster c : clusters) {
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
    private List<Cluster> sameFirstAuthorAndYear(PaperMention m) {
        String surname = firstSurname(m.citation().authors());
        Integer year = m.citation().year();
        if (surname == null || year == null) {
            return List.of();
        }
        return clusters.stream().filter(c -> c.mentions.stream().anyMatch(o -> !isNameOnly(o)
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

    private static Cluster onlyOne(List<Cluster> candidates) {
        return candidates != null && candidates.size() == 1 ? candidates.get(0) : null;
    }

    private Cluster cluster(PaperMention m) {
        String key = Texts.titleKey(m.title());
        CuratedPaper curated = curatedFor(m, key);
        if (curated != null) {
            return byCurated.computeIfAbsent(curated.id(), id -> newCluster(curated, curated.title()));
        }
        Cluster exact = byTitleKey.get(key);
        if (exact != null) {
            return exact;
        }
        Cluster near = nearest(key);
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
    private Cluster nearest(String key) {
        Set<Cluster> candidates = new LinkedHashSet<>();
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
        Map<Cluster, Integer> shared = new LinkedHashMap<>();
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

    private static void addBounded(Set<Cluster> into, List<Cluster> from) {
        if (from != null && from.size() <= MAX_HOLDERS) {
            into.addAll(from);
        }
    }

    private Cluster newCluster(CuratedPaper curated, String title) {
        Cluster c = new Cluster(curated, Texts.titleKey(title));
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
        for (Cluster c : clusters) {
            if (c.curated == null) {
                c.names().forEach(n -> finder.add(n, c));
            }
        }
        return finder;
    }

    private void addPassage(String note, Passage passage, NameFinder<Object> finder) {
        Set<Cluster> found = new LinkedHashSet<>();
        for (NameFinder.Match<Object> match : finder.find(passage.text())) {
            Object target = match.target();
            found.add(target instanceof CuratedPaper c
                    ? byCurated.computeIfAbsent(c.id(), id -> newCluster(c, c.title()))
                    : (Cluster) target);
        }
        for (Cluster c : found) {
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
        for (Cluster c : clusters) {
            papers.add(c.toPaper(usedIds));
        }
        return papers;
    }

    static String slug(String text) {
        String d = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    }

    /** The mentions of one paper, gathered before they become a {@link Paper}. */
    private static final class Cluster {
        final CuratedPaper curated;
        final String titleKey;
        final List<PaperMention> mentions = new ArrayList<>();
        final List<Annotation> passages = new ArrayList<>();
        final Map<String, TreeSet<Integer>> sources = new LinkedHashMap<>();
        final Set<Link> extraLinks = new LinkedHashSet<>();

        Cluster(CuratedPaper curated, String titleKey) {
            this.curated = curated;
            this.titleKey = titleKey;
        }

        void add(PaperMention m) {
            mentions.add(m);
            sources.computeIfAbsent(m.note(), k -> new TreeSet<>()).addAll(m.slides());
        }

        List<String> names() {
            List<String> names = new ArrayList<>();
            for (PaperMention m : mentions) {
                if (m.name() != null) {
                    names.add(m.name());
                }
                names.addAll(m.altNames());
                names.add(m.title());
            }
            return names;
        }

        Paper toPaper(Set<String> usedIds) {
            String title = curated != null ? curated.title() : commonestTitle();
            String shortName = curated != null ? curated.shortName() : firstName(title);
            String id = curated != null ? curated.id() : uniqueId(shortName, title, usedIds);

            Set<String> aliases = new LinkedHashSet<>();
            if (curated != null) {
                aliases.addAll(curated.aliases());
            }
            for (PaperMention m : mentions) {
                if (m.name() != null) {
                    aliases.add(m.name());
                }
                aliases.addAll(m.altNames());
            }
            String prefix = Texts.titlePrefix(title);
            if (prefix != null) {
                aliases.add(prefix);
            }
            List<String> aliasList = distinctNames(aliases, shortName, title);

            List<String> authors = curated != null && !curated.authors().isEmpty() ? curated.authors()
                    : mentions.stream().map(m -> m.citation().authors()).filter(a -> a != null).findFirst()
                    .map(List::of).orElse(List.of());
            Integer year = curated != null && curated.year() != null ? curated.year()
                    : mentions.stream().map(m -> m.citation().year()).filter(y -> y != null).findFirst().orElse(null);
            String venue = curated != null && curated.venue() != null ? curated.venue()
                    : mentions.stream().map(m -> m.citation().venue()).filter(v -> v != null).findFirst().orElse(null);

            Set<CategoryPath> categories = new LinkedHashSet<>();
            mentions.stream().filter(m -> !m.category().isEmpty())
                    .forEach(m -> categories.add(new CategoryPath(m.category())));
            if (curated != null) {
                categories.addAll(curated.categories());
            }

            Set<Link> links = new LinkedHashSet<>();
            if (curated != null && curated.code() != null) {
                links.add(new Link(curated.code(), LinkKind.CODE));
            }
            if (curated != null && curated.arxiv() != null) {
                links.add(new Link("https://arxiv.org/abs/" + curated.arxiv(), LinkKind.ARXIV));
            }
            mentions.forEach(m -> links.addAll(m.links()));
            links.addAll(extraLinks);

            List<Source> sourceList = new ArrayList<>();
            sources.forEach((note, slides) -> sourceList.add(new Source(note, List.copyOf(slides))));

            Set<String> tags = new LinkedHashSet<>();
            Set<String> keyPoints = new LinkedHashSet<>();
            Set<Figure> figures = new LinkedHashSet<>();
            Set<Annotation> annotations = new LinkedHashSet<>();
            for (PaperMention m : mentions) {
                tags.addAll(m.tags());
                keyPoints.addAll(m.keyPoints());
                figures.addAll(m.figures());
                annotations.addAll(m.annotations());
            }
            annotations.addAll(passages);
            Set<Excerpt> excerpts = new LinkedHashSet<>();
            for (PaperMention m : mentions) {
                if (m.excerpt() != null) {
                    if (m.slides().isEmpty()) {
                        excerpts.add(new Excerpt(m.note(), 0, m.excerpt()));
                    }
                    m.slides().forEach(s -> excerpts.add(new Excerpt(m.note(), s, m.excerpt())));
                }
            }

            return new Paper(id, title, shortName, aliasList, authors, year, venue,
                    curated == null ? null : curated.arxiv(), List.copyOf(categories), List.copyOf(tags),
                    distinctUrls(links), sourceList, List.copyOf(keyPoints), List.copyOf(figures),
                    List.copyOf(annotations), List.copyOf(excerpts), curated == null ? null : curated.attributes(),
                    curated != null);
        }

        /**
         * The spelling written on the most slides: a damaged title written once loses to the intact one written
         * twice.
         */
        private String commonestTitle() {
            Map<String, Integer> counts = new LinkedHashMap<>();
            for (PaperMention m : mentions) {
                // A bare name (CAT3D) stands for the title only while no mention writes the whole one.
                int weight = isNameOnly(m) ? 0 : Math.max(1, m.slides().size());
                counts.merge(m.title(), weight, Integer::sum);
            }
            return counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        private String firstName(String title) {
            for (PaperMention m : mentions) {
                if (m.name() != null && !m.name().isBlank()) {
                    return m.name();
                }
            }
            String prefix = Texts.titlePrefix(title);
            return prefix != null ? prefix : title;
        }

        private static String uniqueId(String shortName, String title, Set<String> used) {
            String base = slug(shortName);
            if (base.isEmpty() || base.length() > 40) {
                base = slug(title);
            }
            if (base.length() > 40) {
                base = base.substring(0, 40).replaceAll("-+$", "");
            }
            if (base.isEmpty()) {
                base = "paper";
            }
            String id = base;
            for (int n = 2; !used.add(id); n++) {
                id = base + "-" + n;
            }
            return id;
        }

        private static List<String> distinctNames(Set<String> names, String shortName, String title) {
            // Spelling variants (WALT, W.A.L.T) stay: people type them, and search finds by them.
            Set<String> seen = new HashSet<>();
            seen.add(Texts.squash(shortName).toLowerCase(Locale.ROOT));
            seen.add(Texts.squash(title).toLowerCase(Locale.ROOT));
            List<String> out = new ArrayList<>();
            for (String n : names) {
                if (seen.add(Texts.squash(n).toLowerCase(Locale.ROOT))) {
                    out.add(n);
                }
            }
            return out;
        }

        private static List<Link> distinctUrls(Set<Link> links) {
            Map<String, Link> byUrl = new LinkedHashMap<>();
            links.forEach(l -> byUrl.putIfAbsent(l.url().replaceAll("/+$", ""), l));
            return List.copyOf(byUrl.values());
        }
    }
}
