package app.vidatlas.pages;

/**
 * What a history page shows: the lineage graph or the timeline, narrowed to a top-level category (its lane) and a
 * span of years, with or without the weaker "mentions" edges. The page's filter links are views too, so a filter is
 * a page of the reader's history like any other (Back undoes it).
 *
 * @param timeline whether the timeline (else the lineage graph)
 * @param lane     a top-level category, or null for all
 * @param from     the first year shown, or 0
 * @param to       the last year shown, or 0
 * @param mentions whether "mentions" edges are drawn
 */
public record HistoryView(boolean timeline, String lane, int from, int to, boolean mentions) {
    public static final HistoryView LINEAGE = new HistoryView(false, null, 0, 0, false);
    public static final HistoryView TIMELINE = new HistoryView(true, null, 0, 0, false);

    public HistoryView {
        lane = lane == null || lane.isBlank() ? null : lane.strip();
        from = Math.max(0, from);
        to = Math.max(0, to);
    }

    public HistoryView withLane(String l) {
        return new HistoryView(timeline, l, from, to, mentions);
    }

    public HistoryView withYears(int f, int t) {
        return new HistoryView(timeline, lane, f, t, mentions);
    }

    public HistoryView withMentions(boolean m) {
        return new HistoryView(timeline, lane, from, to, m);
    }

    public HistoryView asTimeline(boolean t) {
        return new HistoryView(t, lane, from, to, mentions);
    }

    /** Whether a paper of this year is in the span. */
    public boolean hasYear(int year) {
        return (from == 0 || year >= from) && (to == 0 || year <= to);
    }
}
