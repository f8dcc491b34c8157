package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.NameFinder;
import app.vidatlas.figures.FigureResolver;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What every kind of page reads, looked up once per catalog by {@link PageRenderer}.
 *
 * @param names the paper names to link in text; filed on first use (see {@link PageRenderer#names()})
 */
record PageContext(Catalog catalog, Map<String, Paper> papers, Map<String, Note> notes, CategoryTree tree,
                   Supplier<NameFinder<Paper>> names, FigureResolver figures, PageChrome chrome) {

    /** How this page shows figures; those still to be downloaded are added to {@code pending}. */
    FigureImages figureImages(List<URI> pending) {
        return new FigureImages(figures, pending);
    }
}
