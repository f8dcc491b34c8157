package app.vidatlas.search;

import app.vidatlas.index.IndexSchema;

/**
 * Which kind of annotation a snippet came from. The index keeps a slide's annotations one a line, each behind its
 * mark (✅ a note, ❓ a question); the highlighter returns a passage of that text, so the snippet's line in the stored
 * text says its kind, and the marks are taken out of what is shown (the hit says the kind in words).
 */
final class AnnotationSnippet {
    private AnnotationSnippet() {
    }

    /** {@code question}, {@code note}, or {@code annotation} when the line cannot be told (or has no mark). */
    static String kind(String stored, String snippetHtml) {
        if (stored == null || snippetHtml == null) {
            return "annotation";
        }
        // The snippet's text as the hit shows it (Snippet.parts reads the highlighter's HTML back).
        String plain = withoutMarks(new SearchResult.Snippet(null, 0, "", snippetHtml).parts().stream()
                .map(SearchResult.Part::text).collect(java.util.stream.Collectors.joining()));
        // The snippet may start inside a line, and run over two: its first line's start is looked for.
        String first = plain.lines().map(l -> l.replace("…", "").strip()).filter(l -> !l.isEmpty()).findFirst()
                .orElse("");
        String probe = first.length() > 40 ? first.substring(0, 40) : first;
        for (String line : stored.split("\n")) {
            if (!probe.isEmpty() && line.contains(probe)) {
                return line.startsWith(IndexSchema.QUESTION_MARK) ? "question"
                        : line.startsWith(IndexSchema.NOTE_MARK) ? "note" : "annotation";
            }
        }
        return "annotation";
    }

    /** The text without the marks at the start of its lines. */
    static String withoutMarks(String text) {
        return text.replace(IndexSchema.NOTE_MARK, "").replace(IndexSchema.QUESTION_MARK, "");
    }
}
