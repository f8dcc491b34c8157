package app.vidatlas;

import app.vidatlas.cli.VidAtlasCommand;
import app.vidatlas.ui.AppLauncher;

/**
 * Entry point of {@code java -jar vidatlas.jar}. With a subcommand it is the command line and never starts JavaFX;
 * without one it opens the app. It does not extend {@code Application}: with JavaFX on the class path (a plain
 * {@code java -jar}) the launcher class must not be a JavaFX application.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        int exit = VidAtlasCommand.run(args, AppLauncher::launch);
        if (exit != VidAtlasCommand.APP_STARTED) {
            System.exit(exit);
        }
    }
}
