package app.vidatlas.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A command run as the terminal runs it, on an index folder of the test's own; what it printed is kept. */
final class CliRun {
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    private final Path index;

    CliRun(Path index) {
        this.index = index;
    }

    /** Runs {@code vidatlas ARGS --index DIR}; the window is never started. */
    int run(String... args) {
        String[] all = Stream.concat(Stream.of(args), Stream.of("--index", index.toString())).toArray(String[]::new);
        return VidAtlasCommand.run(all, (notes, figures, dir, probe) -> { }, new PrintWriter(out), new PrintWriter(err));
    }
}
