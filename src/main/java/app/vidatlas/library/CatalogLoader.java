package app.vidatlas.library;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CatalogBuilder;
import app.vidatlas.catalog.Metadata;
import app.vidatlas.catalog.MetadataReader;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;

import java.nio.file.Path;
import java.util.List;

/**
 * Loads a catalog: the notes from the given folders (the bundled ones when none are given) merged with the
 * curated metadata that ships with the app.
 */
public final class CatalogLoader {
    private final NoteLoader notes = new NoteLoader();
    private final MetadataReader metadataReader = new MetadataReader();

    /** The bundled notes. */
    public Catalog loadBundled(NoteLoader.Progress progress) {
        return load(List.of(BundledNotes.location()), progress);
    }

    /** The notes under the given folders, with the bundled metadata. */
    public Catalog load(List<NoteLocation> locations, NoteLoader.Progress progress) {
        return load(locations, BundledNotes.papersJson(), "data/papers.json", progress);
    }

    /** The notes under the given folders, with the metadata from the given file. */
    public Catalog load(List<NoteLocation> locations, Path papersJson, String papersDisplay,
                        NoteLoader.Progress progress) {
        Metadata metadata = metadataReader.read(papersJson, papersDisplay);
        NoteLoader.Result result = notes.load(locations, progress);
        return new CatalogBuilder(metadata).build(result.notes(), result.diagnostics());
    }

    /** Folders on disk as note locations, named as the user gave them; the bundled notes when none is given. */
    public static List<NoteLocation> locations(List<Path> dirs) {
        return dirs.isEmpty() ? List.of(BundledNotes.location()) : dirs.stream().map(NoteLocation::of).toList();
    }
}
