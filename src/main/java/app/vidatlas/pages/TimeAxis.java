package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.PaperDate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The timeline's axis: months to scale, but a stretch of more than a year with nothing in it is cut to a narrow break,
 * so that one paper from 2011 does not push a field of 2023–2025 papers off the screen. A month is 14 to 64 pixels,
 * wider for a shorter span.
 */
final class TimeAxis {
    static final double MAX_MONTH = 64;
    static final double MIN_MONTH = 14;
    static final double BREAK = 30;
    private static final double WIDTH_AIMED = 2600;
    /** Months kept either side of something shown. */
    private static final int MARGIN = 2;
    private static final int LONGEST_GAP = 12;

    /** A mark on the axis: where, what it says (null: a tick only), whether it starts a year. */
    record Tick(double x, String label, boolean year) {
    }

    private final TreeMap<Integer, Double> monthAt = new TreeMap<>();
    private final List<Double> breaks = new ArrayList<>();
    private final double month;
    private final double end;

    /** An axis for these positions ({@link PaperDate#position()}), starting at {@code left}. */
    TimeAxis(List<Double> positions, double left) {
        TreeSet<Integer> shown = new TreeSet<>();
        for (double p : positions) {
            int m = (int) Math.floor(p);
            for (int i = m - MARGIN; i <= m + MARGIN; i++) {
                shown.add(i);
            }
        }
        // Gaps of a year or less stay, to scale: only long silences are cut.
        List<Integer> months = new ArrayList<>();
        Integer previous = null;
        int cut = 0;
        for (int m : shown) {
            if (previous != null && m - previous > 1 && m - previous - 1 <= LONGEST_GAP) {
                for (int i = previous + 1; i < m; i++) {
                    months.add(i);
                }
            } else if (previous != null && m - previous > 1) {
                months.add(Integer.MIN_VALUE); // a break
                cut++;
            }
            months.add(m);
            previous = m;
        }
        long real = months.stream().filter(m -> m != Integer.MIN_VALUE).count();
        this.month = Math.max(MIN_MONTH, Math.min(MAX_MONTH, (WIDTH_AIMED - cut * BREAK) / Math.max(1, real)));
        double x = left;
        for (int m : months) {
            if (m == Integer.MIN_VALUE) {
                breaks.add(x);
                x += BREAK;
            } else {
                monthAt.put(m, x);
                x += month;
            }
        }
        this.end = x;
    }

    /** Where a position (in months, as {@link PaperDate#position()}) is drawn. */
    double x(double position) {
        int m = (int) Math.floor(position);
        Map.Entry<Integer, Double> at = monthAt.floorEntry(m);
        return at == null ? monthAt.firstEntry().getValue() : at.getValue() + (position - at.getKey()) * month;
    }

    /** The right end of the axis. */
    double end() {
        return end;
    }

    /** Where the axis was cut (a long silence). */
    List<Double> breaks() {
        return List.copyOf(breaks);
    }

    /** A tick every month; every year named, months too when there is room, the first month always. */
    List<Tick> ticks() {
        List<Tick> out = new ArrayList<>();
        boolean monthsNamed = month >= 30;
        Integer before = null;
        for (Map.Entry<Integer, Double> e : monthAt.entrySet()) {
            int m = e.getKey();
            int year = Math.floorDiv(m, 12);
            int monthOfYear = m - year * 12 + 1;
            boolean afterBreak = before == null || m - before > 1;
            String label = monthOfYear == 1 ? Integer.toString(year)
                    : afterBreak ? new PaperDate(year, monthOfYear, "").label()
                    : monthsNamed ? Integer.toString(monthOfYear) : null;
            out.add(new Tick(e.getValue(), label, monthOfYear == 1));
            before = m;
        }
        return out;
    }
}
