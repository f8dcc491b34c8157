package app.vidatlas;

import app.vidatlas.work.Timeline;
import app.vidatlas.cli.VidAtlasCommand;
import app.vidatlas.cli.WindowArguments;
import app.vidatlas.launch.CommandClient;
import app.vidatlas.launch.CommandJvm;
import app.vidatlas.launch.Relaunch;
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
        Timeline.mark("main");
        Relaunch.confirmStarted(args);
        java.util.OptionalInt launched = Relaunch.withSharedArchive(args);
        if (launched.isPresent()) {
            System.exit(launched.getAsInt());
        }
        java.util.Optional<WindowArguments.Parsed> window = WindowArguments.read(args);
        if (window.isPresent()) {
            // Straight to the window: the whole command line is built only for a command (or to explain an error).
            VidAtlasCommand.startWindow(AppLauncher::launch, window.get());
            return;
        }
        // A command that only reads the notes is answered by the command server when one runs (ADR 0014).
        java.util.OptionalInt answered = CommandClient.answer(args);
        if (answered.isPresent()) {
            System.exit(answered.getAsInt());
        }
        // None answered: the command runs in a JVM made for a short life, once its class archive exists (ADR 0015).
        java.util.OptionalInt quick = CommandJvm.run(args);
        if (quick.isPresent()) {
            CommandClient.startServerForNext(args);
            System.exit(quick.getAsInt());
        }
        int exit = VidAtlasCommand.run(args, AppLauncher::launch);
        if (exit != VidAtlasCommand.APP_STARTED) {
            CommandClient.startServerForNext(args);
            CommandJvm.prepareArchive(args);
            System.exit(exit);
        }
    }
}
