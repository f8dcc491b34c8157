package app.vidatlas.ui;

import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.userdata.UserLibraryStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Config files kept elsewhere (a dotfiles repository) and linked in stay linked when the app saves them. */
class LinkedConfigFilesTest {
    @TempDir
    Path config;
    @TempDir
    Path dotfiles;

    @Test
    void linkedSettingsAndLibraryAreSavedThroughTheirLinks() throws IOException {
        Path settingsLink = Files.createSymbolicLink(config.resolve("settings.json"), dotfiles.resolve("settings.json"));
        Path libraryLink = Files.createSymbolicLink(config.resolve("library.json"), dotfiles.resolve("library.json"));
        Settings dark = Settings.DEFAULTS.withTheme(Settings.Theme.DARK);

        new SettingsStore(config).save(dark);
        new UserLibraryStore(config).save(UserLibrary.EMPTY.toggleBookmark("show-1"));

        assertThat(settingsLink).isSymbolicLink();
        assertThat(libraryLink).isSymbolicLink();
        assertThat(new SettingsStore(config).load()).isEqualTo(dark);
        assertThat(new UserLibraryStore(config).load().bookmarks()).containsExactly("show-1");
        assertThat(dotfiles.resolve("settings.json")).content().contains("DARK");
        assertThat(dotfiles.resolve("library.json")).content().contains("show-1");
    }

    @Test
    void anUnreadableLinkedSettingsFileIsSetAsideBesideItsTargetAndTheLinkStays() throws IOException {
        Files.writeString(dotfiles.resolve("settings.json"), "{ \"figureFolders\": [ oops");
        Path link = Files.createSymbolicLink(config.resolve("settings.json"), dotfiles.resolve("settings.json"));
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load()).isEqualTo(Settings.DEFAULTS);
        assertThat(store.notice()).contains("set aside");

        store.save(Settings.DEFAULTS.withTheme(Settings.Theme.LIGHT));
        assertThat(link).isSymbolicLink();
        assertThat(new SettingsStore(config).load().theme()).isEqualTo(Settings.Theme.LIGHT);
        try (Stream<Path> files = Files.list(dotfiles)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .anyMatch(n -> n.startsWith("settings.json.unreadable-"));
        }
    }
}
