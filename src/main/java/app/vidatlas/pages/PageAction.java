package app.vidatlas.pages;

import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Link;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;

/**
 * What a click on a page asks the app to do. Pages write these as {@code vidatlas:KIND/ARG} links
 * ({@link #href()}); the page's script sends the clicked link back, and {@link #parse} reads it. Writing and reading
 * live here together so that a link a page writes is always one the app understands.
 * <p>
 * Arguments are URL-encoded, so an id holding {@code /}, {@code @} or {@code %} cannot be mistaken for the link's
 * own separators. A web link ({@code https://…}) is sent by the script as {@code open:URL}: {@link OpenWeb}.
 */
public sealed interface PageAction {
    /** The link that asks for this action ({@code vidatlas:paper/show-1}). */
    String href();

    /**
     * The action a page's message asks for; empty for anything else (an unknown kind, a malformed argument, a web
     * link that is not http(s)). Never throws.
     */
    static Optional<PageAction> parse(String message) {
        return PageActionParser.parse(message);
    }

    /** A paper's page; with a note, at the slide of that note where it is discussed. */
    record OpenPaper(String id, String note, int slide) implements PageAction {
        public OpenPaper {
            Objects.requireNonNull(id, "id");
            // A slide means nothing without its note, and the link could not carry it: keep equal to what is read back.
            slide = note == null ? 0 : slide;
        }

        public OpenPaper(String id) {
            this(id, null, 0);
        }

        @Override
        public String href() {
            return note == null ? link("paper", id) : link("paper", id) + "@" + enc(note) + "@" + slide;
        }
    }

    /** A whole note, at a slide (0: its top). */
    record OpenNote(String note, int slide) implements PageAction {
        public OpenNote {
            Objects.requireNonNull(note, "note");
        }

        @Override
        public String href() {
            return slide == 0 ? link("note", note) : link("note", note) + "@" + slide;
        }
    }

    /**
     * A category in the tree. A path's segments are stripped and cannot hold {@code /} (that is how
     * {@link CategoryPath#parse} reads them), so every path the catalog holds comes back equal.
     */
    record Category(CategoryPath path) implements PageAction {
        public Category {
            Objects.requireNonNull(path, "path");
        }

        @Override
        public String href() {
            return link("category", path.toString());
        }
    }

    /** The lineage graph or the timeline, as the view says ({@code vidatlas:history/lineage@lane@from@to@mentions}). */
    record OpenHistory(HistoryView view) implements PageAction {
        public OpenHistory {
            Objects.requireNonNull(view, "view");
        }

        @Override
        public String href() {
            return link("history", view.timeline() ? "timeline" : "lineage") + "@"
                    + (view.lane() == null ? "" : enc(view.lane())) + "@" + view.from() + "@" + view.to() + "@"
                    + (view.mentions() ? 1 : 0);
        }
    }

    /** Copies the paper's BibTeX entry. */
    record CopyCitation(String id) implements PageAction {
        public CopyCitation {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("copy-citation", id);
        }
    }

    record CompareAdd(String id) implements PageAction {
        public CompareAdd {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("compare-add", id);
        }
    }

    record CompareRemove(String id) implements PageAction {
        public CompareRemove {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("compare-remove", id);
        }
    }

    /** Moves the paper's column one place to the left. */
    record CompareLeft(String id) implements PageAction {
        public CompareLeft {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("compare-left", id);
        }
    }

    /** Moves the paper's column one place to the right. */
    record CompareRight(String id) implements PageAction {
        public CompareRight {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("compare-right", id);
        }
    }

    /** Moves the paper's column to place {@code to} (0 is the first): a column dragged by its header. */
    record CompareMoveTo(String id, int to) implements PageAction {
        public CompareMoveTo {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return hrefTo(id) + to;
        }

        /** The link without its place, which the page's script completes with the column the header is dropped on. */
        public static String hrefTo(String id) {
            return link("compare-move", id) + "@";
        }
    }

    /** Opens the comparison. */
    record Compare() implements PageAction {
        @Override
        public String href() {
            return "vidatlas:compare";
        }
    }

    /** Leaves out the comparison's rows where all papers agree. */
    record CompareHideSame() implements PageAction {
        @Override
        public String href() {
            return "vidatlas:compare-hide-same";
        }
    }

    record CompareShowAll() implements PageAction {
        @Override
        public String href() {
            return "vidatlas:compare-show-all";
        }
    }

    /** Puts the paper on the reading list, or takes it off. */
    record Bookmark(String id) implements PageAction {
        public Bookmark {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("bookmark", id);
        }
    }

    /** Opens the editor of the user's own note on the paper. */
    record EditNote(String id) implements PageAction {
        public EditNote {
            Objects.requireNonNull(id, "id");
        }

        @Override
        public String href() {
            return link("edit-note", id);
        }
    }

    record Back() implements PageAction {
        @Override
        public String href() {
            return "vidatlas:back";
        }
    }

    record Forward() implements PageAction {
        @Override
        public String href() {
            return "vidatlas:forward";
        }
    }

    /** Asks to download figures from this host (the window asks the user to confirm; see {@code FigureHosts}). */
    record AllowHost(String host) implements PageAction {
        public AllowHost {
            Objects.requireNonNull(host, "host");
        }

        @Override
        public String href() {
            return link("allow-host", host);
        }
    }

    /** Sent by the page's script once the page is shown, so the window can scroll and focus. */
    record Loaded() implements PageAction {
        @Override
        public String href() {
            return "vidatlas:loaded";
        }
    }

    /** A web page to open in the system browser; only http(s) addresses, never {@code javascript:} or {@code file:}. */
    record OpenWeb(String url) implements PageAction {
        public OpenWeb {
            if (!Link.isWeb(url)) {
                throw new IllegalArgumentException("not a web address: " + url);
            }
        }

        @Override
        public String href() {
            return "open:" + url;
        }
    }

    private static String link(String kind, String arg) {
        return "vidatlas:" + kind + "/" + enc(arg);
    }

    /** URL encoding, with a space as {@code %20}: {@code +} would read as a plus in some places, a space in others. */
    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
