package app.vidatlas.cli;

import app.vidatlas.model.Paper;
import app.vidatlas.export.ListExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.concurrent.Callable;

/** {@code vidatlas export}: a list of papers (all, a search's, a category's) as BibTeX, CSV or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export papers as BibTeX, CSV or JSON: all of them, a search's results, or a category's.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Mixin
    PaperChoice choice;

    @Option(names = "--format", required = true, description = "bibtex, ris, csl_json (for Zotero, Mendeley and other reference managers), csv or json")
    ListExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.run(spec, false, (index, out, err) -> {
            List<Paper> papers = choice.papers(index, err);
            if (papers == null) {
                return ShowCommand.NOT_FOUND;
            }
            out.print(ListExport.export(papers, format));
            return 0;
        });
    }
}
