package app.vidatlas.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** A place in the category tree, such as {@code Video Generation / Open-source base models}. */
public record CategoryPath(List<String> segments) implements Comparable<CategoryPath> {
    public static final String SEPARATOR = " / ";

    public CategoryPath {
        segments = List.copyOf(segments);
        if (segments.isEmpty()) {
            throw new IllegalArgumentException("a category path needs at least one segment");
        }
    }

    /** Parses {@code "A / B"} or {@code "A/B"}. */
    public static CategoryPath parse(String text) {
        List<String> parts = Arrays.stream(text.split("/"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
        return new CategoryPath(parts);
    }

    /** The path and every path above it, outermost first: {@code A}, {@code A / B}, {@code A / B / C}. */
    public List<CategoryPath> prefixes() {
        List<CategoryPath> out = new java.util.ArrayList<>(segments.size());
        for (int i = 1; i <= segments.size(); i++) {
            out.add(new CategoryPath(segments.subList(0, i)));
        }
        return out;
    }

    /** Its last segment: {@code C} of {@code A / B / C}. */
    public String last() {
        return segments.get(segments.size() - 1);
    }

    @Override
    public int compareTo(CategoryPath o) {
        return toString().compareToIgnoreCase(Objects.requireNonNull(o).toString());
    }

    @Override
    public String toString() {
        return String.join(SEPARATOR, segments);
    }
}
