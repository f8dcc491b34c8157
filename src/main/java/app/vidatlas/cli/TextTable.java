package app.vidatlas.cli;

import java.util.List;

/** A plain text table with columns padded to their widest cell; wide (CJK) characters count as two. */
final class TextTable {
    private TextTable() {
    }

    static String format(List<String[]> rows) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns - 1; c++) {
                widths[c] = Math.max(widths[c], width(row[c]));
            }
        }
        StringBuilder b = new StringBuilder();
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                b.append(row[c]);
                if (c < columns - 1) {
                    b.append(" ".repeat(widths[c] - width(row[c]) + 2));
                }
            }
            b.append('\n');
        }
        return b.toString();
    }

    static int width(String s) {
        return s.codePoints().map(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN
                || (cp >= 0xFF00 && cp <= 0xFFEF) || (cp >= 0x3000 && cp <= 0x303F) ? 2 : 1).sum();
    }
}
