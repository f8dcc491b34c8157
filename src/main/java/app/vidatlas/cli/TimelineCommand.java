package app.vidatlas.cli;

import app.vidatlas.catalog.CategoryTree;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.lineage.Commentary;
import app.vidatlas.catalog.lineage.FieldTimeline;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.export.TimelineExport;
import app.vidatlas.model.CategoryPath;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.Set;
import java.util.concurrent.Callable;

/** {@code vidatlas timeline}: the papers by date, with what notes narrating history say at their dates. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The papers by date (month from the arXiv id, else year), oldest first, with what notes "
                + "narrating the field's history say at their dates.")
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Option(names = "--category", paramLabel = "C", description = "only the papers under this category (\"A / B\")")
    String category;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    TimelineExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.runOnCatalog(spec, false, (catalog, notes, out, err) -> {
            Set<String> ids = null;
            if (category != null) {
                CategoryTree.Node node;
                try {
                    node = CategoryTree.of(catalog.papers()).find(CategoryPath.parse(category));
                } catch (IllegalArgumentException noSegment) {
                    node = null;   // "/" or "": a path with no category in it
                }
                if (node == null) {
                    err.println("vidatlas: no category '" + Terminal.safe(category) + "'.");
                    return 2;
                }
                ids = node.paperIds();
            }
            Set<String> chosen = ids;
            FieldTimeline t = FieldTimeline.of(Lineage.of(catalog, CrossReferences.EMPTY), Commentary.of(catalog),
                    n -> chosen == null || chosen.contains(n.id()));
            out.print(TimelineExport.export(t, format));
            return 0;
        });
    }
}
