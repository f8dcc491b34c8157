package app.vidatlas.pages;

import app.vidatlas.export.Csv;
import app.vidatlas.export.MarkdownText;
import app.vidatlas.model.Annotation;
import app.vidatlas.model.AnnotationKind;
import app.vidatlas.model.Attributes;
import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Link;
import app.vidatlas.model.Paper;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Papers side by side: one column per paper, one row per thing worth comparing. A value the metadata does not
 * give is "not stated", never a blank that reads as "no". Rows where the papers differ are marked.
 */
public final class ComparisonTable {
    public static final int MIN = 2;
    public static final int MAX = 6;
    public static final String NOT_STATED = "not stated";
    private static final int KEY_POINTS = 4;

    /**
     * A row: its label, one value per paper, and whether they differ.
     *
     * @param key    a stable key ({@code backbone})
     * @param label  what the row is
     * @param values one per paper, in column order
     */
    public record Row(String key, String label, List<String> values) {
        public Row {
            values = List.copyOf(values);
        }

        /**
         * Whether the papers differ here ("not stated" counts as a value of its own). Names and titles always
         * differ and are not marked.
         */
        public boolean differs() {
            return !key.equals("name") && !key.equals("title") && new LinkedHashSet<>(values).size() > 1;
        }
    }

    /** The forms a comparison is exported in, each with its file extension. */
    public enum Format {
        MARKDOWN("md"), CSV("csv"), JSON("json"), HTML("html");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final List<Paper> papers;
    private final List<Row> rows;

    private ComparisonTable(List<Paper> papers, List<Row> rows) {
        this.papers = List.copyOf(papers);
        this.rows = List.copyOf(rows);
    }

    public static ComparisonTable of(List<Paper> papers) {
        if (papers.size() < MIN || papers.size() > MAX) {
            throw new IllegalArgumentException("a comparison holds " + MIN + " to " + MAX + " papers, not " + papers.size());
        }
        List<Row> rows = new ArrayList<>();
        rows.add(row("name", "Name", papers, Paper::shortName));
        rows.add(row("title", "Title", papers, Paper::title));
        rows.add(row("year", "Year", papers, p -> p.year() == null ? NOT_STATED : p.year().toString()));
        rows.add(row("venue", "Venue", papers, p -> stated(p.venue())));
        rows.add(row("category", "Category", papers, p -> p.categories().isEmpty() ? NOT_STATED
                : p.categories().stream().map(CategoryPath::toString).collect(Collectors.joining("; "))));
        rows.add(row("backbone", "Backbone", papers, p -> stated(p.attributes().backbone())));
        rows.add(row("space", "Generation space", papers, p -> stated(p.attributes().space())));
        rows.add(row("builtOn", "Built on", papers, p -> stated(p.attributes().builtOn())));
        rows.add(row("training", "Training", papers, p -> stated(p.attributes().training())));
        rows.add(row("conditions", "Conditions", papers, p -> p.attributes().conditions().isEmpty() ? NOT_STATED
                : String.join(", ", p.attributes().conditions())));
        rows.add(row("openSource", "Open source", papers, p -> openSource(p.attributes())));
        rows.add(row("keyPoints", "Key points", papers, ComparisonTable::keyPoints));
        rows.add(row("notes", "Notes / questions", papers, p -> count(p, AnnotationKind.NOTE) + " / "
                + count(p, AnnotationKind.QUESTION)));
        rows.add(row("code", "Code", papers, p -> stated(p.codeUrl())));
        return new ComparisonTable(papers, rows);
    }

    private static Row row(String key, String label, List<Paper> papers, Function<Paper, String> value) {
        return new Row(key, label, papers.stream().map(value).toList());
    }

    private static String stated(String v) {
        return v == null || v.isBlank() ? NOT_STATED : v;
    }

    private static String openSource(Attributes a) {
        return a.openSource() == null ? NOT_STATED : a.openSource() ? "yes" : "no";
    }

    /** The paper's first bullets from the notes, top level only: the gist, not the detail. */
    private static String keyPoints(Paper p) {
        List<String> top = p.keyPoints().stream().filter(k -> !k.startsWith(" ")).limit(KEY_POINTS).toList();
        return top.isEmpty() ? NOT_STATED : String.join("; ", top);
    }

    private static long count(Paper p, AnnotationKind kind) {
        return p.annotations().stream().map(Annotation::kind).filter(kind::equals).count();
    }

    public List<Paper> papers() {
        return papers;
    }

    public List<Row> rows() {
        return rows;
    }

    // ---- exports ----------------------------------------------------------------------------------------------

    public String export(Format format) {
        return switch (format) {
            case MARKDOWN -> toMarkdown();
            case CSV -> toCsv();
            case JSON -> toJson();
            case HTML -> toHtml();
        };
    }

    /** A GitHub-flavoured markdown table; differing rows are marked with ≠. */
    public String toMarkdown() {
        StringBuilder b = new StringBuilder("| |");
        papers.forEach(p -> b.append(' ').append(md(p.shortName())).append(" |"));
        b.append("\n|---|");
        papers.forEach(p -> b.append("---|"));
        b.append('\n');
        for (Row r : rows) {
            b.append("| ").append(r.differs() ? "≠ " : "").append(md(r.label())).append(" |");
            r.values().forEach(v -> b.append(' ').append(md(v)).append(" |"));
            b.append('\n');
        }
        return b.toString();
    }

