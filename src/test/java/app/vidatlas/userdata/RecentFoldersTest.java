package app.vidatlas.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class RecentFoldersTest {
    @TempDir
    Path config;

    @Test
    void theNewestComeFirstOnceAndOnlyTheLastEightAreKept() throws IOException {
        RecentFolders recent = new RecentFolders(config);
        assertThat(recent.read()).isEmpty();
        recent.opened(List.of(Path.of("/notes/a")));
        recent.opened(List.of());                                   // the bundled notes
        recent.opened(List.of(Path.of("/notes/b"), Path.of("/notes/c")));
        recent.opened(List.of(Path.of("/notes/a")));
        assertThat(new RecentFolders(config).read()).containsExactly(List.of(Path.of("/notes/a")),
                List.of(Path.of("/notes/b"), Path.of("/notes/c")), List.of());
        for (int i = 0; i < 12; i++) {
            recent.opened(List.of(Path.of("/notes/" + i)));
        }
        assertThat(recent.read()).hasSize(RecentFolders.MAX).first().isEqualTo(List.of(Path.of("/notes/11")));
    }

    @Test
    void aFileThatCannotBeReadIsStartedAgain() throws IOException {
        Files.writeString(config.resolve("recent.json"), "{\"recent\": [[\"/ok\"], 3, {\"x\": 1}], ");
        RecentFolders recent = new RecentFolders(config);
        assertThat(recent.read()).isEmpty();
        assertThat(recent.opened(List.of(Path.of("/notes/a")))).containsExactly(List.of(Path.of("/notes/a")));
    }
}
