package app.vidatlas.cli;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.export.ListExport;
import app.vidatlas.search.SearchResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.Callable;

/** {@code vidatlas export}: a list of papers (all, a search's, a category's) as BibTeX, CSV or JSON. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export papers as BibTeX, CSV or JSON: all of them, a search's results, or a category's.")
final class ExportCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Option(names = "--query", paramLabel = "Q", description = "only the papers this search finds, best first")
    String query;

    @Option(names = "--category", paramLabel = "C", description = "only the papers under this category (\"A / B\")")
    String category;

    @Option(names = "--format", required = true, description = "bibtex, csv or json")
    ListExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.run(spec, false, (index, out, err) -> {
            // Chosen from what the index keeps of each paper, then read whole: the catalog is not built again.
            List<Paper> listed = index.paperSummaries();
            List<String> ids = listed.stream().map(Paper::id).toList();
            if (query != null) {
                SearchResult r = index.searcher().search(query, Integer.MAX_VALUE / 2);
                r.notices().forEach(n -> err.println("vidatlas: " + Terminal.safe(n)));
                ids = r.hits().stream().map(SearchResult.Hit::id).filter(Objects::nonNull).toList();
            }
            if (category != null) {
                CategoryTree.Node node = CategoryTree.of(listed).find(CategoryPath.parse(category));
                if (node == null) {
                    err.println("vidatlas: no category '" + Terminal.safe(category) + "'.");
                    return ShowCommand.NOT_FOUND;
                }
                ids = ids.stream().filter(node.paperIds()::contains).toList();
            }
            List<Paper> papers = index.papers(ids);
            out.print(ListExport.export(papers, format));
            return 0;
        });
    }
}
