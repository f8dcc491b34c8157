package app.vidatlas.catalog.merge;

import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;

import java.util.List;
import java.util.Objects;

/** One entry of {@code data/papers.json}: facts about a paper, checked against the paper. */
public record CuratedPaper(String id, String title, String shortName, List<String> aliases, List<String> authors,
                           Integer year, String venue, String arxiv, String code, List<CategoryPath> categories,
                           Attributes attributes) {
    public CuratedPaper {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortName, "shortName");
        aliases = List.copyOf(aliases);
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        attributes = Objects.requireNonNullElse(attributes, Attributes.NONE);
    }

    /** Short name, aliases and title: every name the paper may be found by. */
    public List<String> names() {
        List<String> names = new java.util.ArrayList<>();
        names.add(shortName);
        names.addAll(aliases);
        names.add(title);
        return names;
    }
}
