package app.vidatlas.notes;

import java.util.List;

/**
 * A paragraph of a plain-text note, where the catalog looks for paper names.
 *
 * @param line  1-based line where it starts
 * @param text  its text
 * @param links the web addresses in it
 */
public record Passage(int line, String text, List<String> links) {
    public Passage {
        links = List.copyOf(links);
    }
}
