package app.vidatlas.export;

import app.vidatlas.catalog.CatalogJson;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;

import java.util.List;
import java.util.stream.Collectors;

/** A list of papers (a category, a search result, a selection) as BibTeX, CSV or JSON. */
public final class ListExport {
    public enum Format {
        BIBTEX("bib"), CSV("csv"), JSON("json");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private ListExport() {
    }

    public static String export(List<Paper> papers, Format format) {
        return switch (format) {
            case BIBTEX -> BibTeX.entries(papers);
            case JSON -> CatalogJson.papers(papers);
            case CSV -> csv(papers);
        };
    }

    private static String csv(List<Paper> papers) {
        StringBuilder b = new StringBuilder("id,shortName,title,authors,year,venue,arxiv,categories,code\r\n");
        for (Paper p : papers) {
            b.append(String.join(",", Csv.cell(p.id()), Csv.cell(p.shortName()), Csv.cell(p.title()),
                    Csv.cell(String.join("; ", p.authors())), Csv.cell(p.year() == null ? "" : p.year().toString()),
                    Csv.cell(p.venue()), Csv.cell(p.arxiv()),
                    Csv.cell(p.categories().stream().map(CategoryPath::toString).collect(Collectors.joining("; "))),
                    Csv.cell(p.codeUrl()))).append("\r\n");
        }
        return b.toString();
    }
}
