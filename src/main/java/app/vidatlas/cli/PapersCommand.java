package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.export.CatalogJson;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Source;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

/** {@code vidatlas papers}: every paper the notes talk about, with where each is discussed. */
@Command(name = "papers", mixinStandardHelpOptions = true,
        description = "List every paper the notes talk about, with the notes and slides that discuss it.")
final class PapersCommand implements Callable<Integer> {
    enum Format { table, json }

    @Mixin
    LibraryOptions library;

    @Option(names = "--format", defaultValue = "table", description = "table or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.runOnCatalog(spec, true, (catalog, notes, out, err) -> {
            print(catalog, out);
            return 0;
        });
    }

    private void print(Catalog catalog, PrintWriter out) {
        if (format == Format.json) {
            out.print(CatalogJson.papers(catalog.papers()));
        } else {
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[]{"ID", "NAME", "YEAR", "VENUE", "DISCUSSED IN"});
            for (Paper p : catalog.papers()) {
                // Each cell one line, its escape codes shown not obeyed, so the columns stay where they are.
                rows.add(new String[]{Terminal.safe(p.id()), Terminal.safe(p.shortName()),
                        p.year() == null ? "" : p.year().toString(), p.venue() == null ? "" : Terminal.safe(p.venue()),
                        Terminal.safe(where(p))});
            }
            out.print(TextTable.format(rows));
            out.printf("%d papers from %d notes%n", catalog.papers().size(), catalog.notes().size());
        }
    }

    /** {@code t2i-based-works.md P75-P79; open-source-base-models.md P75-P79}. */
    static String where(Paper p) {
        return p.sources().stream().map(PapersCommand::where).collect(Collectors.joining("; "));
    }

    static String where(Source s) {
        String slides = SlideRanges.format(s.slides());
        return slides.isEmpty() ? s.note() : s.note() + " " + slides;
    }
}
