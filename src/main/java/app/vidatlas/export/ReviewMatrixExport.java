package app.vidatlas.export;

import java.util.List;

/** A {@link ReviewMatrix} as a file: Markdown, CSV, HTML or a LaTeX table. */
public final class ReviewMatrixExport {
    /** The forms a matrix is exported in, each with its file extension. */
    public enum Format {
        MARKDOWN("md"), CSV("csv"), HTML("html"), LATEX("tex");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private ReviewMatrixExport() {
    }

    public static String export(ReviewMatrix m, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(m);
            case CSV -> csv(m);
            case HTML -> html(m);
            case LATEX -> latex(m);
        };
    }

    private static String markdown(ReviewMatrix m) {
        StringBuilder b = new StringBuilder("|");
        m.header().forEach(h -> b.append(' ').append(MarkdownText.cell(h)).append(" |"));
        b.append("\n|").append("---|".repeat(m.header().size())).append('\n');
        for (List<String> row : m.rows()) {
            b.append('|');
            row.forEach(v -> b.append(' ').append(MarkdownText.cell(v)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }

    private static String csv(ReviewMatrix m) {
        StringBuilder b = new StringBuilder(Csv.row(m.header()));
        m.rows().forEach(r -> b.append(Csv.row(r)));
        return b.toString();
    }

    private static String html(ReviewMatrix m) {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Papers</title>\n"
                + HtmlText.EXPORT_STYLE + "</head><body>\n<table>\n<thead><tr>");
        m.header().forEach(h -> b.append("<th>").append(HtmlText.escape(h)).append("</th>"));
        b.append("</tr></thead>\n<tbody>\n");
        for (List<String> row : m.rows()) {
            b.append("<tr>");
            row.forEach(v -> b.append(v.equals(PaperFields.NOT_STATED) ? "<td class=\"not-stated\">" : "<td>")
                    .append(HtmlText.escape(v)).append("</td>"));
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n</body></html>\n").toString();
    }

    private static String latex(ReviewMatrix m) {
        int n = m.header().size();
        StringBuilder b = new StringBuilder("% VidAtlas: ").append(m.papers().size())
                .append(" papers. Needs \\usepackage{booktabs}.\n\\begin{tabular}{")
                .append("l".repeat(n)).append("}\n\\toprule\n");
        b.append(String.join(" & ", m.header().stream().map(h -> "\\textbf{" + LatexTable.escape(h) + "}").toList()))
                .append(" \\\\\n\\midrule\n");
        for (List<String> row : m.rows()) {
            b.append(String.join(" & ", row.stream().map(LatexTable::escape).toList())).append(" \\\\\n");
        }
        return b.append("\\bottomrule\n\\end{tabular}\n").toString();
    }
}
