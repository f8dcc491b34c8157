package app.vidatlas.render;

import app.vidatlas.catalog.CatalogJson;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;

import java.util.List;
import java.util.Locale;
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

        public static Format parse(String s) {
            return valueOf(s.toUpperCase(Locale.ROOT));
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
            b.append(String.join(",", cell(p.id()), cell(p.shortName()), cell(p.title()),
                    cell(String.join("; ", p.authors())), cell(p.year() == null ? "" : p.year().toString()),
                    cell(p.venue()), cell(p.arxiv()),
                    cell(p.categories().stream().map(CategoryPath::toString).collect(Collectors.joining("; "))),
                    cell(p.codeUrl()))).append("\r\n");
        }
        return b.toString();
    }

    private static String cell(String s) {
        if (s == null) {
            return "";
        }
        return s.contains(",") || s.contains("\"") || s.contains("\n") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
