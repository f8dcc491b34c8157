package app.vidatlas.ui.reader;

import app.vidatlas.pages.PageRenderer;

/**
 * A page to show, for a place; {@code keepScroll} when it is the same page again (more figures, a new theme),
 * {@code scrollTo} a remembered reading position; {@code snapshot} when it is the page as the last start drew it,
 * shown while the notes open (the page drawn from them replaces it, see {@code PageView}).
 */
public record Shown(Place place, PageRenderer.Page page, boolean keepScroll, Double scrollTo, boolean snapshot) {
    public Shown(Place place, PageRenderer.Page page, boolean keepScroll, Double scrollTo) {
        this(place, page, keepScroll, scrollTo, false);
    }

    public Shown(Place place, PageRenderer.Page page, boolean keepScroll) {
        this(place, page, keepScroll, null, false);
    }
}
