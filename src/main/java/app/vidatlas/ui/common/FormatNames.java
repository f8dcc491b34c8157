package app.vidatlas.ui.common;

/** What the window calls an export format ("BibTeX", "Markdown", "LaTeX", "CSV"): one name wherever it is offered. */
public final class FormatNames {
    private FormatNames() {
    }

    public static String label(Enum<?> format) {
        return switch (format.name()) {
            case "BIBTEX" -> "BibTeX";
            case "MARKDOWN" -> "Markdown";
            case "LATEX" -> "LaTeX";
            case "CSL_JSON" -> "CSL-JSON";
            default -> format.name();
        };
    }
}
