package app.vidatlas.ui;

import app.vidatlas.model.CategoryPath;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListSummaryTest {
    @Test
    void allPapersSayHowManyPapersAndNotes() {
        assertThat(new ListSummary(37, 37, 5, null, false, null, null, "", 0, 0).text()).isEqualTo("37 papers · 5 notes");
    }

    @Test
    void aCategorySaysHowManyOfHowManyAndWhich() {
        CategoryPath c = CategoryPath.parse("Video Generation / Open-source base models");
        assertThat(new ListSummary(5, 37, 5, c, false, null, null, "", 0, 0).text())
                .isEqualTo("5 of 37 papers · Open-source base models");
        assertThat(new ListSummary(5, 37, 5, c, false, null, null, "", 0, 3).text())
                .isEqualTo("3 selected · 5 of 37 papers · Open-source base models");
        assertThat(new ListSummary(1, 37, 5, c, false, "", "CVPR 2024", "", 0, 0).text())
                .isEqualTo("1 of 37 papers · Open-source base models · year not stated · CVPR 2024");
    }

    @Test
    void theReadingListAndASearchSaySo() {
        assertThat(new ListSummary(2, 37, 5, null, true, null, null, " ", 0, 0).text()).isEqualTo("2 of 37 papers · Reading list");
        assertThat(new ListSummary(37, 37, 5, null, false, null, null, "motion", 12, 0).text())
                .isEqualTo("12 results for “motion”");
        assertThat(new ListSummary(37, 37, 5, null, false, null, null, "x", 1, 0).text()).isEqualTo("1 result for “x”");
    }

    @Test
    void theReadingListSaysHowManyStarredPapersAreInNotesNotOpen() {
        assertThat(new ListSummary(0, 13, 2, null, true, null, null, "", 0, 0, 1).text())
                .isEqualTo("0 of 13 papers · Reading list · 1 starred paper is in notes not open");
        assertThat(new ListSummary(2, 13, 2, null, true, null, null, "", 0, 0, 3).text())
                .endsWith("3 starred papers are in notes not open");
        assertThat(new ListSummary(13, 13, 2, null, false, null, null, "", 0, 0, 3).text())
                .as("said with the reading list only").isEqualTo("13 papers · 2 notes");
    }
}
