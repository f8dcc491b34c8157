package app.vidatlas.ui;

import java.nio.file.Path;
import java.util.List;

/**
 * What the app remembers between runs.
 *
 * @param figureFolders     folders where figures are looked up by file name (Preferences, {@code --figures})
 * @param downloadFigures   whether missing figures may be downloaded from the notes' published site
 * @param notesFolders      the notes folders last opened; empty for the bundled notes
 */
public record Settings(List<Path> figureFolders, boolean downloadFigures, List<Path> notesFolders) {
    public static final Settings DEFAULTS = new Settings(List.of(), true, List.of());

    public Settings {
        figureFolders = List.copyOf(figureFolders);
        notesFolders = List.copyOf(notesFolders);
    }

    public Settings withFigureFolders(List<Path> folders) {
        return new Settings(folders, downloadFigures, notesFolders);
    }

    public Settings withDownloadFigures(boolean on) {
        return new Settings(figureFolders, on, notesFolders);
    }

    public Settings withNotesFolders(List<Path> folders) {
        return new Settings(figureFolders, downloadFigures, folders);
    }
}
