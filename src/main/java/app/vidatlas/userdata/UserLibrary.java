package app.vidatlas.userdata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the user keeps about papers: a reading list (bookmarks, in the order added) and their own notes.
 *
 * @param bookmarks paper ids
 * @param notes     the user's note per paper id
 */
public record UserLibrary(List<String> bookmarks, Map<String, String> notes) {
    public static final UserLibrary EMPTY = new UserLibrary(List.of(), Map.of());

    public UserLibrary {
        bookmarks = List.copyOf(bookmarks);
        notes = Collections.unmodifiableMap(new LinkedHashMap<>(notes)); // in the order written
    }

    public boolean isBookmarked(String id) {
        return bookmarks.contains(id);
    }

    public String note(String id) {
        return notes.getOrDefault(id, "");
    }

    public UserLibrary toggleBookmark(String id) {
        List<String> b = new ArrayList<>(bookmarks);
        if (!b.remove(id)) {
            b.add(id);
        }
        return new UserLibrary(b, notes);
    }

    public UserLibrary withNote(String id, String text) {
        Map<String, String> n = new LinkedHashMap<>(notes);
        if (text == null || text.isBlank()) {
            n.remove(id);
        } else {
            n.put(id, text.strip());
        }
        return new UserLibrary(bookmarks, n);
    }

    /**
     * This library with the changes that turn {@code from} into {@code to} made to it: what one window did, applied
     * to what the file holds now, so that another window's changes to other papers stay. Bookmarks added or removed
     * are added or removed (added ones at the end); notes written, changed or cleared are too. Everything else is
     * left as this library has it.
     */
    public UserLibrary withChanges(UserLibrary from, UserLibrary to) {
        List<String> b = new ArrayList<>(bookmarks);
        b.removeIf(id -> from.isBookmarked(id) && !to.isBookmarked(id));
        for (String id : to.bookmarks) {
            if (!from.isBookmarked(id) && !b.contains(id)) {
                b.add(id);
            }
        }
        Map<String, String> n = new LinkedHashMap<>(notes);
        from.notes.keySet().stream().filter(id -> !to.notes.containsKey(id)).forEach(n::remove);
        to.notes.forEach((id, text) -> {
            if (!text.equals(from.notes.get(id))) {
                n.put(id, text);
            }
        });
        return new UserLibrary(b, n);
    }
}
