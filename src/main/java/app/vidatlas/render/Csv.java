package app.vidatlas.render;

/** RFC 4180 cells, shared by every CSV export. */
final class Csv {
    private Csv() {
    }

    /** A cell: quoted when it holds a comma, a quote or a line break; a missing value is empty. */
    static String cell(String s) {
        if (s == null) {
            return "";
        }
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) {
            return "\"" + s.replace("\"", "\"\"") + "\"";
        }
        return s;
    }
}
