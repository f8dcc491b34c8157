package app.vidatlas.cli;

import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.export.LineageExport;
import app.vidatlas.model.Paper;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.util.EnumSet;
import java.util.Optional;
import java.util.concurrent.Callable;

/** {@code vidatlas lineage ID}: what a paper builds on and what builds on it, each edge with its sentences. */
@Command(name = "lineage", mixinStandardHelpOptions = true,
        description = "What a paper builds on and what builds on it, read from the notes and the curated metadata; "
                + "each edge read from the notes comes with its sentences (in the JSON).")
final class LineageCommand implements Callable<Integer> {
    @Parameters(paramLabel = "ID", description = "the paper's id (as `papers` lists it), or its short name")
    String id;

    @Mixin
    LibraryOptions library;

    @Option(names = "--depth", defaultValue = "2", description = "steps up and down from the paper (default: ${DEFAULT-VALUE})")
    int depth;

    @Option(names = "--mentions", description = "also papers its slides only name, and that name it")
    boolean mentions;

    @Option(names = "--format", defaultValue = "json", description = "json, dot or mermaid (default: ${DEFAULT-VALUE})")
    LineageExport.Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (depth < 0) {
            spec.commandLine().getErr().println("vidatlas: --depth must be 0 or more.");
            return 2;
        }
        return library.runOnCatalog(spec, true, (catalog, notes, out, err) -> {
            Optional<Paper> paper = ShowCommand.find(catalog, id);
            if (paper.isEmpty()) {
                ShowCommand.notFound(catalog, id, err);
                return ShowCommand.NOT_FOUND;
            }
            EnumSet<EdgeKind> kinds = mentions ? EnumSet.allOf(EdgeKind.class)
                    : EnumSet.of(EdgeKind.CURATED, EdgeKind.BUILDS_ON);
            Lineage around = Lineage.of(catalog, mentions ? CrossReferences.of(catalog) : CrossReferences.EMPTY)
                    .around(paper.get().id(), Math.min(depth, 50), kinds);
            out.print(LineageExport.export(around, format));
            return 0;
        });
    }
}
