package app.vidatlas.catalog.lineage;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Slide;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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

    public static List<Commentary> of(Catalog catalog) {
        List<Commentary> out = new ArrayList<>();
        for (Note n : catalog.notes()) {
            if (n.format() != NoteFormat.PLAIN_TEXT) {
                continue;
            }
            for (Slide s : n.slides()) {
                for (String line : s.text().split("\\R")) {
                    String text = line.strip();
                    PaperDate date = text.length() <= MAX_LINE ? dateIn(text) : PaperDate.UNKNOWN;
                    if (date.known()) {
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
        return DatesInText.in(line);
    }
}
