package app.vidatlas.export;

import app.vidatlas.model.Attributes;
import app.vidatlas.model.Paper;

import java.util.List;

/** Small papers for comparison tests: an id (also its name and title) and a year. */
final class ComparisonExportFixtures {
    private ComparisonExportFixtures() {
    }

    static Paper paper(String id, String year) {
        return new Paper(id, "Title of " + id, id, List.of(), List.of(), Integer.valueOf(year), null, null, List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), Attributes.NONE, false);
    }

    static Paper paper(String id, String title, String venue) {
        return new Paper(id, title, id, List.of(), List.of(), 2023, venue, null, List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), Attributes.NONE, false);
    }
}
