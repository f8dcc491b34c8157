package app.vidatlas.pages;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.figures.FigureDownloader;
import app.vidatlas.figures.FigureHosts;
import app.vidatlas.figures.FigureResolver;

import java.util.List;
import java.util.Map;

/** Pages of a catalog as the tests render them: no figure folders, downloads asked for and never made. */
final class TestPages {
    private TestPages() {
    }

    static PageRenderer of(Catalog catalog) {
        FigureResolver figures = new FigureResolver(new FigureResolver.Places(Map.of(), Map.of(), List.of(), null,
                Map.of(), FigureHosts.asking(Map.of())), new FigureDownloader(FigureDownloader.Policy.DEFAULT));
        return new PageRenderer(catalog, CrossReferences.of(catalog), figures, TestAssets.ASSETS);
    }
}
