package app.vidatlas.ui.common;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web view's library is copied out of the app's jar once per build, checked by size and time at later starts,
 * copied again when the copy is not the one written, and older builds' copies go (ADR 0011).
 */
class WebKitLibraryTest {
    @TempDir
    Path dir;

    private URL inJar(byte[] library) throws Exception {
        Path jar = dir.resolve("vidatlas.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("vidatlas/natives/libjfxwebkit.so"));
            out.write(library);
            out.closeEntry();
        }
        return new URL("jar:" + jar.toUri() + "!/vidatlas/natives/libjfxwebkit.so");
    }

    @Test
    void copiedOnceThenReusedAndCopiedAgainWhenChanged() throws Exception {
        byte[] library = "ELF pretend library".repeat(1000).getBytes();
        URL url = inJar(library);
        Path cache = dir.resolve("natives");
        Path folder = WebKitLibrary.copied(cache, "libjfxwebkit.so", url);
        Path copy = folder.resolve("libjfxwebkit.so");
        assertThat(copy).hasBinaryContent(library);

        long written = Files.getLastModifiedTime(copy).toMillis();
        Files.setLastModifiedTime(copy, java.nio.file.attribute.FileTime.fromMillis(written)); // unchanged
        assertThat(WebKitLibrary.copied(cache, "libjfxwebkit.so", url)).isEqualTo(folder);
        assertThat(Files.getLastModifiedTime(copy).toMillis()).as("not copied again").isEqualTo(written);

        Files.write(copy, "something else".getBytes());
        WebKitLibrary.copied(cache, "libjfxwebkit.so", url);
        assertThat(copy).as("a copy that is not the one written is replaced").hasBinaryContent(library);
    }

    @Test
    void anOlderBuildsCopyOfTheSameJarGoesAnotherJarsStays() throws Exception {
        URL url = inJar(new byte[] {1, 2, 3});
        Path cache = dir.resolve("natives");
        String jarPrefix = Integer.toHexString(url.toString().hashCode()) + "-";
        Path older = Files.createDirectories(cache.resolve(jarPrefix + "99-abc"));
        Files.write(older.resolve("libjfxwebkit.so"), new byte[] {9});
        Path otherJar = Files.createDirectories(cache.resolve("0123abcd-99-abc"));

        WebKitLibrary.copied(cache, "libjfxwebkit.so", url);
        assertThat(older).doesNotExist();
        assertThat(otherJar).exists();
    }

    @Test
    void fromClassesNothingChanges() {
        String before = System.getProperty("java.library.path");
        WebKitLibrary.prepare(dir.resolve("natives"));
        assertThat(System.getProperty("java.library.path")).as("JavaFX's own jars hold the library").isEqualTo(before);
        assertThat(dir.resolve("natives")).doesNotExist();
    }
}
