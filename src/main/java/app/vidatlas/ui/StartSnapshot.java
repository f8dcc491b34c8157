package app.vidatlas.ui;

import app.vidatlas.library.CatalogPipeline;
import app.vidatlas.library.LibraryRequest;
import app.vidatlas.notes.NotesStamp;
import app.vidatlas.userdata.PageSnapshots;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The page a start opens on, drawn at once from the last start's drawing of it while the notes open (ADR 0013). Its
 * key holds all a page is drawn from: the app's build, the notes' stamp (every note file's size and time), the
 * figure settings, the theme and the paper. The reader's own marks on the page (star, comparison, note) are read
 * again with the notes, and the page is replaced then if anything differs.
 */
final class StartSnapshot {
    /** What a start asks for: the paper the reader left ({@code restore}), or the first paper (the probe). */
    enum Kind { RESTORE, FIRST }

    private final PageSnapshots store;
    private final String build;
    // Each request's notes as stamped when they were asked for (what their pages are drawn from); a few at most.
    private final java.util.Map<LibraryRequest, String> stamps = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(java.util.Map.Entry<LibraryRequest, String> eldest) {
                    return size() > 4;
                }
            });

    /** @param build the app's build ({@link #buildOf}); null: no snapshots (a development build changes unseen) */
    StartSnapshot(PageSnapshots store, String build) {
        this.store = store;
        this.build = build;
    }

    /** The app's jar, by path, size and time; null when the app does not run from a jar or snapshots are off. */
    static String buildOf(Class<?> app) {
        if ("off".equals(System.getenv("VIDATLAS_PAGE_SNAPSHOT"))) {
            return null;
        }
        String given = System.getProperty("vidatlas.snapshotBuild"); // a start from classes that says what it is (tests)
        if (given != null) {
            return given;
        }
        try {
            Path jar = Path.of(app.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (!Files.isRegularFile(jar)) {
                return null;
            }
            return jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
        } catch (Exception e) { // no code source, a strange location: a start without a snapshot
            return null;
        }
    }

    boolean enabled() {
        return build != null;
    }

    /** Stamps the notes of a request (call off the JavaFX thread, as their loading starts). */
    void stamp(LibraryRequest request) {
        if (build != null) {
            // The bundled notes are in the jar, which the build names already: stamping them would open the jar as a
            // file system (60 ms of CPU, taken from the window's first frame on two cores).
            stamps.put(request, request.notes().isEmpty() ? "the bundled notes"
                    : NotesStamp.of(CatalogPipeline.locations(request.notes())));
        }
    }

    /**
     * Stamps the notes, then reads the snapshot to start on; off the JavaFX thread.
     *
     * @param dark the theme pages are drawn in; null when it is not known yet (the desktop's): either
     */
    Optional<PageSnapshots.Snapshot> prepare(LibraryRequest request, Boolean dark, Kind kind, String paperId) {
        if (build == null) {
            return Optional.empty();
        }
        stamp(request);
        if (kind == Kind.RESTORE && paperId == null) {
            return Optional.empty();
        }
        for (boolean theme : dark == null ? new boolean[] {false, true} : new boolean[] {dark}) {
            Optional<PageSnapshots.Snapshot> found = store.read(name(kind), key(request, theme, kind, paperId))
                    .filter(s -> Double.isFinite(s.scroll()));
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** Keeps a paper's page for the next start of this kind; quietly nothing when the notes were not stamped. */
    void save(LibraryRequest request, boolean dark, Kind kind, String paperId, double scroll, String html) {
        if (build == null || request == null || !stamps.containsKey(request)) {
            return;
        }
        store.save(name(kind), new PageSnapshots.Snapshot(key(request, dark, kind, paperId), paperId,
                Double.isFinite(scroll) ? scroll : 0, html));
    }

    private String key(LibraryRequest r, boolean dark, Kind kind, String paperId) {
        // One line: what changes the page's drawing. The index folder does not; the cache folder holds the figures.
        String raw = String.join("\u0001", build, stamps.get(r), r.notes().toString(), r.figures().toString(),
                String.valueOf(r.downloads()), new java.util.TreeMap<>(r.hosts()).toString(), String.valueOf(r.cacheDir()),
                String.valueOf(dark), kind.name(), kind == Kind.FIRST ? "" : paperId);
        return app.vidatlas.notes.NoteLoader.sha256(raw.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private static String name(Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
