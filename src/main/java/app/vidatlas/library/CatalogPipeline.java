package app.vidatlas.library;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.merge.CatalogBuilder;
import app.vidatlas.catalog.merge.Metadata;
import app.vidatlas.catalog.merge.MetadataReader;
import app.vidatlas.index.ParsedNotes;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.BundledNotes;
import app.vidatlas.notes.NoteLocation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one way a catalog is made: notes, parsed (by the index, which keeps them so an unchanged note is not parsed
 * again), merged by {@link CatalogBuilder} with the curated metadata. The window, every CLI command and the tests'
 * catalogs all come through here. Keeps the last catalog it built: the index asks for one when it writes, and the
 * library then has it without building it again.
 */
public final class CatalogPipeline {
    /** The metadata that ships with the app, and how messages name it. */
    public static final String BUNDLED_METADATA = "data/papers.json";

    private final byte[] metadataBytes;
    private final Path metadataPath;
    private final String metadataDisplay;
    private Metadata metadata;
    private volatile Catalog built;

    /**
     * @param papersJson the curated metadata, read once now: hashed by the index to tell whether it is current, and
     *                   parsed when a catalog is first built
     */
    public CatalogPipeline(Path papersJson, String papersDisplay) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(papersJson);
        } catch (IOException e) {
            bytes = null; // missing or unreadable: the reader says which, as a problem of that file
        }
        this.metadataBytes = bytes;
        this.metadataPath = papersJson;
        this.metadataDisplay = papersDisplay;
    }

    /** With the bundled metadata. */
    public static CatalogPipeline bundled() {
        return new CatalogPipeline(BundledNotes.papersJson(), BUNDLED_METADATA);
    }

    /** Folders on disk as note locations, named as the user gave them; the bundled notes when none is given. */
    public static List<NoteLocation> locations(List<Path> dirs) {
        return dirs.isEmpty() ? List.of(BundledNotes.location()) : dirs.stream().map(NoteLocation::of).toList();
    }

    /** The metadata's bytes as read, for the index's key (empty when it could not be read). */
    byte[] metadataKey() {
        return metadataBytes == null ? new byte[0] : metadataBytes;
    }

    /** The catalog of these notes; kept as the last one built. */
    public Catalog catalog(ParsedNotes notes, Progress progress) {
        Catalog c = new CatalogBuilder(metadata()).build(notes.notes(), notes.diagnostics());
        built = c;
        return c;
    }

    /** The last catalog built; null before any. */
    Catalog built() {
        return built;
    }

    private synchronized Metadata metadata() {
        if (metadata == null) {
            MetadataReader reader = new MetadataReader();
            metadata = metadataBytes != null ? reader.read(metadataBytes, metadataDisplay)
                    : reader.read(metadataPath, metadataDisplay);
        }
        return metadata;
    }
}
