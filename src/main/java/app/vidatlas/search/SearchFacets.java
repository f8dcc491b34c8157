package app.vidatlas.search;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.Facets;
import app.vidatlas.index.GroupInfoCodec;
import app.vidatlas.index.ResultGroups;
import app.vidatlas.model.CategoryPath;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A search's facet counts over its matching papers: categories (with their parents), years and venues. The values
 * and their order are the catalog's ({@link Facets} for years and venues, {@link CategoryTree}'s filing and key rule
 * for categories), so that a search's facets and the list's agree. Each group's values are numbered once, when the
 * index opens, so that counting a query's matches is a walk over arrays.
 */
final class SearchFacets {
    private final Values categories = new Values();
    private final Values years = new Values();
    private final Values venues = new Values();
    private final int[][] groupCategories;
    private final int[] groupYear;
    private final int[] groupVenue;

    SearchFacets(ResultGroups groups) {
        int n = groups.count();
        groupCategories = new int[n][];
        groupYear = new int[n];
        groupVenue = new int[n];
        for (int g = 0; g < n; g++) {
            GroupInfoCodec.Info info = groups.info(g);
            groupYear[g] = -1;
            groupVenue[g] = -1;
            if (info == null || !info.isPaper()) {
                continue; // a slide no paper owns counts in no facet
            }
            Set<Integer> paths = new LinkedHashSet<>();
            for (CategoryPath c : CategoryTree.filedUnder(info.categories())) {
                for (CategoryPath prefix : c.prefixes()) {
                    paths.add(categories.number(CategoryTree.key(prefix), prefix.toString()));
                }
            }
            groupCategories[g] = paths.stream().mapToInt(Integer::intValue).toArray();
            String year = Facets.year(info.year());
            groupYear[g] = years.number(year, year);
            String venue = Facets.venue(info.venue());
            groupVenue[g] = venues.number(venue, venue);
        }
    }

    /** Counts over the matching groups, by facet ("category", "year", "venue"). */
    Map<String, Map<String, Integer>> count(FixedBitSet matched) {
        int[] category = new int[categories.names.size()];
        int[] year = new int[years.names.size()];
        int[] venue = new int[venues.names.size()];
        for (int g = matched.nextSetBit(0); g != DocIdSetIterator.NO_MORE_DOCS;
             g = g + 1 >= matched.length() ? DocIdSetIterator.NO_MORE_DOCS : matched.nextSetBit(g + 1)) {
            if (groupCategories[g] == null) {
                continue;
            }
            for (int c : groupCategories[g]) {
                category[c]++;
            }
            year[groupYear[g]]++;
            venue[groupVenue[g]]++;
        }
        return Map.of("category", categories.counts(category, Comparator.naturalOrder()),
                "year", years.counts(year, Facets.YEAR_ORDER), "venue", venues.counts(venue, Facets.VENUE_ORDER));
    }

    /** One facet's values, numbered; a value is shown as first spelled. */
    private static final class Values {
        private final Map<String, Integer> byKey = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int number(String key, String name) {
            return byKey.computeIfAbsent(key, k -> {
                names.add(name);
                return names.size() - 1;
            });
        }

        Map<String, Integer> counts(int[] counts, Comparator<String> order) {
            Map<String, Integer> out = new TreeMap<>(order);
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] > 0) {
                    out.put(names.get(i), counts[i]);
                }
            }
            return out;
        }
    }
}
