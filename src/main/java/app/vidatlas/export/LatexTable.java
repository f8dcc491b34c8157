package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.util.stream.Collectors;

/**
 * A comparison as a LaTeX table to paste into a paper: booktabs rules ({@code \\usepackage{booktabs}}), a column per
 * paper that wraps its text, the values that differ in bold, and everything from the notes escaped, so that no
 * value can break the document or run a command.
 */
final class LatexTable {
    private LatexTable() {
    }

    static String of(Comparison c) {
        int n = c.papers().size();
        StringBuilder b = new StringBuilder();
        b.append("% VidAtlas comparison: ")
                .append(oneLine(c.papers().stream().map(Paper::shortName).collect(Collectors.joining(", "))))
                .append("\n% Needs \\usepackage{booktabs}; values in bold differ from the other papers'.\n")
                .append("\\begin{tabular}{l").append(("p{" + width(n) + "\\linewidth}").repeat(n)).append("}\n")
                .append("\\toprule\n");
        for (Paper p : c.papers()) {
            b.append(" & \\textbf{").append(escape(p.shortName())).append('}');
        }
        b.append(" \\\\\n\\midrule\n");
        for (Comparison.Row r : c.rows()) {
            if (r.key().equals("name")) {
                continue; // the header row names the papers
            }
            b.append(escape(r.label()));
            for (int i = 0; i < n; i++) {
                String v = escape(r.values().get(i));
                b.append(" & ").append(r.differsAt(i) ? "\\textbf{" + v + "}" : v);
            }
            b.append(" \\\\\n");
        }
        return b.append("\\bottomrule\n\\end{tabular}\n").toString();
    }

    /** Each paper's share of the line after the row labels, to two decimals. */
    private static String width(int papers) {
        return String.format(java.util.Locale.ROOT, "%.2f", 0.8 / papers);
    }

    /** Text as LaTeX reads it literally: its ten special characters escaped, line breaks made spaces. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        for (char ch : oneLine(s).toCharArray()) {
            switch (ch) {
                case '\\' -> b.append("\\textbackslash{}");
                case '&', '%', '$', '#', '_', '{', '}' -> b.append('\\').append(ch);
                case '~' -> b.append("\\textasciitilde{}");
                case '^' -> b.append("\\textasciicircum{}");
                default -> b.append(ch);
            }
        }
        return b.toString();
    }

    private static String oneLine(String s) {
        return s.replaceAll("[\\r\\n\\t\\u2028\\u2029]+", " ").strip();
    }
}
