package app.vidatlas.cli;

import app.vidatlas.export.ReviewMatrix;
import app.vidatlas.export.ReviewMatrixExport;
import app.vidatlas.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code vidatlas matrix}: papers as a review table, one row per paper and one column per field chosen. */
@Command(name = "matrix", mixinStandardHelpOptions = true,
        description = "Papers as a table for a literature review: one row per paper, one column per field "
                + "(all papers, a search's results, or a category's).")
final class MatrixCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Mixin
    PaperChoice choice;

    @Option(names = "--columns", split = ",", paramLabel = "KEY",
            description = "the columns, by key, comma-separated (default: year, venue, category, the attributes, "
                    + "code and notes); the name always comes first")
    List<String> columns = ReviewMatrix.DEFAULT_COLUMNS;

    @Option(names = "--format", defaultValue = "markdown",
            description = "markdown, csv, html or latex (default: ${DEFAULT-VALUE})")
    ReviewMatrixExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        // The columns are checked before any note is read.
        java.util.Optional<String> unknown = ReviewMatrix.unknown(columns);
        if (unknown.isPresent()) {
            spec.commandLine().getErr().println("vidatlas: no column '" + Terminal.safe(unknown.get())
                    + "'; the columns are " + String.join(", ", ReviewMatrix.keys()) + ".");
            return 2;
        }
        return library.run(spec, false, (index, out, err) -> {
            List<Paper> papers = choice.papers(index, err);
            if (papers == null) {
                return ShowCommand.NOT_FOUND;
            }
            out.print(ReviewMatrixExport.export(ReviewMatrix.of(papers, columns), format));
            return 0;
        });
    }
}
