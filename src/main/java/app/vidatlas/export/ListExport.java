package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.util.List;

/**
 * A list of papers (a category, a search result, a selection) as BibTeX, RIS or CSL-JSON (for reference managers),
 * CSV, or the app's own JSON.
 */
public final class ListExport {
    public enum Format {
        BIBTEX("bib"), RIS("ris"), CSL_JSON("json"), CSV("csv"), JSON("json");

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
            case RIS -> Ris.records(papers);
            case CSL_JSON -> CslJson.items(papers);
            case JSON -> CatalogJson.papers(papers);
            case CSV -> csv(papers);
        };
    }

    private static String csv(List<Paper> papers) {
        StringBuilder b = new StringBuilder("id,shortName,title,authors,year,venue,arxiv,categories,code\r\n");
        for (Paper p : papers) {
            b.append(String.join(",", Csv.cell(p.id()), Csv.cell(p.shortName()), Csv.cell(p.title()),
                    Csv.cell(String.join("; ", p.authors())), Csv.cell(PaperText.year(p)),
                    Csv.cell(p.venue()), Csv.cell(p.arxiv()),
                    Csv.cell(PaperText.categories(p)),
                    Csv.cell(p.codeUrl()))).append("\r\n");
        }
        return b.toString();
    }
}
