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

    @Option(names = "--format", required = true, converter = FormatName.class,
            description = "bibtex, ris, csl-json (for Zotero, Mendeley and other reference managers), csv or json")
    ListExport.Format format;

    /** A format by the name the window shows it by ("csl-json") or its constant's ("csl_json"), case aside. */
    static final class FormatName implements picocli.CommandLine.ITypeConverter<ListExport.Format> {
        @Override
        public ListExport.Format convert(String value) {
            String name = value.strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
            for (ListExport.Format f : ListExport.Format.values()) {
                if (f.name().equals(name)) {
                    return f;
                }
            }
            throw new picocli.CommandLine.TypeConversionException("'" + value
                    + "' is not a format; the formats are bibtex, ris, csl-json, csv and json");
        }
    }

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
