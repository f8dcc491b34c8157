package app.vidatlas.pages;

import app.vidatlas.export.HtmlText;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Slide;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Figures on a page: an image where the figure is found (as a data URI: pages load nothing from the network), else
 * a line naming it and saying why it is missing. A figure that can be downloaded is noted in {@code pending}; the
 * page is rendered again once it has been.
 */
final class FigureImages {
    private final FigureResolver figures;
    private final List<URI> pending;

    FigureImages(FigureResolver figures, List<URI> pending) {
        this.figures = figures;
        this.pending = pending;
    }

    /** For {@link NoteHtml#render}; {@code cssClass} styles the image ("fig", or "fig thumb"). */
    NoteHtml.FigureHtml writer(String cssClass) {
        return NoteHtml.figures(f -> html(f, cssClass));
    }

    String html(Figure f, String cssClass) {
        String name = Objects.requireNonNullElse(FigureResolver.fileName(f.src()), f.src());
        String where = HtmlText.escape(name) + (f.slide() > 0 ? " (slide " + Slide.label(f.slide()) + ")" : "");
        FigureResolver.Resolution r = figures.resolveLocal(f);
        if (r instanceof FigureResolver.Found found) {
            return "<img class=\"" + cssClass + "\" src=\"" + found.dataUri() + "\" alt=\"" + HtmlText.escape(f.caption())
                    + "\" title=\"" + where + "\">";
        }
        if (r instanceof FigureResolver.Downloadable d) {
            pending.add(d.url());
            return "<span class=\"fig-missing pending\">Figure " + where + " — downloading…</span>";
        }
        FigureResolver.Missing m = (FigureResolver.Missing) r;
        // A host the user has not answered for: the page offers to allow it (the window asks to confirm).
        String offer = m.askHost() == null ? "" : " <a href=\"" + new PageAction.AllowHost(m.askHost()).href()
                + "\">Allow downloads from " + HtmlText.escape(m.askHost()) + "…</a>";
        return "<span class=\"fig-missing\">Figure " + where + " " + HtmlText.escape(m.sentence()) + offer + "</span>";
    }
}
