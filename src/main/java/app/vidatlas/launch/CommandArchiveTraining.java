package app.vidatlas.launch;

import app.vidatlas.cli.VidAtlasCommand;
import app.vidatlas.cli.WindowArguments;
import app.vidatlas.userdata.CompilerHint;
import app.vidatlas.userdata.UserDirs;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * The JVM that writes the commands' class-data archive (ADR 0015) runs this: every command that reads the notes, in
 * its usual formats, on the bundled notes, printing nothing. The archive then holds what any of them loads, whichever
 * library it is later given: its classes are the same, and a class missing from the archive is simply read from the
 * jar.
 */
public final class CommandArchiveTraining {
    /** The command lines run. Each must succeed on the bundled notes ({@code CommandArchiveTrainingTest}). */
    static final List<List<String>> COMMANDS = List.of(
            List.of("search", "motion"),
            List.of("search", "运动 consistency", "--format", "json", "--limit", "5"),
            List.of("search", "year:2023 title:video"),
            List.of("show", "show-1"),
            List.of("show", "svd", "--format", "json"),
            List.of("papers"),
            List.of("papers", "--format", "json"),
            List.of("compare", "show-1", "lavie", "svd"),
            List.of("matrix", "--format", "csv"),
            List.of("export", "--query", "motion", "--format", "bibtex"),
            List.of("lineage", "svd", "--format", "mermaid"),
            List.of("timeline"),
            List.of("check"));

    private CommandArchiveTraining() {
    }

    /** {@code args}: none. Exits 0 only when every command did, so that a failed training installs no archive. */
    public static void main(String[] args) {
        System.exit(run() ? 0 : 1);
    }

    /** Runs every command; whether each ended with exit code 0. */
    static boolean run() {
        // The bundled notes are not the user's library: what the user's last one was stays the hint.
        boolean large = CompilerHint.lastWasLarge(UserDirs.cache());
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        boolean all = true;
        for (List<String> command : COMMANDS) {
            String[] args = command.toArray(String[]::new);
            WindowArguments.read(args);   // what Main asks first, so its classes are in the archive too
            int exit = VidAtlasCommand.run(args, (notes, figures, index, probe) -> {
            }, nowhere, nowhere, Path.of("").toAbsolutePath());
            all &= exit == 0;
        }
        CompilerHint.remember(UserDirs.cache(), large ? CompilerHint.LARGE : 0);
        return all;
    }
}
