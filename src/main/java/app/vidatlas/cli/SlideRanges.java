package app.vidatlas.cli;

import app.vidatlas.model.Slide;
import java.util.ArrayList;
import java.util.List;

/** Slide numbers written as ranges: 75, 76, 77, 79 become {@code P75-P77, P79}. */
final class SlideRanges {
    private SlideRanges() {
    }

    static String format(List<Integer> slides) {
        List<String> parts = new ArrayList<>();
        int i = 0;
        while (i < slides.size()) {
            int start = slides.get(i);
            int end = start;
            while (i + 1 < slides.size() && slides.get(i + 1) == end + 1) {
                end = slides.get(++i);
            }
            parts.add(start == end ? Slide.label(start) : Slide.label(start) + "-" + Slide.label(end));
            i++;
        }
        return String.join(", ", parts);
    }
}
