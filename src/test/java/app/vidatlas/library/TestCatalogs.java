package app.vidatlas.library;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.index.ParsedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;

import java.nio.file.Path;
import java.util.List;

/**
 * Catalogs for tests that are about the catalog, not the index: the notes parsed as they are, without keeping an
 * index, then the library's one pipeline ({@link CatalogPipeline}) as the app runs it.
 */
public final class TestCatalogs {
    private TestCatalogs() {
    }

    /**
     * The bundled notes with the bundled metadata, read once for all the tests (a catalog cannot change; a dozen test
     * classes read it).
     */
    public static Catalog bundled() {
        return Bundled.CATALOG;
    }

    /** Read on first use (holder idiom: thread-safe, and never for tests that do not ask). */
    private static final class Bundled {
        static final Catalog CATALOG = load(List.of(BundledNotes.location()));
    }

    /** These notes with the bundled metadata. */
    public static Catalog load(List<NoteLocation> locations) {
        return load(locations, CatalogPipeline.bundled());
    }

    /** These notes with this metadata. */
    public static Catalog load(List<NoteLocation> locations, Path papersJson, String papersDisplay) {
        return load(locations, new CatalogPipeline(papersJson, papersDisplay));
    }

    private static Catalog load(List<NoteLocation> locations, CatalogPipeline pipeline) {
        NoteLoader.Result notes = new NoteLoader().load(locations, Progress.NONE);
        return pipeline.catalog(new ParsedNotes(notes.notes(), notes.diagnostics()), Progress.NONE);
    }
}
