package app.vidatlas.ui;

import app.vidatlas.userdata.Settings;
import app.vidatlas.userdata.SettingsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Settings fields of the wrong type are never guessed at; the hosts the user answered for are kept. */
class SettingsFieldsTest {
    @TempDir
    Path config;

    @Test
    void downloadFiguresNoIsNotReadAsTrue() throws IOException {
        Files.writeString(config.resolve("settings.json"),
                "{\"figureFolders\":[\"/figs\"],\"downloadFigures\":\"no\",\"theme\":\"DARK\"}");
        SettingsStore store = new SettingsStore(config);
        Settings s = store.load();
        assertThat(s.downloadFigures()).isFalse();
        assertThat(store.notice()).contains("\"downloadFigures\" should be true or false, not \"no\"")
                .contains("downloads are off");
        assertThat(s.figureFolders()).as("the rest of the file is kept").containsExactly(Path.of("/figs"));
        assertThat(s.theme()).isEqualTo(Settings.Theme.DARK);
    }

    @Test
    void aMissingDownloadFiguresStaysOnWithoutANotice() throws IOException {
        Files.writeString(config.resolve("settings.json"), "{\"theme\":\"LIGHT\"}");
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load().downloadFigures()).isTrue();
        assertThat(store.notice()).isNull();
    }

    @Test
    void hostAnswersRoundTripAndABadOneIsAskedAgain() throws IOException {
        Settings s = Settings.DEFAULTS.withFigureHost("example.org", true).withFigureHost("127.0.0.1:8443", false)
                .withFigureFolders(List.of(Path.of("/figs")));
        new SettingsStore(config).save(s);
        assertThat(new SettingsStore(config).load()).isEqualTo(s);

        Files.writeString(config.resolve("settings.json"),
                "{\"figureHosts\":{\"example.org\":\"allow\",\"evil.example\":true}}");
        SettingsStore store = new SettingsStore(config);
        assertThat(store.load().figureHosts()).isEqualTo(Map.of("example.org", true));
        assertThat(store.notice()).contains("evil.example").contains("asked again");
    }
}
