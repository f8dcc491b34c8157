package app.vidatlas.ui.browse;

import app.vidatlas.export.MarkdownText;
import app.vidatlas.model.Paper;
import app.vidatlas.userdata.UserLibrary;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * What the user keeps about papers: the reading list and their own notes. Every change is saved at once (nothing a
 * user did is lost); the saver returns the library as saved, another window's changes included.
 */
public final class ReadingListViewModel {
    private final ReadOnlyObjectWrapper<UserLibrary> library = new ReadOnlyObjectWrapper<>(UserLibrary.EMPTY);
    private UnaryOperator<UserLibrary> saver = l -> l;

    /** The library to start from, and where changes go. */
    public void setLibrary(UserLibrary lib, Consumer<UserLibrary> save) {
        keepLibrary(lib, l -> {
            save.accept(l);
            return l;
        });
    }

    /** As {@link #setLibrary}, with a saver that returns the library as saved. */
    public void keepLibrary(UserLibrary lib, UnaryOperator<UserLibrary> save) {
        library.set(lib);
        saver = save;
    }

    /** Shows the library as another window left it (read again from disk). */
    public void showLibrary(UserLibrary lib) {
        if (!lib.equals(library.get())) {
            library.set(lib); // nothing redrawn when nothing changed
        }
    }

    public void toggleBookmark(String id) {
        toggleBookmarks(List.of(id));
    }

    /** Adds each paper to the reading list, or takes it off: saved once, however many. */
    public void toggleBookmarks(List<String> ids) {
        UserLibrary updated = library.get();
        for (String id : ids) {
            updated = updated.toggleBookmark(id);
        }
        library.set(saver.apply(updated));
    }

    public void saveNote(String id, String text) {
        library.set(saver.apply(library.get().withNote(id, text)));
    }

    public UserLibrary library() {
        return library.get();
    }

    public List<String> bookmarks() {
        return library.get().bookmarks();
    }

    /** The user's notes as Markdown, one section per paper, then the reading list. */
    public String exportMyNotes(Map<String, Paper> byId) {
        UserLibrary lib = library.get();
        StringBuilder b = new StringBuilder("# My notes\n");
        lib.notes().forEach((id, text) -> {
            // Names and titles come from the notes (untrusted): escaped; the user's own text is their Markdown.
            b.append("\n## ").append(MarkdownText.text(name(byId.get(id), id))).append("\n\n").append(text)
                    .append('\n');
        });
        if (!lib.bookmarks().isEmpty()) {
            b.append("\n## Reading list\n\n");
            lib.bookmarks().forEach(id -> b.append("- ").append(MarkdownText.text(name(byId.get(id), id))).append('\n'));
        }
        return b.toString();
    }

    private static String name(Paper p, String id) {
        return p == null ? id : p.shortName() + " — " + p.title();
    }

    /** The reading list and notes; replaced as a whole at each change. */
    public ReadOnlyObjectProperty<UserLibrary> libraryProperty() {
        return library.getReadOnlyProperty();
    }
}
