package app.vidatlas.pages;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The timeline's axis: to scale, a long silence cut, every year named. */
class TimeAxisTest {
    private static double month(int year, int month) {
        return year * 12.0 + month - 1;
    }

    @Test
    void aLongSilenceIsCutAndTimeStaysInOrder() {
        TimeAxis axis = new TimeAxis(List.of(month(2011, 6), month(2023, 1), month(2023, 7), month(2024, 2)), 100);
        assertThat(axis.breaks()).hasSize(1);
        double x2011 = axis.x(month(2011, 6));
        double x2023 = axis.x(month(2023, 1));
        double x2023b = axis.x(month(2023, 7));
        double x2024 = axis.x(month(2024, 2));
        assertThat(x2011).isLessThan(axis.breaks().get(0)).isGreaterThanOrEqualTo(100);
        assertThat(axis.breaks().get(0)).isLessThan(x2023);
        assertThat(x2023).isLessThan(x2023b);
        assertThat(x2023b).isLessThan(x2024);
        assertThat(x2023 - x2011).as("eleven empty years take a break's width, not 130 months").isLessThan(20 * 64);
        assertThat((x2023b - x2023) / 6).as("within a stretch, months are to scale")
                .isCloseTo((x2024 - x2023b) / 7, org.assertj.core.data.Offset.offset(0.01));
    }

    @Test
    void aGapOfAYearOrLessStaysToScaleAndEveryYearIsNamed() {
        TimeAxis axis = new TimeAxis(List.of(month(2022, 1), month(2023, 3)), 0);
        assertThat(axis.breaks()).isEmpty();
        assertThat(axis.ticks()).filteredOn(TimeAxis.Tick::year).extracting(TimeAxis.Tick::label).contains("2023");
        assertThat(axis.ticks().get(0).label()).as("the first tick says where it starts").isEqualTo("2021.11");
    }
}
