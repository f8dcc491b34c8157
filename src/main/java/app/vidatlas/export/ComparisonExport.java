package app.vidatlas.export;

import app.vidatlas.model.Link;
import app.vidatlas.model.Paper;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.Map;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/** A {@link Comparison} as a file: Markdown, CSV, JSON or a stand-alone HTML table. */
public final class ComparisonExport {
    /** The forms a comparison is exported in, each with its file extension. */
    public enum Format {
        MARKDOWN("md"), CSV("csv"), JSON("json"), HTML("html"), LATEX("tex");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private ComparisonExport() {
    }

    public static String export(Comparison c, Format format) {
        return switch (format) {
            case MARKDOWN -> markdown(c);
            case CSV -> csv(c);
            case JSON -> json(c);
            case HTML -> html(c);
            case LATEX -> LatexTable.of(c);
        };
    }

    /** As {@link #export(Comparison, Format)}; with {@code hideSame}, as the page shows it: only rows that differ. */
    public static String export(Comparison c, Format format, boolean hideSame) {
        return export(hideSame ? c.differingOnly() : c, format);
    }

    /** A GitHub-flavoured markdown table; differing rows are marked with ≠. */
    public static String markdown(Comparison c) {
        StringBuilder b = new StringBuilder("| |");
        c.papers().forEach(p -> b.append(' ').append(MarkdownText.cell(p.shortName())).append(" |"));
        b.append("\n|---|");
        c.papers().forEach(p -> b.append("---|"));
        b.append('\n');
        for (Comparison.Row r : c.rows()) {
            b.append("| ").append(r.differs() ? "≠ " : "").append(MarkdownText.cell(r.label())).append(" |");
            r.values().forEach(v -> b.append(' ').append(MarkdownText.cell(v)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }

    /** RFC 4180 CSV: a header of paper names, a row per attribute, a column saying whether the papers differ. */
    public static String csv(Comparison c) {
        StringBuilder b = new StringBuilder("attribute,differs");
        c.papers().forEach(p -> b.append(',').append(Csv.cell(p.shortName())));
        b.append("\r\n");
        for (Comparison.Row r : c.rows()) {
            b.append(Csv.cell(r.label())).append(',').append(r.differs() ? "yes" : "no");
            r.values().forEach(v -> b.append(',').append(Csv.cell(v)));
            b.append("\r\n");
        }
        return b.toString();
    }

    public static String json(Comparison c) {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        ArrayNode ids = o.putArray("papers");
        c.papers().forEach(p -> ids.add(p.id()));
        ArrayNode rs = o.putArray("rows");
        for (Comparison.Row r : c.rows()) {
            ObjectNode row = rs.addObject().put("key", r.key()).put("label", r.label()).put("differs", r.differs());
            ArrayNode values = row.putArray("values");
            r.values().forEach(values::add);
        }
        try {
            return mapper.writeValueAsString(o) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of strings is always JSON", e);
        }
    }

    /** A stand-alone HTML table (no script, no links to the app), for sharing. */
    public static String html(Comparison c) {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Comparison: "
                + HtmlText.escape(c.papers().stream().map(Paper::shortName).collect(Collectors.joining(", ")))
                + "</title>\n" + HtmlText.EXPORT_STYLE + "</head><body>\n"
                + table(c, i -> HtmlText.escape(c.papers().get(i).shortName()), null, false) + "</body></html>\n";
    }

    /**
     * The table as HTML; the export and the app's comparison page both show this one.
     *
     * @param header     the HTML (already safe) of the header of the column at an index
     * @param thumbnails the first figure's HTML per paper id, shown in a row of their own; null for no such row
     * @param hideSame   whether rows where all papers agree are left out
     */
    public static String table(Comparison c, IntFunction<String> header, Map<String, String> thumbnails,
                               boolean hideSame) {
        return table(c, header, thumbnails, hideSame, (row, column) -> "");
    }

    /**
     * The same, with {@code detail} adding HTML after a cell's value (where a value was read from, on the page).
     *
     * @param detail the row and the column's index to HTML, escaped by the caller
     */
    public static String table(Comparison c, IntFunction<String> header, Map<String, String> thumbnails,
                               boolean hideSame, java.util.function.BiFunction<Comparison.Row, Integer, String> detail) {
        StringBuilder b = new StringBuilder("<table class=\"comparison\">\n<thead><tr><th></th>");
        for (int i = 0; i < c.papers().size(); i++) {
            b.append("<th class=\"paper-col\">").append(header.apply(i)).append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        if (thumbnails != null) {
            b.append("<tr class=\"figures\"><th>First figure</th>");
            c.papers().forEach(p -> b.append("<td>").append(thumbnails.getOrDefault(p.id(),
                    "<span class=\"not-stated\">no figure</span>")).append("</td>"));
            b.append("</tr>\n");
        }
        for (Comparison.Row r : c.rows()) {
            if (hideSame && !r.differs()) {
                continue;
            }
            b.append("<tr class=\"").append(r.differs() ? "differs" : "same").append("\" data-row=\"")
                    .append(r.key()).append("\"><th>").append(HtmlText.escape(r.label()))
                    .append(r.differs() ? " <span class=\"differs-mark\" title=\"The papers differ here\">≠</span>" : "")
                    .append("</th>");
            for (int i = 0; i < r.values().size(); i++) {
                String v = r.values().get(i);
                String cls = v.equals(Comparison.NOT_STATED) ? "not-stated" : r.differsAt(i) ? "differs-cell" : null;
                b.append("<td").append(cls == null ? "" : " class=\"" + cls + "\"")
                        .append(r.differsAt(i) ? " title=\"Differs from the other papers\"" : "").append(">");
                if (r.key().equals("code") && Link.isWeb(v)) {
                    b.append("<a class=\"external\" href=\"").append(HtmlText.escape(v)).append("\">")
                            .append(HtmlText.escape(v.replaceFirst("^https://(www\\.)?", ""))).append("</a>");
                } else {
                    b.append(HtmlText.escape(v));
                }
                b.append(detail.apply(r, i)).append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }
}