    /** RFC 4180 CSV: a header of paper names, a row per attribute, a column saying whether the papers differ. */
    public String toCsv() {
        StringBuilder b = new StringBuilder("attribute,differs");
        papers.forEach(p -> b.append(',').append(Csv.cell(p.shortName())));
        b.append("\r\n");
        for (Row r : rows) {
            b.append(Csv.cell(r.label())).append(',').append(r.differs() ? "yes" : "no");
            r.values().forEach(v -> b.append(',').append(Csv.cell(v)));
            b.append("\r\n");
        }
        return b.toString();
    }

    public String toJson() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode o = mapper.createObjectNode();
        ArrayNode ids = o.putArray("papers");
        papers.forEach(p -> ids.add(p.id()));
        ArrayNode rs = o.putArray("rows");
        for (Row r : rows) {
            ObjectNode row = rs.addObject().put("key", r.key()).put("label", r.label()).put("differs", r.differs());
            ArrayNode values = row.putArray("values");
            r.values().forEach(values::add);
        }
        try {
            return mapper.writeValueAsString(o) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A stand-alone HTML table (no script), for sharing. */
    public String toHtml() {
        StringBuilder b = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Comparison: ")
                .append(NoteHtml.escape(papers.stream().map(Paper::shortName).collect(Collectors.joining(", "))))
                .append("</title>\n<style>body{font-family:sans-serif}table{border-collapse:collapse}"
                        + "td,th{border:1px solid #ccc;padding:4px 8px;vertical-align:top}"
                        + "tr.differs th{background:#fff3a3}</style></head><body>\n")
                .append(tableHtml(null, false, false)).append("</body></html>\n");
        return b.toString();
    }

    /**
     * The table as HTML for a page.
     *
     * @param thumbnails the first figure's HTML per paper id, or null for none
     * @param linked     whether headers link to the papers and carry move and remove controls
     * @param hideSame   whether rows where all papers agree are left out
     */
    String tableHtml(java.util.Map<String, String> thumbnails, boolean linked, boolean hideSame) {
        StringBuilder b = new StringBuilder("<table class=\"comparison\">\n<thead><tr><th></th>");
        for (int i = 0; i < papers.size(); i++) {
            Paper p = papers.get(i);
            b.append("<th class=\"paper-col\">");
            if (linked) {
                b.append("<a href=\"").append(PageRenderer.Links.paper(p.id())).append("\">")
                        .append(NoteHtml.escape(p.shortName())).append("</a><div class=\"col-tools\">");
                if (i > 0) {
                    b.append("<a class=\"tool\" title=\"Move left\" href=\"vidatlas:compare-left/")
                            .append(PageRenderer.Links.enc(p.id())).append("\">◀</a>");
                }
                if (i < papers.size() - 1) {
                    b.append("<a class=\"tool\" title=\"Move right\" href=\"vidatlas:compare-right/")
                            .append(PageRenderer.Links.enc(p.id())).append("\">▶</a>");
                }
                b.append("<a class=\"tool remove\" title=\"Remove from the comparison\" href=\"vidatlas:compare-remove/")
                        .append(PageRenderer.Links.enc(p.id())).append("\">✕</a></div>");
            } else {
                b.append(NoteHtml.escape(p.shortName()));
            }
            b.append("</th>");
        }
        b.append("</tr></thead>\n<tbody>\n");
        if (thumbnails != null) {
            b.append("<tr class=\"figures\"><th>First figure</th>");
            papers.forEach(p -> b.append("<td>").append(thumbnails.getOrDefault(p.id(),
                    "<span class=\"not-stated\">no figure</span>")).append("</td>"));
            b.append("</tr>\n");
        }
        for (Row r : rows) {
            if (hideSame && !r.differs()) {
                continue;
            }
            b.append("<tr class=\"").append(r.differs() ? "differs" : "same").append("\" data-row=\"")
                    .append(r.key()).append("\"><th>").append(NoteHtml.escape(r.label()))
                    .append(r.differs() ? " <span class=\"differs-mark\" title=\"The papers differ here\">≠</span>" : "")
                    .append("</th>");
            for (String v : r.values()) {
                b.append("<td").append(v.equals(NOT_STATED) ? " class=\"not-stated\"" : "").append(">");
                if (r.key().equals("code") && Link.isWeb(v)) {
                    b.append("<a class=\"external\" href=\"").append(NoteHtml.escape(v)).append("\">")
                            .append(NoteHtml.escape(v.replaceFirst("^https://(www\\.)?", ""))).append("</a>");
                } else {
                    b.append(NoteHtml.escape(v));
                }
                b.append("</td>");
            }
            b.append("</tr>\n");
        }
        return b.append("</tbody></table>\n").toString();
    }


    /** A cell: one line, its pipes escaped so they do not split it, and no raw HTML (see {@link MarkdownText}). */
    private static String md(String s) {
        // text() escapes backslashes and makes it one line; a pipe after it, so its backslash is not doubled.
        return MarkdownText.text(s).replace("|", "\\|");
    }

}
