package app.vidatlas.cli;

import app.vidatlas.bench.CorpusGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code vidatlas bench-corpus}: a corpus of notes in the bundled format, for the benchmarks. */
@Command(name = "bench-corpus", mixinStandardHelpOptions = true,
        description = "Write a deterministic corpus of notes in the bundled notes' format (for benchmarks).")
final class BenchCorpusCommand implements Callable<Integer> {
    @Option(names = "--papers", required = true, paramLabel = "N", description = "how many papers")
    int papers;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "where to write the notes")
    Path out;

    @Option(names = "--seed", defaultValue = "42", paramLabel = "S", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (papers < 1) {
            spec.commandLine().getErr().println("vidatlas: --papers must be at least 1");
            return 2;
        }
        List<Path> notes = new CorpusGenerator(seed).write(papers, out);
        spec.commandLine().getOut().printf("%d papers in %d notes written to %s%n", papers, notes.size(), out);
        spec.commandLine().getOut().flush();
        return 0;
    }
}
