package app.vidatlas.export;

/** RFC 4180 cells, shared by every CSV export, so that the rules below hold for all of them. */
public final class Csv {
    private Csv() {
    }

    /**
     * A cell: quoted when it holds a comma, a semicolon (the separator a spreadsheet uses in many locales), a quote
     * or a line break; a missing value is empty. Text from the notes that a spreadsheet would run as a formula
     * ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}, their fullwidth forms, or a tab or carriage return)
     * at its start, after any leading white space, gets a single quote in front and is quoted, as OWASP's
     * CSV-injection rule says: the spreadsheet then shows it as text.
     */
    /** A line of cells, each as {@link #cell} makes it, ended as RFC 4180 ends lines. */
    public static String row(java.util.List<String> cells) {
        return String.join(",", cells.stream().map(Csv::cell).toList()) + "\r\n";
    }

    public static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (formulaLike(s)) {
            return "\"'" + s.replace("\"", "\"\"") + "\"";
        }
        if (s.contains(",") || s.contains(";") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static boolean formulaLike(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\t' || c == '\r') {
                return true;
            }
            if (c == ' ' || c == '\n' || c == '\u000B' || c == '\f' || c == '\u00A0' || c == '\u3000'
                    || c == '\u2007' || c == '\u202F' || c == '\uFEFF' || Character.isWhitespace(c)) {
                continue;
            }
            return c == '=' || c == '+' || c == '-' || c == '@'
                    || c == '\uFF1D' || c == '\uFF0B' || c == '\uFF0D' || c == '\uFF20';
        }
        return false;
    }
}
