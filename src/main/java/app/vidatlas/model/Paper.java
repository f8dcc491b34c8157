package app.vidatlas.model;

import java.util.List;
import java.util.Objects;

/**
 * One paper of the catalog, merged from every note that discusses it and the curated metadata.
 *
 * @param id          stable, readable id ({@code show-1})
 * @param title       full title
 * @param shortName   the name people use ({@code Show-1}, {@code SVD})
 * @param aliases     other names it goes by
 * @param authors     authors: full names from the metadata, or as the notes write them ({@code Zhang et al.})
 * @param year        year, or null
 * @param venue       venue ({@code ICCV 2023}, {@code arXiv}), or null
 * @param arxiv       arXiv id, or null
 * @param categories  category paths: the notes' headings and the curated ones
 * @param tags        tags from the notes' paper tables
 * @param links       code, arXiv, ReadPapers and other links
 * @param sources     every note that discusses it, with slides
 * @param keyPoints   its bullets from the notes
 * @param figures     its figures, in note order
 * @param annotations its annotations, in note order
 * @param excerpts    what shared slides (tables, references) say about it; its own sections are whole slides
 * @param attributes  curated comparison attributes
 * @param curated     whether the curated metadata knows the paper
 * @param read        comparison attributes read from its slides, each value with the sentences that say it
 */
public record Paper(String id, String title, String shortName, List<String> aliases, List<String> authors,
                    Integer year, String venue, String arxiv, List<CategoryPath> categories, List<String> tags,
                    List<Link> links, List<Source> sources, List<String> keyPoints, List<Figure> figures,
                    List<Annotation> annotations, List<Excerpt> excerpts, Attributes attributes, boolean curated,
                    List<ReadValue> read) {
    public Paper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        shortName = Objects.requireNonNullElse(shortName, title);
        aliases = List.copyOf(aliases);
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        tags = List.copyOf(tags);
        links = List.copyOf(links);
        sources = List.copyOf(sources);
        keyPoints = List.copyOf(keyPoints);
        figures = List.copyOf(figures);
        annotations = List.copyOf(annotations);
        excerpts = List.copyOf(excerpts);
        attributes = Objects.requireNonNullElse(attributes, Attributes.NONE);
        read = read == null ? List.of() : List.copyOf(read);
    }

    /** A paper as the notes and metadata give it, before its attributes are read from its slides. */
    public Paper(String id, String title, String shortName, List<String> aliases, List<String> authors,
                 Integer year, String venue, String arxiv, List<CategoryPath> categories, List<String> tags,
                 List<Link> links, List<Source> sources, List<String> keyPoints, List<Figure> figures,
                 List<Annotation> annotations, List<Excerpt> excerpts, Attributes attributes, boolean curated) {
        this(id, title, shortName, aliases, authors, year, venue, arxiv, categories, tags, links, sources, keyPoints,
                figures, annotations, excerpts, attributes, curated, List.of());
    }

    /** The same paper with the attributes read from its slides. */
    public Paper withRead(List<ReadValue> values) {
        return new Paper(id, title, shortName, aliases, authors, year, venue, arxiv, categories, tags, links, sources,
                keyPoints, figures, annotations, excerpts, attributes, curated, values);
    }

    /** The values read for one attribute, most evidence first. */
    public List<ReadValue> read(String attribute) {
        return read.stream().filter(v -> v.attribute().equals(attribute))
                .sorted(java.util.Comparator.comparingInt((ReadValue v) -> -v.evidence().size())).toList();
    }

    /** The first code link, or null. */
    public String codeUrl() {
        return links.stream().filter(l -> l.kind() == LinkKind.CODE).map(Link::url).findFirst().orElse(null);
    }

    /** All the names it is known by: short name, aliases and title. */
    public List<String> names() {
        java.util.List<String> names = new java.util.ArrayList<>();
        names.add(shortName);
        names.addAll(aliases);
        names.add(title);
        return names;
    }
}
