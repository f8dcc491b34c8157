package app.vidatlas.library;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Which notes to open as a library, and how.
 *
 * @param notes     notes folders; empty for the bundled notes
 * @param figures   extra figure folders
 * @param downloads whether figures may be downloaded, from the hosts the user allowed
 * @param hosts     the user's answer for each host: true allowed, false refused (the others are asked about)
 * @param index     the index folder, or null for the default
 * @param cacheDir  where downloaded figures are kept, or null
 */
public record LibraryRequest(List<Path> notes, List<Path> figures, boolean downloads, Map<String, Boolean> hosts,
                             Path index, Path cacheDir) {
    public LibraryRequest {
        notes = List.copyOf(notes);
        figures = List.copyOf(figures);
        hosts = Map.copyOf(hosts);
    }

    /** No host answered for yet. */
    public LibraryRequest(List<Path> notes, List<Path> figures, boolean downloads, Path index, Path cacheDir) {
        this(notes, figures, downloads, Map.of(), index, cacheDir);
    }
}
