package app.vidatlas.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Files written whole, through symbolic links, with the rename itself put on disk. */
class AtomicFilesTest {
    @TempDir
    Path config;
    @TempDir
    Path dotfiles;

    @Test
    void aSymlinkedFileIsWrittenThroughAndStaysALink() throws IOException {
        Path target = dotfiles.resolve("vidatlas-library.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(config.resolve("library.json"), target);

        AtomicFiles.write(link, bytes("new"));
        assertThat(link).isSymbolicLink();
        assertThat(Files.readSymbolicLink(link)).isEqualTo(target);
        assertThat(target).hasContent("new");
        assertThat(names(config)).containsExactly("library.json");
        assertThat(names(dotfiles)).as("no temporary file left beside the target").containsExactly("vidatlas-library.json");
    }

    @Test
    void aRelativeOrDanglingLinkIsWrittenThroughToItsTarget() throws IOException {
        Path link = Files.createSymbolicLink(config.resolve("library.json"), Path.of("kept", "library.json"));
        Files.createDirectories(config.resolve("kept"));
        AtomicFiles.write(link, bytes("first"));
        assertThat(link).isSymbolicLink();
        assertThat(config.resolve("kept/library.json")).hasContent("first");
    }

    @Test
    void theFolderIsSyncedAfterTheRenameTheFolderOfTheLinksTarget() throws IOException {
        Path target = dotfiles.resolve("library.json");
        Files.writeString(target, "old");
        Path link = Files.createSymbolicLink(config.resolve("library.json"), target);
        List<String> synced = new ArrayList<>();
        AtomicFiles.write(link, bytes("new"), dir -> {
            try {
                synced.add(dir + " holds " + Files.readString(target));
            } catch (IOException e) {
                throw new AssertionError(e);
            }
        });
        assertThat(synced).containsExactly(dotfiles + " holds new");
    }

    @Test
    void syncingAFolderThatCannotBeOpenedIsNoError() {
        assertThatCode(() -> AtomicFiles.syncDirectory(config)).doesNotThrowAnyException();
        assertThatCode(() -> AtomicFiles.syncDirectory(config.resolve("gone"))).doesNotThrowAnyException();
    }

    @Test
    void anUnreadableLinkedFileIsSetAsideBesideItsTargetAndTheLinkStays() throws IOException {
        Path target = dotfiles.resolve("library.json");
        Files.writeString(target, "{ broken");
        Path link = Files.createSymbolicLink(config.resolve("library.json"), target);

        Path aside = AtomicFiles.setAside(link);
        assertThat(aside.getParent()).isEqualTo(dotfiles);
        assertThat(aside).hasContent("{ broken");
        assertThat(link).isSymbolicLink();
        AtomicFiles.write(link, bytes("{}"));
        assertThat(target).hasContent("{}");
        assertThat(aside).hasContent("{ broken");
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    private static boolean posix(Path dir) {
        return Files.getFileAttributeView(dir, java.nio.file.attribute.PosixFileAttributeView.class) != null;
    }

    @Test
    void aFileKeepsItsPermissionsWhenSaved() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(config), "POSIX permissions");
        for (String mode : List.of("rw-r--r--", "rw-rw-r--", "rw-rw----", "rw-------")) {
            Path file = config.resolve("settings.json");
            Files.writeString(file, "old");
            Files.setPosixFilePermissions(file, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
            AtomicFiles.write(file, bytes("new " + mode));
            assertThat(file).hasContent("new " + mode);
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                    .as("a %s file after a save", mode).isEqualTo(mode);
        }
        assertThat(names(config)).containsExactly("settings.json");
    }

    @Test
    void aSymlinkedFileKeepsItsTargetsPermissions() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(dotfiles), "POSIX permissions");
        Path target = dotfiles.resolve("library.json");
        Files.writeString(target, "old");
        Files.setPosixFilePermissions(target, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----"));
        Path link = Files.createSymbolicLink(config.resolve("library.json"), target);
        AtomicFiles.write(link, bytes("new"));
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(target)))
                .isEqualTo("rw-r-----");
    }

    @Test
    void aNewFileGetsTheDefaultModeNotAPrivateOne() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(posix(config), "POSIX permissions");
        // What the user's umask gives a new file, as any other program would create it.
        Path plain = Files.createFile(config.resolve("plain"));
        Path file = config.resolve("new.json");
        AtomicFiles.write(file, bytes("first"));
        assertThat(Files.getPosixFilePermissions(file)).isEqualTo(Files.getPosixFilePermissions(plain));
        assertThat(file).hasContent("first");
    }
}
