package app.vidatlas.launch;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SharedArchiveTest {
    @TempDir
    Path dir;

    @Test
    void aRebuiltJarOrAnotherKindOfStartGetsAnArchiveOfItsOwn() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "one build");
        SharedArchive window = SharedArchive.of(dir, jar, "window");
        assertThat(SharedArchive.of(dir, jar, "search").file()).isNotEqualTo(window.file());
        assertThat(SharedArchive.of(dir, jar, "window").file()).isEqualTo(window.file());

        Files.writeString(jar, "another build, another size");
        assertThat(SharedArchive.of(dir, jar, "window").file()).isNotEqualTo(window.file());
        Files.setLastModifiedTime(jar, FileTime.fromMillis(0));
        assertThat(SharedArchive.of(dir, jar, "window").file().getFileName().toString()).endsWith("-window.jsa")
                .contains(Runtime.version().feature() + ".");
    }

    @Test
    void anArchivesNameKeepsOnlyPlainCharactersOfTheJdksVersionAndTheKind() throws IOException {
        assertThat(SharedArchive.safe("17.0.15+6-Debian-1deb12u1", true)).isEqualTo("17.0.15_6_Debian_1deb12u1");
        assertThat(SharedArchive.safe("a/b c.d", false)).isEqualTo("a_b_c_d");
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "one build");
        assertThat(SharedArchive.of(dir, jar, "Sub/Kind").file().getFileName().toString()).endsWith("-sub_kind.jsa");
    }

    @Test
    void installingAnArchiveRemovesTheOlderBuildsButKeepsThisBuildsOtherKinds() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "old build");
        SharedArchive oldWindow = SharedArchive.of(dir, jar, "window");
        Files.writeString(oldWindow.file(), "archive");
        Files.writeString(jar, "the new build");
        SharedArchive search = SharedArchive.of(dir, jar, "search");
        Files.writeString(search.file(), "archive");
        Path unrelated = Files.writeString(dir.resolve("notes.txt"), "not ours");
        Path killed = Files.writeString(oldWindow.file().resolveSibling(oldWindow.file().getFileName() + ".999.tmp"),
                "left by a start that was killed");

        SharedArchive window = SharedArchive.of(dir, jar, "window");
        assertThat(window.exists()).isFalse();
        Files.writeString(window.pending(), "written at exit");
        window.install(jar);

        assertThat(window.exists()).isTrue();
        assertThat(Files.readString(window.file())).isEqualTo("written at exit");
        assertThat(oldWindow.file()).doesNotExist();
        assertThat(search.file()).exists();
        assertThat(unrelated).exists();
        assertThat(killed).doesNotExist();
        try (Stream<Path> left = Files.list(dir)) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void anEmptyOrMissingArchiveIsNeitherInstalledNorUsed() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "jar");
        SharedArchive archive = SharedArchive.of(dir, jar, "show");
        archive.install(jar);
        assertThat(archive.exists()).isFalse();

        Files.createFile(archive.pending());
        archive.install(jar);
        assertThat(archive.exists()).isFalse();
        assertThat(archive.pending()).doesNotExist();

        Files.writeString(archive.pending(), "half written by a failed run");
        archive.discardPending();
        assertThat(archive.pending()).doesNotExist();
    }
}
