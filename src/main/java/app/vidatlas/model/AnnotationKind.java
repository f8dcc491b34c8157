package app.vidatlas.model;

/** What an annotation in the notes is. */
public enum AnnotationKind {
    /** A blockquote that starts with ✅ (&amp;#x2705;): the note-taker's remark. */
    NOTE,
    /** A blockquote that starts with ❓ (&amp;#x2753;): an open question. */
    QUESTION,
    /** A paragraph of a plain-text note that mentions the paper. */
    PASSAGE
}
