package app.vidatlas.ui.common;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The web view's native library, from a folder of its own (ADR 0011). JavaFX loads a native library found at its
 * jar's root through a copy in {@code ~/.openjfx/cache}, and before every load it inflates the library from the jar
 * and hashes both copies to see that they agree: for this 112 MB library that was 0.8 s of the JavaFX thread each
 * time the window made its web view (JFR: {@code NativeLibLoader.cacheLibrary} under {@code WebPage.<clinit>}). The
 * app's jar therefore keeps it under {@code vidatlas/natives/} instead (pom.xml), where JavaFX does not look; it is
 * copied out once per build of the jar, and its folder is put on {@code java.library.path}, which JavaFX reads
 * next, when it loads the library. Where the library is not in the app's jar (the tests, {@code mvn javafx:run}:
 * JavaFX's own jars), nothing changes.
 */
public final class WebKitLibrary {
    static final String RESOURCE_DIR = "/vidatlas/natives/";
    private static final CompletableFuture<Void> READY = new CompletableFuture<>();
    private static volatile boolean started;

    private WebKitLibrary() {
    }

    /** Starts preparing the library on another thread (once); {@link #awaitReady()} waits for it. */
    public static synchronized void prepareInBackground(Path cacheDir) {
        if (started) {
            return;
        }
        started = true;
        // The shared workers make a thread when none is idle: this never waits behind other work.
        app.vidatlas.work.Workers.shared().run(() -> {
            prepare(cacheDir);
            return null;
        }, done -> READY.complete(null), failed -> READY.complete(null));
    }

    /**
     * Waits until the library can be found (at once when it was never asked for); call before the first web view. The
     * first start after a new build waits here for the copy (1–3 s, once), which JavaFX's own check made every time.
     */
    public static void awaitReady() {
        if (started) {
            READY.join();
        }
    }

    /** Copies the library out of the jar if this build's copy is not there yet, and tells JavaFX where it is. */
    static void prepare(Path cacheDir) {
        String name = System.mapLibraryName("jfxwebkit");
        URL inJar = WebKitLibrary.class.getResource(RESOURCE_DIR + name);
        if (inJar == null || !"jar".equals(inJar.getProtocol()) || WebKitLibrary.class.getResource("/" + name) != null) {
            return; // JavaFX's own jars hold it where JavaFX looks (the tests, `mvn javafx:run`)
        }
        Path folder = null;
        try {
            folder = copied(cacheDir, name, inJar);
        } catch (IOException | RuntimeException e) {
            try {
                // Removed at exit, in the reverse order of being registered: the files, then their folders. (A JVM
                // killed outright leaves them behind in the temporary folder.)
                Path temporary = Files.createTempDirectory("vidatlas-natives-");
                temporary.toFile().deleteOnExit();
                folder = copied(temporary, name, inJar);
                folder.toFile().deleteOnExit();
                folder.resolve(name + ".copied").toFile().deleteOnExit();
                folder.resolve(name).toFile().deleteOnExit();
            } catch (IOException | RuntimeException again) {
                return; // the window then says pages cannot be shown; the notes, lists and search still work
            }
        }
        String path = System.getProperty("java.library.path", "");
        System.setProperty("java.library.path", path.isEmpty() ? folder.toString()
                : folder + java.io.File.pathSeparator + path);
    }

    /** The folder holding this build's copy, copying it first when it is missing or not the one this build wrote. */
    static Path copied(Path cacheDir, String name, URL inJar) throws IOException {
        long size;
        long crc;
        var connection = inJar.openConnection();
        if (connection instanceof java.net.JarURLConnection jar) {
            size = jar.getJarEntry().getSize();
            crc = jar.getJarEntry().getCrc();
        } else {
            size = connection.getContentLengthLong();
            crc = connection.getLastModified();
        }
        // This jar (by path) and this library (by size and checksum): a new build of the app with the same JavaFX
        // keeps the copy; another JavaFX gets its own.
        String build = Integer.toHexString(inJar.toString().hashCode()) + "-" + size + "-" + Long.toHexString(crc);
        Path folder = cacheDir.resolve(build);
        Path library = folder.resolve(name);
        Path done = folder.resolve(name + ".copied");
        if (Files.isRegularFile(done) && Files.isRegularFile(library)
                && Files.readString(done, StandardCharsets.UTF_8).equals(stamp(library))) {
            return folder;
        }
        Files.createDirectories(folder);
        Path tmp = Files.createTempFile(folder, name, ".tmp");
        try (InputStream in = inJar.openStream()) {
            Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING);
            if (Files.size(tmp) != size && size >= 0) {
                throw new IOException("copied " + Files.size(tmp) + " of " + size + " bytes");
            }
            Files.move(tmp, library, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
        Files.writeString(done, stamp(library), StandardCharsets.UTF_8);
        removeOlderBuilds(cacheDir, folder);
        return folder;
    }

    private static String stamp(Path file) throws IOException {
        return Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis();
    }

    /** Other builds' copies of the same jar go (112 MB each); another jar's stay. */
    private static void removeOlderBuilds(Path cacheDir, Path keep) {
        String jar = keep.getFileName().toString().substring(0, keep.getFileName().toString().indexOf('-') + 1);
        try (Stream<Path> all = Files.list(cacheDir)) {
            all.filter(p -> !p.equals(keep) && p.getFileName().toString().startsWith(jar)).forEach(old -> {
                try (Stream<Path> files = Files.list(old)) {
                    for (Path f : files.toList()) {
                        Files.deleteIfExists(f);
                    }
                    Files.deleteIfExists(old);
                } catch (IOException | RuntimeException ignored) {
                    // a cache folder left behind costs space, not correctness
                }
            });
        } catch (IOException | RuntimeException ignored) {
            // as above
        }
    }
}
