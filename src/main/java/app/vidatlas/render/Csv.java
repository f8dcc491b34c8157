package app.vidatlas.render;

/** RFC 4180 cells, shared by every CSV export, so that the rules below hold for all of them. */
final class Csv {
    private Csv() {
    }

    /**
     * A cell: quoted when it holds a comma, a quote or a line break; a missing value is empty. Text from the notes
     * that a spreadsheet would run as a formula ({@code =HYPERLINK(...)}, {@code +}, {@code -}, {@code @}, or a
     * leading tab or carriage return) gets a single quote in front and is quoted, as OWASP's CSV-injection rule says:
     * the spreadsheet then shows it as text.
     */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (formulaLike(s)) {
            return "\"'" + s.replace("\"", "\"\"") + "\"";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }

    private static boolean formulaLike(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char c = s.charAt(0);
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }
}
