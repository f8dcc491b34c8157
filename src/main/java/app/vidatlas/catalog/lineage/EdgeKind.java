package app.vidatlas.catalog.lineage;

/** How one method is known to come from another: strongest first. */
public enum EdgeKind {
    /** The curated metadata says it ({@code buildsOn} in data/papers.json). */
    CURATED("builds on", "curated metadata"),
    /** A sentence of the notes says it ("Initialize weights from Stable Diffusion 2.1", "基于 AnimateDiff"). */
    BUILDS_ON("builds on", "read from the notes"),
    /** The paper's slides name the other paper, no more: related, not necessarily derived. */
    MENTIONS("mentions", "named on its slides");

    private final String words;
    private final String source;

    EdgeKind(String words, String source) {
        this.words = words;
        this.source = source;
    }

    /** "builds on", "mentions": what the edge says, between the two names. */
    public String words() {
        return words;
    }

    /** Where the edge was read. */
    public String source() {
        return source;
    }

    /** {@code builds-on}, {@code curated}, {@code mentions}: the name in exports and on the command line. */
    public String key() {
        return switch (this) {
            case CURATED -> "curated";
            case BUILDS_ON -> "builds-on";
            case MENTIONS -> "mentions";
        };
    }

    /** The kind named {@code key} ({@link #key()}), or null. */
    public static EdgeKind of(String key) {
        for (EdgeKind k : values()) {
            if (k.key().equalsIgnoreCase(key.strip())) {
                return k;
            }
        }
        return null;
    }
}
