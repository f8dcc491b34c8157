package app.vidatlas.export;

import java.util.ArrayList;
import java.util.List;

/** Reads CSV as a spreadsheet does (RFC 4180 quoting), with a comma or, as many locales use, a semicolon. */
public final class SpreadsheetCsv {
    private SpreadsheetCsv() {
    }

    public static List<List<String>> rows(String csv, char separator) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (cell.length() > 0 || !row.isEmpty()) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }

    /** The cells of one line. */
    static List<String> cells(String line, char separator) {
        List<List<String>> rows = rows(line, separator);
        return rows.isEmpty() ? List.of("") : rows.get(0);
    }
}
