package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.PaperAttributes;
import app.vidatlas.library.TestCatalogs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a comparison's values come from: curated ones say so, read ones show their sentence and open their slide. */
class ComparisonSourcesTest {
    private static Catalog catalog;
    private static PageRenderer pages;

    @BeforeAll
    static void load() {
        catalog = TestCatalogs.bundled();
        pages = TestPages.of(catalog);
    }

    /** The HTML inside column {@code column}'s cell of the row {@code row}. */
    private static String cell(String page, String row, int column) {
        Matcher tr = Pattern.compile("<tr[^>]*data-row=\"" + row + "\"[^>]*>(.*?)</tr>", Pattern.DOTALL).matcher(page);
        assertThat(tr.find()).as("row " + row).isTrue();
        Matcher td = Pattern.compile("<td[^>]*>(.*?)</td>", Pattern.DOTALL).matcher(tr.group(1));
        for (int i = 0; i <= column; i++) {
            assertThat(td.find()).as("cell " + i).isTrue();
        }
        return td.group(1);
    }

    private static String title(String html) {
        Matcher m = Pattern.compile("class=\"evidence\" href=\"([^\"]*)\" title=\"([^\"]*)\"").matcher(html);
        return m.find() ? m.group(1) + "\n" + m.group(2) : null;
    }

    @Test
    void aValueReadFromTheNotesShowsItsSentenceOnHoverAndOpensItsSlide() {
        String page = pages.comparison(List.of("show-1", "stable-video-diffusion"), false, false).html();
        String baseModel = cell(page, "baseModel", 1);
        assertThat(baseModel).startsWith("Stable Diffusion 2.1");
        String source = title(baseModel);
        assertThat(source).isNotNull()
                .startsWith(new PageAction.OpenNote("open-source-base-models.md", 85).href())
                .contains("open-source-base-models.md P85").contains("Initialize weights from Stable Diffusion 2.1");
        assertThat(cell(page, "baseModel", 0)).as("Show-1's notes name no base model").doesNotContain("evidence")
                .contains("not stated");
    }

    @Test
    void aCuratedValueIsMarkedCuratedAndWinsOverWhatIsRead() {
        String page = pages.comparison(List.of("show-1", "gentron"), false, false).html();
        String backbone = cell(page, "backbone", 1);
        assertThat(backbone).startsWith("Transformer").contains("class=\"curated\"").doesNotContain("evidence");
        assertThat(catalog.paper("gentron").orElseThrow().read("backbone")).as("also read from the notes")
                .isNotEmpty();
        assertThat(PaperAttributes.of(catalog.paper("gentron").orElseThrow(), "backbone").curated()).isTrue();
    }

    @Test
    void aMessagePageFollowsTheTheme() {
        assertThat(pages.comparison(List.of(), false, true).html()).contains("Nothing to compare yet")
                .contains("background:#0d1117").contains("<html class=\"dark\">");
        assertThat(pages.paper("no-such-paper", null, true).html()).contains("background:#0d1117");
        assertThat(pages.comparison(List.of(), false, false).html()).contains("background:#ffffff");
    }

    @Test
    void aHeaderCarriesItsPlaceInTheWholeComparisonList() {
        String page = pages.comparison(List.of("not-in-these-notes", "show-1", "lavie"), false, false).html();
        assertThat(page).contains("data-move=\"" + PageAction.CompareMoveTo.hrefTo("lavie") + "\" data-index=\"2\"");
    }
}
