package app.vidatlas.catalog.lineage;

import java.util.Objects;

/**
 * A method in the lineage: a paper of the notes, or a model the notes name as a base without discussing it
 * (Stable Diffusion 2.1, DiT), drawn as outside the notes.
 *
 * @param id       the paper's id, or {@code outside:} and the model's name in lower case
 * @param label    the name shown ({@code SVD}, {@code Stable Diffusion 2.1})
 * @param inNotes  whether it is a paper of the notes (one click opens it)
 * @param date     when it appeared, for a paper; {@link PaperDate#UNKNOWN} otherwise
 * @param lane     its top-level category (the timeline's lane), or an empty string
 */
public record LineageNode(String id, String label, boolean inNotes, PaperDate date, String lane) {
    public static final String OUTSIDE = "outside:";

    public LineageNode {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        date = Objects.requireNonNullElse(date, PaperDate.UNKNOWN);
        lane = Objects.requireNonNullElse(lane, "");
    }

    static LineageNode outside(String name) {
        return new LineageNode(outsideId(name), name, false, PaperDate.UNKNOWN, "");
    }

    static String outsideId(String name) {
        return OUTSIDE + name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}.]+", "-");
    }
}
