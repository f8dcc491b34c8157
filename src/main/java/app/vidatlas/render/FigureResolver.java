package app.vidatlas.render;

import app.vidatlas.catalog.AtomicFiles;
import app.vidatlas.model.Figure;
import app.vidatlas.notes.NoteLoader;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a note's figure, in this order: next to the note (the link as written, never leaving the notes' folder),
 * in the figure folders the user added (by file name), in the download cache, and, when downloads are allowed,
 * on the note's published site. Only images are accepted, whatever the file is called.
 */
public final class FigureResolver {
    static final long MAX_FIGURE_BYTES = 10L * 1024 * 1024;

    /** Where the resolver may look. */
    public record Places(Map<String, Path> notePaths, Map<String, Path> noteRoots, List<Path> figureFolders,
                         Path cacheDir, Map<String, String> siteByNote, boolean downloadsAllowed) {
        public Places {
            notePaths = Map.copyOf(notePaths);
            noteRoots = Map.copyOf(noteRoots);
            figureFolders = List.copyOf(figureFolders);
            siteByNote = Map.copyOf(siteByNote);
        }
    }

    /** What became of a figure. */
    public sealed interface Resolution permits Found, Downloadable, Missing {
    }

    /** The image, and where it came from. */
    public record Found(byte[] bytes, String mimeType, String from) implements Resolution {
        public String dataUri() {
            return ImageBytes.dataUri(bytes, mimeType);
        }
    }

    /** Not here, but it may be downloaded from this address. */
    public record Downloadable(URI url) implements Resolution {
    }

    /** Not to be had; the reason is shown in its place. */
    public record Missing(String reason) implements Resolution {
    }

    private final Places places;
    private final FigureDownloader downloader;
    // What a download gave when it cannot be read back from the cache: its failure (so the page says why instead of
    // "downloading…" again), or the figure itself when there is no cache folder.
    private final Map<URI, Resolution> outcomes = new ConcurrentHashMap<>();

    public FigureResolver(Places places, FigureDownloader downloader) {
        this.places = places;
        this.downloader = downloader;
    }

    /** Looks on this machine only (fast; no network). */
    public Resolution resolveLocal(Figure f) {
        String src = f.src().strip();
        if (hasScheme(src)) {
            return new Missing("links to images elsewhere on the web are not loaded");
        }
        Path note = places.notePaths().get(f.note());
        Path root = places.noteRoots().get(f.note());
        if (note != null && root != null && note.getParent() != null) {
            try {
                Path p = note.getParent().resolve(src).normalize();
                if (p.startsWith(root.normalize()) && Files.isRegularFile(p)) {
                    Found found = read(p, "next to the note");
                    if (found != null) {
                        return found;
                    }
                }
            } catch (InvalidPathException e) {
                // A link that is no path at all: look for it elsewhere by name.
            }
        }
        String name = fileName(src);
        if (name != null) {
            for (Path folder : places.figureFolders()) {
                Path p = folder.resolve(name).normalize();
                if (p.startsWith(folder.normalize()) && Files.isRegularFile(p)) {
                    Found found = read(p, "figure folder " + folder);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        URI url = downloadUrl(f);
        if (url != null && places.cacheDir() != null) {
            Path cached = cacheFile(url);
            if (Files.isRegularFile(cached)) {
                Found found = read(cached, "download cache");
                if (found != null) {
                    return found;
                }
            }
        }
        if (url != null && places.downloadsAllowed()) {
            return outcomes.getOrDefault(url, new Downloadable(url));
        }
        return new Missing(url == null ? "not found next to the note or in the figure folders"
                : "not found next to the note or in the figure folders, and downloads are off");
    }

    /** Downloads a figure into the cache. Blocking: call it off the JavaFX thread. */
    public Resolution download(URI url) {
        Resolution outcome;
        boolean cached = false;
        try {
            byte[] bytes = downloader.fetch(url);
            if (places.cacheDir() != null) {
                try {
                    AtomicFiles.write(cacheFile(url), bytes);
                    cached = true;
                } catch (IOException e) {
                    // Shown all the same; only the cache is lost.
                }
            }
            outcome = new Found(bytes, ImageBytes.mimeType(bytes), "downloaded from " + url.getHost());
        } catch (FigureDownloader.DownloadException e) {
            outcome = new Missing("could not be downloaded: " + e.getMessage());
        }
        if (!cached) {
            outcomes.put(url, outcome);
        }
        return outcome;
    }

    /** The address on the note's published site: the site joined with the link minus its leading {@code ../}. */
    public URI downloadUrl(Figure f) {
        String site = places.siteByNote().get(f.note());
        String src = f.src().strip();
        if (site == null || hasScheme(src) || src.startsWith("/")) {
            return null;
        }
        String rel = src;
        while (rel.startsWith("../") || rel.startsWith("./")) {
            rel = rel.substring(rel.indexOf('/') + 1);
        }
        try {
            return new URI(site.endsWith("/") ? site : site + "/").resolve(new URI(null, null, rel, null));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private Path cacheFile(URI url) {
        return places.cacheDir().resolve(NoteLoader.sha256(url.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".img");
    }

    private static Found read(Path p, String from) {
        try {
            if (Files.size(p) > MAX_FIGURE_BYTES) {
                return null;
            }
            byte[] bytes = Files.readAllBytes(p);
            String mime = ImageBytes.mimeType(bytes);
            return mime == null ? null : new Found(bytes, mime, from);
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean hasScheme(String src) {
        int colon = src.indexOf(':');
        int slash = src.indexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) && src.substring(0, colon).matches("[A-Za-z][A-Za-z0-9+.-]*");
    }

    /** The file name a figure link ends in (no query, no fragment); null when it names no file. */
    public static String fileName(String src) {
        String s = src;
        int cut = s.indexOf('?');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        cut = s.indexOf('#');
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        int slash = Math.max(s.lastIndexOf('/'), s.lastIndexOf('\\'));
        String name = s.substring(slash + 1);
        return name.isEmpty() || name.equals("..") || name.equals(".") ? null : name;
    }
}
