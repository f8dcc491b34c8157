package app.vidatlas.notes;

/** How a note brings up a paper. */
public enum MentionKind {
    /** A heading naming the paper with its citation line: the paper's own slides. */
    SECTION,
    /** A row of a {@code |ID|Year|Name|Note|Tags|Link|} paper table. */
    TABLE_ROW,
    /** A row of a two-column "More Works" table: figure | **Name** (Authors) description “Title,” Venue Year. */
    MORE_WORKS,
    /** A citation line that is not a paper section's own, such as a survey cited under several slides. */
    REFERENCE
}
