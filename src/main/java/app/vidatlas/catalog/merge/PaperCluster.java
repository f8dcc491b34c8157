package app.vidatlas.catalog.merge;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Excerpt;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.LinkKind;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import app.vidatlas.notes.PaperMention;
import app.vidatlas.notes.Texts;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** The mentions of one paper, gathered before they become a {@link Paper}. */
final class PaperCluster {
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** A title that is only a name: one word, or a word or two that are the name the mention gives. */
    static boolean isNameOnly(PaperMention m) {
        String title = m.title().strip();
        return !title.contains(" ") || WHITE_SPACE.split(title).length <= 2 && m.name() != null
                && Texts.compact(m.name()).equals(Texts.compact(title));
    }

    final CuratedPaper curated;
    final String titleKey;
    final List<PaperMention> mentions = new ArrayList<>();
    final List<Annotation> passages = new ArrayList<>();
    final Map<String, TreeSet<Integer>> sources = new LinkedHashMap<>();
    final Set<Link> extraLinks = new LinkedHashSet<>();

    PaperCluster(CuratedPaper curated, String titleKey) {
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
        String base = CatalogBuilder.slug(shortName);
        if (base.isEmpty() || base.length() > 40) {
            base = CatalogBuilder.slug(title);
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
