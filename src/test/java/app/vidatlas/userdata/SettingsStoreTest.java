package app.vidatlas.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SettingsStoreTest {
    @TempDir
    Path config;

    @Test
    void settingsRoundTrip() throws IOException {
        Settings s = Settings.DEFAULTS.withFigureFolders(List.of(Path.of("/figs"))).withDownloadFigures(false)
                .withNotesFolders(List.of(Path.of("/notes"))).withTheme(Settings.Theme.DARK)
                .withSession(new Settings.WindowBounds(10, 20, 1200, 700, false), List.of(0.2, 0.55), "show-1", 840.0,
                        List.of("show-1", "lavie"));
        new SettingsStore(config).save(s);
        assertThat(new SettingsStore(config).load()).isEqualTo(s);
    }

    @Test
    void aCorruptSettingsFileIsSetAsideWithANoticeAndTheBookmarksSurvive() throws IOException {
        UserLibraryStore libraries = new UserLibraryStore(config);
        libraries.save(UserLibrary.EMPTY.toggleBookmark("show-1").withNote("show-1", "read the IJCV version"));
        Files.writeString(config.resolve("settings.json"), "{ \"figureFolders\": [ oops");
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(store.notice()).contains("could not be read").contains("set aside");
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.json.unreadable-"));
        }
        UserLibrary kept = new UserLibraryStore(config).load();
        assertThat(kept.bookmarks()).containsExactly("show-1");
        assertThat(kept.note("show-1")).isEqualTo("read the IJCV version");
    }

    @Test
    void writesLeaveNoTemporaryFilesBehind() throws IOException {
        SettingsStore store = new SettingsStore(config);
        for (int i = 0; i < 5; i++) {
            store.save(Settings.DEFAULTS.withTheme(i % 2 == 0 ? Settings.Theme.DARK : Settings.Theme.LIGHT));
        }
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("settings.json");
        }
    }

    @Test
    void anUnreadableLibraryIsKeptAsideNotOverwritten() throws IOException {
        Files.writeString(config.resolve("library.json"), "not json at all");
        UserLibraryStore store = new UserLibraryStore(config);
        assertThat(store.load()).isEqualTo(UserLibrary.EMPTY);
        assertThat(store.notice()).contains("could not be read");
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.startsWith("library.json.unreadable-"));
        }
    }

    @Test
    void aLibraryFileThatHoldsNoObjectIsKeptAsideNotReadAsEmptyAndOverwritten() throws IOException {
        for (String content : List.of("", "[]", "null")) {
            Files.writeString(config.resolve("library.json"), content);
            UserLibraryStore store = new UserLibraryStore(config);
            assertThat(store.load()).isEqualTo(UserLibrary.EMPTY);
            assertThat(store.notice()).as(content).contains("could not be read");
            assertThat(config.resolve("library.json")).as("moved aside, so the next save cannot overwrite it").doesNotExist();
        }
    }

    @Test
    void aSecondWindowClosingLaterDoesNotUndoAHostRefusedInTheFirst() throws IOException {
        new SettingsStore(config).save(Settings.DEFAULTS.withFigureHost("example.org", true));
        SettingsStore first = new SettingsStore(config);
        SettingsStore second = new SettingsStore(config);
        Settings a = first.load();
        Settings b = second.load();
        first.save(a.withFigureHost("example.org", false).withFigureHost("other.org", true));
        // The second window changed only its own place in the session: the first window's answers stay.
        second.save(b.withSession(null, List.of(0.2, 0.5), "show-1", 0.5, List.of()));
        Settings now = new SettingsStore(config).load();
        assertThat(now.figureHosts()).containsEntry("example.org", false).containsEntry("other.org", true);
        assertThat(now.lastPaper()).isEqualTo("show-1");
    }
}
