package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Diagnostic;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code vidatlas index}: builds or refreshes the search index, with progress on stderr. */
@Command(name = "index", mixinStandardHelpOptions = true,
        description = "Build or refresh the search index of the notes (done on demand by search, too).")
final class IndexCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.run(spec, true, (index, out, err) -> {
            Catalog catalog = index.catalog();
            for (Diagnostic d : catalog.diagnostics()) {
                if (d.isProblem() && !index.fileDiagnostics().contains(d)) {
                    err.println(Terminal.safe(d.toString()));
                }
            }
            err.flush();
            out.printf("%d papers from %d notes indexed%n", catalog.papers().size(), catalog.notes().size());
            return 0;
        });
    }
}
