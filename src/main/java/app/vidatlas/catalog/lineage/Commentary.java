package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What notes that narrate the field's history (a blog post: "2022年只有14篇,开山之年", "MicroCinema …, Submitted on
 * 30 Nov 2023") say, placed on the timeline at the date each line gives. Only plain-text notes are read so: slide
 * notes follow a talk's order, not the calendar, and their papers are on the timeline already.
 *
 * @param date the date the line gives
 * @param note the note
 * @param slide where in the note (0 in a note without slides)
 * @param text the line, as written
 */
public record Commentary(PaperDate date, String note, int slide, String text) {
    private static final int MAX_LINE = 400;
    private static final String MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
    /** "Submitted on 18 Nov 2023", "[v1] 7 Dec 2023". */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b\\d{1,2} (" + MONTHS + ")[a-z]* (20\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);
    /** "2023.7", "2023-05-21", "2023年5月". */
    private static final Pattern YEAR_MONTH = Pattern.compile("(?<![\\d.])(20\\d{2})(?:[.\\-/]|年)(1[0-2]|0?[1-9])(?![\\d])");
    /** "2022年", "in 2022". */
    private static final Pattern YEAR = Pattern.compile("(?<![\\d.])(20\\d{2})(?![\\d.]\\d)");

    public static List<Commentary> of(Catalog catalog) {
        List<Commentary> out = new ArrayList<>();
        for (Note n : catalog.notes()) {
            if (n.format() != NoteFormat.PLAIN_TEXT) {
                continue;
            }
            for (Slide s : n.slides()) {
                for (String line : s.text().split("\\R")) {
                    String text = line.strip();
                    PaperDate date = dateIn(text);
                    if (date.known() && text.length() <= MAX_LINE) {
                        out.add(new Commentary(date, n.id(), s.number(), text));
                    }
                }
            }
        }
        out.sort(Comparator.comparing(Commentary::date));
        return out;
    }

    /** The most precise date a line gives: day and month, year and month, or a year alone. */
    static PaperDate dateIn(String line) {
        Matcher m = DAY_MONTH_YEAR.matcher(line);
        if (m.find()) {
            int month = MONTHS.indexOf(m.group(1).substring(0, 3).toLowerCase(Locale.ROOT)) / 4 + 1;
            return new PaperDate(Integer.parseInt(m.group(2)), month, m.group());
        }
        m = YEAR_MONTH.matcher(line);
        if (m.find()) {
            return new PaperDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group());
        }
        m = YEAR.matcher(line);
        return m.find() ? new PaperDate(Integer.parseInt(m.group(1)), 0, m.group()) : PaperDate.UNKNOWN;
    }
}
