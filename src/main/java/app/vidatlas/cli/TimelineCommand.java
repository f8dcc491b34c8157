package app.vidatlas.cli;

import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.lineage.Commentary;
import app.vidatlas.catalog.lineage.FieldTimeline;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.export.TimelineExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code vidatlas timeline}: the papers by date, with what notes narrating history say at their dates. */
@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = "The papers by date (month from the arXiv id or the notes, else year), oldest first, with what "
                + "notes narrating the field's history say at their dates; --query and --category choose the papers.")
final class TimelineCommand implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Mixin
    PaperChoice choice;

    @Option(names = "--format", defaultValue = "csv", description = "csv or json (default: ${DEFAULT-VALUE})")
    TimelineExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.runOnCatalog(spec, true, (catalog, notes, out, err) -> {
            List<String> ids = choice.ids(notes, err);
            if (ids == null) {
                return 2;
            }
            Set<String> chosen = new HashSet<>(ids);
            FieldTimeline t = FieldTimeline.of(Lineage.of(catalog, CrossReferences.EMPTY), Commentary.of(catalog),
                    n -> chosen.contains(n.id()));
            out.print(TimelineExport.export(t, format));
            return 0;
        });
    }
}
