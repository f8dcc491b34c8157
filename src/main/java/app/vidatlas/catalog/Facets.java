package app.vidatlas.catalog;

import app.vidatlas.model.Paper;

import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * How many papers have each year ({@code "2023"}, newest first) and each venue; {@code ""} is "not stated". The one
 * place that says what a paper's facet values are and how they are ordered: the list's facets, a search's facets and
 * the filters all read them from here.
 */
public record Facets(Map<String, Integer> years, Map<String, Integer> venues) {
    public static final Facets NONE = new Facets(Map.of(), Map.of());

    /** Years newest first, "not stated" last. */
    public static final Comparator<String> YEAR_ORDER = Comparator.<String, Boolean>comparing(String::isEmpty)
            .thenComparing(Comparator.reverseOrder());
    /** Venues by name, case aside (so "arXiv" sorts among the A's), "not stated" last. */
    public static final Comparator<String> VENUE_ORDER = Comparator.<String, Boolean>comparing(String::isEmpty)
            .thenComparing(String.CASE_INSENSITIVE_ORDER).thenComparing(Comparator.naturalOrder());

    public Facets {
        years = Collections.unmodifiableMap(ordered(years, YEAR_ORDER));
        venues = Collections.unmodifiableMap(ordered(venues, VENUE_ORDER));
    }

    /** Counts these papers. */
    public static Facets count(Collection<Paper> papers) {
        return new Facets(counts(papers, Facets::yearOf), counts(papers, Facets::venueOf));
    }

    /** A paper's year as a facet value; "" when the year is not known. */
    public static String yearOf(Paper p) {
        return year(p.year());
    }

    /** A year as a facet value; "" when not known. For what keeps a paper's year without the paper (the index). */
    public static String year(Integer year) {
        return year == null ? "" : year.toString();
    }

    /** A paper's venue as a facet value, as the notes or metadata write it; "" when not stated. */
    public static String venueOf(Paper p) {
        return venue(p.venue());
    }

    /** A venue as a facet value; "" when not stated. For what keeps a paper's venue without the paper (the index). */
    public static String venue(String venue) {
        return Objects.requireNonNullElse(venue, "").strip();
    }

    /** Whether a paper passes a year and a venue filter (null: any). */
    public static boolean matches(Paper p, String year, String venue) {
        return (year == null || year.equals(yearOf(p))) && (venue == null || venue.equals(venueOf(p)));
    }

    private static Map<String, Integer> counts(Collection<Paper> papers, Function<Paper, String> key) {
        Map<String, Integer> out = new TreeMap<>();
        papers.forEach(p -> out.merge(key.apply(p), 1, Integer::sum));
        return out;
    }

    private static Map<String, Integer> ordered(Map<String, Integer> counts, Comparator<String> order) {
        Map<String, Integer> out = new TreeMap<>(order);
        out.putAll(counts);
        return out;
    }
}
