package app.vidatlas.pages;

import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Link;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Reads a page's message back into a {@link PageAction}. The rules are those the window has always applied: an
 * argument after the first {@code /}; a paper's note and slide after {@code @}s (all three or only the id); a note's
 * slide after {@code @}; a slide that is not a number is 0; an argument that does not decode, or a category with
 * no segment, is no action at all.
 */
final class PageActionParser {
    private static final String SCHEME = "vidatlas:";
    private static final String WEB = "open:";

    private PageActionParser() {
    }

    static Optional<PageAction> parse(String message) {
        if (message == null) {
            return Optional.empty();
        }
        if (message.startsWith(WEB)) {
            String url = message.substring(WEB.length());
            return Link.isWeb(url) ? Optional.of(new PageAction.OpenWeb(url)) : Optional.empty();
        }
        if (!message.startsWith(SCHEME)) {
            return Optional.empty();
        }
        String rest = message.substring(SCHEME.length());
        int slash = rest.indexOf('/');
        String kind = slash < 0 ? rest : rest.substring(0, slash);
        String arg = slash < 0 ? "" : rest.substring(slash + 1);
        try {
            return Optional.ofNullable(action(kind, arg));
        } catch (IllegalArgumentException e) {
            // A malformed %-escape, or a category path with no segment: a link no page writes.
            return Optional.empty();
        }
    }

    private static PageAction action(String kind, String arg) {
        return switch (kind) {
            case "paper" -> {
                String[] parts = arg.split("@", -1);
                yield parts.length == 3 ? new PageAction.OpenPaper(dec(parts[0]), dec(parts[1]), number(parts[2]))
                        : new PageAction.OpenPaper(dec(parts[0]));
            }
            case "note" -> {
                String[] parts = arg.split("@", -1);
                yield new PageAction.OpenNote(dec(parts[0]), parts.length > 1 ? number(parts[1]) : 0);
            }
            case "category" -> new PageAction.Category(CategoryPath.parse(dec(arg)));
            case "history" -> {
                String[] parts = arg.split("@", -1);
                yield parts.length == 5 && (parts[0].equals("timeline") || parts[0].equals("lineage"))
                        ? new PageAction.OpenHistory(new HistoryView(parts[0].equals("timeline"),
                        parts[1].isEmpty() ? null : dec(parts[1]), number(parts[2]), number(parts[3]), parts[4].equals("1")))
                        : null;
            }
            case "copy-citation" -> new PageAction.CopyCitation(dec(arg));
            case "compare-add" -> new PageAction.CompareAdd(dec(arg));
            case "compare" -> new PageAction.Compare();
            case "compare-remove" -> new PageAction.CompareRemove(dec(arg));
            case "compare-left" -> new PageAction.CompareLeft(dec(arg));
            case "compare-right" -> new PageAction.CompareRight(dec(arg));
            case "compare-move" -> {
                String[] parts = arg.split("@", -1);
                yield parts.length == 2 ? new PageAction.CompareMoveTo(dec(parts[0]), number(parts[1])) : null;
            }
            case "compare-hide-same" -> new PageAction.CompareHideSame();
            case "compare-show-all" -> new PageAction.CompareShowAll();
            case "bookmark" -> new PageAction.Bookmark(dec(arg));
            case "edit-note" -> new PageAction.EditNote(dec(arg));
            case "back" -> new PageAction.Back();
            case "forward" -> new PageAction.Forward();
            case "allow-host" -> new PageAction.AllowHost(dec(arg));
            case "loaded" -> new PageAction.Loaded();
            default -> null;
        };
    }

    private static String dec(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }

    private static int number(String s) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
