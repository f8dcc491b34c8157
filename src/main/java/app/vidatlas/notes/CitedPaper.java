package app.vidatlas.notes;

import app.vidatlas.model.Citation;

/**
 * What a span of text says about the paper it cites.
 *
 * @param citation the citation; its title is the paper's title as written (or, for an inline reference such as
 *                 {@code CameraCtrl[He等人2025a]}, the name the note gives the paper, which is all it says)
 * @param name     a short name written beside the citation ({@code ATOM} in {@code **ATOM** [Zhai et al., 2023]}),
 *                 or null
 * @param marker   the number of a numbered reference ({@code [4]}), or null
 */
record CitedPaper(Citation citation, String name, Integer marker) {
    CitedPaper {
        java.util.Objects.requireNonNull(citation, "citation");
    }

    static CitedPaper of(Citation citation) {
        return new CitedPaper(citation, null, null);
    }

    String title() {
        return citation.title();
    }
}
