package app.vidatlas.catalog.lineage;

import app.vidatlas.model.Paper;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * When a paper appeared: the month where its arXiv id gives it ({@code 2307.04725} was submitted in July 2023), or
 * where a paper-table row of the notes gives it ({@code 2023.9.24}) or a passage quotes arXiv's "Submitted on 30 Nov
 * 2023" (either agreeing with the paper's year), else the year the notes or the metadata give. Never guessed: a paper with neither has no date and is drawn apart.
 *
 * @param year   the year, 0 when unknown
 * @param month  1–12, 0 when only the year is known
 * @param source what it was read from ({@code arXiv 2307.04725}, {@code year})
 */
public record PaperDate(int year, int month, String source) implements Comparable<PaperDate> {
    public static final PaperDate UNKNOWN = new PaperDate(0, 0, "");
    /** New-style arXiv ids (since 2007): YYMM.number. */
    private static final Pattern ARXIV = Pattern.compile("^(\\d{2})(\\d{2})\\.\\d{4,5}");

    public static PaperDate of(Paper p) {
        if (p.arxiv() != null) {
            Matcher m = ARXIV.matcher(p.arxiv());
            int month = m.find() ? Integer.parseInt(m.group(2)) : 0;
            if (month >= 1 && month <= 12) {
                return new PaperDate(2000 + Integer.parseInt(m.group(1)), month, "arXiv " + p.arxiv());
            }
        }
        // A paper table's date cell ("| 2023.9.24 | T2m-gpt … |") or a passage quoting arXiv ("Submitted on 30 Nov 2023"),
        // each only where it agrees with the paper's year, and named with the place it was read.
        if (p.year() != null) {
            for (app.vidatlas.model.Excerpt e : p.excerpts()) {
                PaperDate d = DatesInText.tableCell(e.text());
                if (d.known() && d.year() == p.year()) {
                    return new PaperDate(d.year(), d.month(), d.source() + " in " + app.vidatlas.model.Slide.place(e.note(), e.slide()));
                }
            }
            for (app.vidatlas.model.Annotation a : p.annotations()) {
                PaperDate d = DatesInText.submitted(a.text());
                if (d.known() && d.year() == p.year()) {
                    return new PaperDate(d.year(), d.month(), "Submitted on " + d.source() + " in "
                            + app.vidatlas.model.Slide.place(a.note(), a.slide()));
                }
            }
        }
        return p.year() == null ? UNKNOWN : new PaperDate(p.year(), 0, "year");
    }

    public boolean known() {
        return year > 0;
    }

    /** Months since year 0, with a paper of unknown month in the middle of its year: where it is drawn. */
    public double position() {
        return year * 12.0 + (month == 0 ? 6.0 : month - 1);
    }

    /** {@code 2023.7}, as the notes' paper tables write it; {@code 2023} when only the year is known. */
    public String label() {
        if (!known()) {
            return "";
        }
        return month == 0 ? Integer.toString(year) : year + "." + month;
    }

    @Override
    public int compareTo(PaperDate o) {
        return Double.compare(position(), o.position());
    }
}
