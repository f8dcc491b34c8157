package app.vidatlas.cli;

import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Commands run as the terminal runs them, on an index folder of the test's own; what they printed is kept (a new
 * instance, so new output, for every test).
 */
abstract class CliTestBase {
    @TempDir
    Path index;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs {@code vidatlas ARGS --index DIR}; the window is never started. */
    int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--index", index.toString())).toArray(String[]::new);
        return VidAtlasCommand.run(all, (notes, figures, dir, probe) -> { }, new PrintWriter(out), new PrintWriter(err));
    }
}
