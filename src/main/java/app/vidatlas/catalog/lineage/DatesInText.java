package app.vidatlas.catalog.lineage;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as the notes write them: "Submitted on 18 Nov 2023", a paper table's "2023.9" or "2025.5.28", "2023-05-21",
 * "2023年5月", a bare "2022年". One reader for the timeline's commentary and for papers dated by their table rows.
 */
final class DatesInText {
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    /** A month by its name or its usual short form: "Nov", "Nov.", "November", "Sept" (not "3 decoders 2023"). */
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    /** "Submitted on 18 Nov 2023", "[v1] 7 Dec 2023". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b\\d{1,2} " + MONTH + " (20\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "2023.7", "2023-05-21", "2023年5月". */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d.])(20\\d{2})(?:[.\\-/]|年)(1[0-2]|0?[1-9])(?!\\d)");
    /** "2022年", "in 2022"; not a size or a count ("2048×2048", "2000 steps" are caught by the year's range). */
    private static final Pattern YEAR = Pattern.compile("(?<![\\p{L}\\p{N}.])(20\\d{2})(?![\\p{N}]|[.]\\d|\\s*[×x*]\\s*\\d)");
    /** The years a date of the field can have: from 2005 (its oldest roots) to next year; "2000 steps" is no date. */
    private static final int FIRST_YEAR = 2005;
    private static final int LAST_YEAR = java.time.Year.now().getValue() + 1;

    /** A date alone in a table cell: "| 2023.9 |", "| 2025.5.28 |". */
    private static final Pattern TABLE_CELL = Pattern.compile("\\|\\s*(20\\d{2})\\.(1[0-2]|0?[1-9])(?:\\.\\d{1,2})?\\s*(?=\\|)");

    /** "Submitted on 18 Nov 2023", arXiv's words for when a paper was first submitted. */
    private static final Pattern SUBMITTED = Pattern.compile("\\bSubmitted on (\\d{1,2} " + MONTH + " 20\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private DatesInText() {
    }

    /** The date an arXiv "Submitted on …" in the text gives, or {@link PaperDate#UNKNOWN}. */
    static PaperDate submitted(String text) {
        Matcher m = SUBMITTED.matcher(text);
        return m.find() ? withMonth(m.group(1)) : PaperDate.UNKNOWN;
    }

    /** The most precise date the text gives: day and month, year and month, or a year alone. */
    static PaperDate in(String text) {
        PaperDate month = withMonth(text);
        if (month.known()) {
            return month;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            int year = Integer.parseInt(m.group(1));
            if (year >= FIRST_YEAR && year <= LAST_YEAR) {
                return new PaperDate(year, 0, m.group());
            }
        }
        return PaperDate.UNKNOWN;
    }

    /** The first date with a month the text gives, or {@link PaperDate#UNKNOWN}. */
    static PaperDate withMonth(String text) {
        Matcher m = DAY_MONTH_YEAR.matcher(text);
        if (m.find() && inRange(Integer.parseInt(m.group(2)))) {
            int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1;
            return new PaperDate(Integer.parseInt(m.group(2)), month, m.group());
        }
        m = YEAR_MONTH.matcher(text);
        while (m.find()) {
            if (inRange(Integer.parseInt(m.group(1)))) {
                return new PaperDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group());
            }
        }
        return PaperDate.UNKNOWN;
    }

    /** A paper table's date cell ("| 2023.9.24 |"), or {@link PaperDate#UNKNOWN}. */
    static PaperDate tableCell(String row) {
        Matcher m = TABLE_CELL.matcher(row);
        if (m.find() && inRange(Integer.parseInt(m.group(1)))) {
            return new PaperDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group().replaceAll("[|\\s]", ""));
        }
        return PaperDate.UNKNOWN;
    }

    private static boolean inRange(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }
}
