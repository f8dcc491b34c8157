package app.vidatlas.ui.reader;

import app.vidatlas.pages.PageRenderer;

/**
 * A page to show, for a place; {@code keepScroll} when it is the same page again (more figures, a new theme),
 * {@code scrollTo} a remembered reading position.
 */
public record Shown(Place place, PageRenderer.Page page, boolean keepScroll, Double scrollTo) {
    public Shown(Place place, PageRenderer.Page page, boolean keepScroll) {
        this(place, page, keepScroll, null);
    }
}
