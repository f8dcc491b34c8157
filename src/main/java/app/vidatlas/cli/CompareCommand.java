package app.vidatlas.cli;

import app.vidatlas.model.Paper;
import app.vidatlas.export.Comparison;
import app.vidatlas.export.ComparisonExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vidatlas compare ID ID...}: papers side by side. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        description = "Compare 2 to 12 papers side by side (rows and values that differ are marked).")
final class CompareCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", arity = "1..*", description = "papers, by id or short name")
    List<String> ids;

    @Mixin
    LibraryOptions library;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown, csv, json, html or latex (default: ${DEFAULT-VALUE})")
    ComparisonExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        if (ids.size() < Comparison.MIN || ids.size() > Comparison.MAX) {
            err.println("vidatlas: compare takes " + Comparison.MIN + " to " + Comparison.MAX
                    + " papers, not " + ids.size() + ".");
            return ShowCommand.NOT_FOUND;
        }
        return library.runOnCatalog(spec, true, (catalog, notes, out, errors) -> {
            List<Paper> papers = new ArrayList<>();
            for (String id : ids) {
                Optional<Paper> p = ShowCommand.find(catalog, id);
                if (p.isEmpty()) {
                    ShowCommand.notFound(catalog, id, errors);
                    return ShowCommand.NOT_FOUND;
                }
                papers.add(p.get());
            }
            out.print(ComparisonExport.export(Comparison.of(papers), format));
            return 0;
        });
    }
}
