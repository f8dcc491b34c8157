package app.vidatlas.ui;

import app.vidatlas.model.CategoryPath;

import java.util.ArrayList;
import java.util.List;

/**
 * What the status bar says the list holds: "37 papers · 5 notes", "5 of 37 papers · Open-source base models",
 * "2 of 37 papers · Reading list", "12 results for “motion”", "3 selected · 5 of 37 papers · …". One sentence, made
 * here only, from what is shown.
 *
 * @param shown     papers in the list shown
 * @param total     papers in the notes open
 * @param notes     notes open
 * @param category  the category chosen, or null for all papers
 * @param reading   whether the reading list is shown
 * @param year      the year chosen, or null
 * @param venue     the venue chosen, or null ("" is "not stated")
 * @param query     the search's query, blank when there is none
 * @param results   the search's results when there is a query
 * @param selected  papers selected in the list
 * @param starredElsewhere papers on the reading list that the notes open do not hold
 */
public record ListSummary(int shown, int total, int notes, CategoryPath category, boolean reading, String year,
                          String venue, String query, int results, int selected, int starredElsewhere) {
    /** The same without starred papers in other notes. */
    public ListSummary(int shown, int total, int notes, CategoryPath category, boolean reading, String year,
                       String venue, String query, int results, int selected) {
        this(shown, total, notes, category, reading, year, venue, query, results, selected, 0);
    }

    public String text() {
        if (query != null && !query.isBlank()) {
            return results + (results == 1 ? " result" : " results") + " for “" + query.strip() + "”";
        }
        List<String> parts = new ArrayList<>();
        boolean filtered = category != null || reading || year != null || venue != null;
        String count = (filtered ? shown + " of " : "") + total + (total == 1 ? " paper" : " papers");
        if (selected > 1) {
            parts.add(selected + " selected");
        }
        parts.add(count);
        if (!filtered) {
            parts.add(notes + (notes == 1 ? " note" : " notes"));
        }
        if (reading) {
            parts.add("Reading list");
            if (starredElsewhere > 0) {
                // The reading list is the user's, not the folder's: what it holds elsewhere is said, not hidden.
                parts.add(starredElsewhere + (starredElsewhere == 1 ? " starred paper is" : " starred papers are")
                        + " in notes not open");
            }
        } else if (category != null && !category.segments().isEmpty()) {
            parts.add(category.segments().get(category.segments().size() - 1));
        }
        if (year != null) {
            parts.add(year.isEmpty() ? "year not stated" : year);
        }
        if (venue != null) {
            parts.add(venue.isEmpty() ? "venue not stated" : venue);
        }
        return String.join(" · ", parts);
    }
}
