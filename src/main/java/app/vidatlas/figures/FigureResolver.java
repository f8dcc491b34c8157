package app.vidatlas.figures;

import app.vidatlas.userdata.AtomicFiles;
import app.vidatlas.model.Figure;
import app.vidatlas.notes.NoteLoader;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a note's figure, in this order: next to the note (the link as written), in the figure folders the user
 * added (by file name), in the download cache, and, for a host the user agreed to, on the note's published site.
 * Only images are accepted, whatever the file is called, and only of a sane size.
 *
 * <p>Files are read only from inside the notes' folder, the figure folders and the cache, judged on their real
 * paths: a note is untrusted text, and neither {@code ../} nor a symbolic link planted among the notes may reach
 * anything else on the machine. Real paths also make a relative notes folder ({@code --notes .}) work.
 */
public final class FigureResolver {
    static final long MAX_FIGURE_BYTES = 10L * 1024 * 1024;

    /**
     * Where the resolver may look.
     *
     * @param hosts the hosts figures may be downloaded from (shared with the window, which records the answers)
     */
    public record Places(Map<String, Path> notePaths, Map<String, Path> noteRoots, List<Path> figureFolders,
                         Path cacheDir, Map<String, String> siteByNote, FigureHosts hosts) {
        public Places {
            notePaths = Map.copyOf(notePaths);
            noteRoots = Map.copyOf(noteRoots);
            figureFolders = List.copyOf(figureFolders);
            siteByNote = Map.copyOf(siteByNote);
            hosts = hosts == null ? FigureHosts.off() : hosts;
        }

        /** Downloads off, or (true) from any host without asking: for tests against a local server. */
        public Places(Map<String, Path> notePaths, Map<String, Path> noteRoots, List<Path> figureFolders,
                      Path cacheDir, Map<String, String> siteByNote, boolean downloadsFromAnyHost) {
            this(notePaths, noteRoots, figureFolders, cacheDir, siteByNote,
                    downloadsFromAnyHost ? FigureHosts.anyHost() : FigureHosts.off());
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

    /**
     * Not to be had; the reason is shown in its place.
     *
     * @param askHost   the host the figure could be downloaded from once the user allows it, or null
     * @param unshowable the file was found but must not be shown (too large, absurd size in its header)
     */
    public record Missing(String reason, String askHost, boolean unshowable) implements Resolution {
        public Missing(String reason) {
            this(reason, null, false);
        }

        /** What follows the figure's name on the page. */
        public String sentence() {
            return (unshowable ? "could not be shown: " : "is not available: ") + reason;
        }
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

    /** The hosts figures may be downloaded from; answering for a host here counts from the next page on. */
    public FigureHosts hosts() {
        return places.hosts();
    }

    /** Looks on this machine only (fast; no network). */
    public Resolution resolveLocal(Figure f) {
        String src = f.src().strip();
        if (hasScheme(src)) {
            return new Missing("links to images elsewhere on the web are not loaded");
        }
        if (src.startsWith("//") || src.startsWith("\\\\")) {
            return new Missing("links to images on other machines are not loaded");
        }
        // A file found but refused is reported only when no other place has the figure.
        Missing refused = null;
        Path note = places.notePaths().get(f.note());
        Path root = places.noteRoots().get(f.note());
        if (note != null && root != null) {
            try {
                Path dir = note.toAbsolutePath().getParent();
                Resolution r = dir == null ? null : readWithin(dir.resolve(src), root, "next to the note");
                if (r instanceof Found) {
                    return r;
                }
                refused = (Missing) r;
            } catch (InvalidPathException e) {
                // A link that is no path at all: look for it elsewhere by name.
            }
        }
        String name = fileName(src);
        if (name != null) {
            for (Path folder : places.figureFolders()) {
                try {
                    Resolution r = readWithin(folder.resolve(name), folder, "figure folder " + folder);
                    if (r instanceof Found) {
                        return r;
                    }
                    refused = refused != null ? refused : (Missing) r;
                } catch (InvalidPathException e) {
                    // Not a file name on this system.
                }
            }
        }
        URI url = downloadUrl(f);
        if (url != null && places.cacheDir() != null) {
            Resolution r = readWithin(cacheFile(url), places.cacheDir(), "download cache");
            if (r instanceof Found) {
                return r;
            }
            refused = refused != null ? refused : (Missing) r;
        }
        if (refused != null) {
            return refused;
        }
        String notHere = "not found next to the note or in the figure folders";
        if (url == null) {
            String site = places.siteByNote().get(f.note());
            if (site != null && places.hosts().enabled() && siteWithoutHost(site)) {
                return new Missing(notHere + ", and the notes' site address " + site
                        + " has no host name to download from");
            }
            return new Missing(notHere + ". Add the notes' figures folder in Preferences");
        }
        if (!places.hosts().enabled()) {
            return new Missing(notHere + ", and downloads are off. Add a figures folder in Preferences, or allow "
                    + "downloads there");
        }
        String host = FigureHosts.key(url);
        Boolean answer = places.hosts().answer(host);
        if (answer == null) {
            return new Missing(notHere + ". Add a figures folder in Preferences, or allow downloads from " + host,
                    host, false);
        }
        if (!answer) {
            return new Missing(notHere + ", and downloads from " + host + " are refused (see Preferences)");
        }
        return outcomes.getOrDefault(url, new Downloadable(url));
    }

    /**
     * Downloads a figure into the cache, from a host the user allowed only (redirects too). Blocking: call it off
     * the JavaFX thread.
     */
    public Resolution download(URI url) {
        FigureHosts hosts = places.hosts();
        if (!FigureHosts.hasHost(url)) {
            return new Missing("could not be downloaded: the address " + url + " has no host name to download from");
        }
        if (!hosts.allowed(url)) {
            // Not remembered: once the user allows the host, the figure is offered again.
            return new Missing("downloads from " + FigureHosts.key(url) + " are not allowed", FigureHosts.key(url), false);
        }
        Resolution outcome;
        boolean cached = false;
        try {
            byte[] bytes = downloader.fetch(url, hosts::allowed);
            String problem = ImageBytes.problem(bytes);
            if (problem != null) {
                outcome = new Missing(problem, null, true);
            } else {
                if (places.cacheDir() != null) {
                    try {
                        AtomicFiles.write(cacheFile(url), bytes);
                        cached = true;
                    } catch (IOException e) {
                        // Shown all the same; only the cache is lost.
                    }
                }
                outcome = new Found(bytes, ImageBytes.mimeType(bytes), "downloaded from " + url.getHost());
            }
        } catch (FigureDownloader.DownloadException e) {
            outcome = new Missing("could not be downloaded: " + e.getMessage() + ". Check the connection, or add a "
                    + "figures folder in Preferences");
        }
        if (!cached) {
            outcomes.put(url, outcome);
        }
        return outcome;
    }

    /**
     * The address on the note's published site: the site joined with the link minus its leading {@code ../}; null
     * when there is none, or it has no host name (such an address is never asked about nor downloaded from).
     */
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
            URI url = new URI(site.endsWith("/") ? site : site + "/").resolve(new URI(null, null, rel, null));
            return FigureHosts.hasHost(url) ? url : null;
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    private static boolean siteWithoutHost(String site) {
        try {
            return !FigureHosts.hasHost(new URI(site.strip()));
        } catch (URISyntaxException e) {
            return true;
        }
    }

    private Path cacheFile(URI url) {
        return places.cacheDir().resolve(NoteLoader.sha256(url.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)) + ".img");
    }

    /**
     * The file at {@code candidate} if, links resolved, it is a file inside {@code root}: the image, a refusal
     * (too large, absurd size), or null (not there, outside, or no image).
     */
    private static Resolution readWithin(Path candidate, Path root, String from) {
        try {
            // Checked on the path as written first: resolving an absolute or UNC path (//host/share, /net/host)
            // would already make the system contact that host, before the real-path check could refuse it.
            if (!candidate.toAbsolutePath().normalize().startsWith(root.toAbsolutePath().normalize())) {
                return null;
            }
            Path real = candidate.toRealPath();
            if (!real.startsWith(root.toRealPath()) || !Files.isRegularFile(real)) {
                return null;
            }
            return read(real, from);
        } catch (IOException | SecurityException e) {
            return null; // not there, or not ours to read
        }
    }

    private static Resolution read(Path p, String from) throws IOException {
        byte[] bytes;
        try (InputStream in = Files.newInputStream(p)) {
            // Read up to one byte past the limit: the size on disk may change between asking and reading.
            bytes = in.readNBytes((int) MAX_FIGURE_BYTES + 1);
        }
        String mime = ImageBytes.mimeType(bytes);
        if (mime == null) {
            return null;
        }
        if (bytes.length > MAX_FIGURE_BYTES) {
            return new Missing("the file is larger than " + MAX_FIGURE_BYTES / 1048576 + " MB", null, true);
        }
        String problem = ImageBytes.problem(bytes);
        return problem != null ? new Missing(problem, null, true) : new Found(bytes, mime, from);
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
