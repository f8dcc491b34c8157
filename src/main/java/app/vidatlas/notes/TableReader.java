package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Figure;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a table. A paper table has a name or title column and a year or id column, whatever else it holds
 * ({@code |ID|Year|Name|解决了什么痛点|主要贡献是什么|Tags|Link|}): each row is a paper. Any other table is read cell
 * by cell: a "More Works" cell is a paper, and citations in any cell are references.
 */
final class TableReader {
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private final NoteDraft draft;
    private final PaperRow paperRow;

    TableReader(NoteDraft draft) {
        this.draft = draft;
        this.paperRow = new PaperRow(draft);
    }

    /** {@code offset}: the note's line before the first line of the document the table was parsed in. */
    void read(TableBlock table, int line, int offset) {
        draft.touch();
        List<SourceSpan> spans = table.getSourceSpans();
        List<TableRow> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow r) {
                    rows.add(r);
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        List<InlineContent> header = cells(rows.get(0));
        List<String> keys = header.stream().map(c -> Texts.compact(c.text())).toList();
        PaperRow.Columns columns = PaperRow.Columns.of(keys);
        for (int r = 0; r < rows.size(); r++) {
            int rowLine = r == 0 ? line : r + 1 < spans.size() ? spans.get(r + 1).getLineIndex() + 1 + offset : line;
            List<InlineContent> cells = r == 0 ? header : cells(rows.get(r));
            if (r > 0) {
                checkRowShape(rowLine, keys.size());
            }
            for (InlineContent cell : cells) {
                draft.slides.current().text(cell.text());
                draft.slides.figures(cell, null);
            }
            if (r == 0 && columns != null) {
                continue;
            }
            if (columns != null) {
                paperRow.read(columns, cells, rowLine);
            } else {
                otherRow(cells, rowLine);
            }
        }
    }

    /** A row of a table that is not a paper table: figures and "More Works" cells, citations in any cell. */
    private void otherRow(List<InlineContent> cells, int rowLine) {
        List<MoreWorksCell.Paper> papers = new ArrayList<>();
        for (InlineContent cell : cells) {
            Optional<MoreWorksCell.Paper> p = MoreWorksCell.read(cell, draft.noteId, draft.slides.number());
            if (p.isPresent()) {
                papers.add(p.get());
            } else {
                cell.lines().forEach(l -> draft.citations(l, rowLine, false));
            }
        }
        if (papers.size() != 1) {
            // A figure grid or a row of captions: the figures belong to the section the table is in.
            cells.forEach(c -> draft.slides.figures(c, draft.headings.current().figures));
            papers.forEach(p -> paperRow.add(p, new ArrayList<>(), rowLine));
            return;
        }
        List<Figure> figures = new ArrayList<>();
        cells.forEach(c -> draft.slides.figures(c, figures));
        MoreWorksCell.Paper p = papers.get(0);
        draft.slides.current().annotations.addAll(p.annotations());
        paperRow.add(p, figures, rowLine);
    }

    static List<InlineContent> cells(TableRow row) {
        List<InlineContent> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
                cells.add(InlineContent.of(c));
            }
        }
        return cells;
    }

    /** GFM pads short rows and drops cells past the header's count: say so, and keep the dropped text. */
    private void checkRowShape(int rowLine, int headerCells) {
        String[] lines = draft.lines;
        if (rowLine < 1 || rowLine > lines.length) {
            return;
        }
        String raw = lines[rowLine - 1].strip();
        if (raw.startsWith("|")) {
            raw = raw.substring(1);
        }
        if (raw.endsWith("|") && !raw.endsWith("\\|")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        String[] parts = UNESCAPED_PIPE.split(raw, -1);
        if (parts.length == headerCells) {
            return;
        }
        if (parts.length > headerCells) {
            StringBuilder dropped = new StringBuilder();
            for (int i = headerCells; i < parts.length; i++) {
                dropped.append(parts[i].strip()).append(' ');
            }
            draft.slides.current().text(dropped.toString().strip());
            draft.citations(dropped.toString().strip(), rowLine, false);
            draft.diagnostics.add(Diagnostic.warning(draft.noteId, rowLine, "table row has " + parts.length
                    + " cells but the header has " + headerCells + "; the extra cells are kept as slide text"));
        } else {
            draft.diagnostics.add(Diagnostic.warning(draft.noteId, rowLine, "table row has " + parts.length
                    + " cells but the header has " + headerCells + "; the missing cells are read as empty"));
        }
    }

}
