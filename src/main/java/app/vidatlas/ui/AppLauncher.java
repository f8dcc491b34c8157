package app.vidatlas.ui;

import javafx.application.Application;

import java.nio.file.Path;
import java.util.List;

/** Starts the JavaFX application with the notes folders given on the command line. */
public final class AppLauncher {
    private static volatile List<Path> notes = List.of();

    private AppLauncher() {
    }

    public static void launch(List<Path> notesDirs) {
        notes = List.copyOf(notesDirs);
        Application.launch(VidAtlasApp.class);
    }

    static List<Path> notes() {
        return notes;
    }
}
