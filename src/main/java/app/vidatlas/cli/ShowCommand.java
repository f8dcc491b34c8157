package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.export.CatalogJson;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.Texts;
import app.vidatlas.export.PaperMarkdown;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vidatlas show ID}: one paper with all it holds. */
@Command(name = "show", mixinStandardHelpOptions = true, description = "Show one paper with all it holds.")
final class ShowCommand implements Callable<Integer> {
    /** Exit code for an id that names no paper. */
    static final int NOT_FOUND = 2;

    enum Format { markdown, json }

    @Parameters(paramLabel = "ID", description = "the paper's id (as `papers` lists it), or its short name")
    String id;

    @Mixin
    LibraryOptions library;

    @Option(names = "--format", defaultValue = "markdown", description = "markdown or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.runOnCatalog(spec, true, (catalog, notes, out, err) -> {
            Optional<Paper> paper = find(catalog, id);
            if (paper.isEmpty()) {
                notFound(catalog, id, err);
                return NOT_FOUND;
            }
            out.print(format == Format.json ? CatalogJson.paperJson(paper.get()) : PaperMarkdown.render(paper.get()));
            return 0;
        });
    }

    /** Says that no paper has this id, and which one was most likely meant. */
    static void notFound(Catalog catalog, String id, PrintWriter err) {
        err.print("vidatlas: no paper with id '" + Terminal.safe(id) + "'.");
        catalog.closest(id).ifPresentOrElse(
                p -> err.println(" Did you mean '" + Terminal.safe(p.id()) + "' (" + Terminal.safe(p.shortName()) + ")?"),
                () -> err.println(" `vidatlas papers` lists them all."));
        err.flush();
    }

    /** By id first; then by a name that is exactly one paper's short name or alias. */
    static Optional<Paper> find(Catalog catalog, String query) {
        Optional<Paper> byId = catalog.paper(query);
        if (byId.isPresent()) {
            return byId;
        }
        String key = Texts.compact(query);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var matches = catalog.papers().stream()
                .filter(p -> Texts.compact(p.shortName()).equals(key)
                        || p.aliases().stream().anyMatch(a -> Texts.compact(a).equals(key)))
                .toList();
        return matches.size() == 1 ? Optional.of(matches.get(0)) : Optional.empty();
    }
}
