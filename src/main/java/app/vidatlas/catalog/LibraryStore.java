package app.vidatlas.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reading list and the user's notes, as JSON in the config folder ({@code library.json}), apart from the
 * settings so that a broken settings file never costs a bookmark. Written atomically; an unreadable file is set
 * aside, never overwritten.
 */
public final class LibraryStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private String notice;

    public LibraryStore(Path dir) {
        this.file = dir.resolve("library.json");
    }

    public String notice() {
        return notice;
    }

    public Library load() {
        if (!Files.exists(file)) {
            return Library.EMPTY;
        }
        try {
            JsonNode root = AtomicFiles.readJsonObject(file, MAPPER);
            List<String> bookmarks = new ArrayList<>();
            root.path("bookmarks").forEach(n -> {
                if (n.isTextual()) {
                    bookmarks.add(n.asText());
                }
            });
            Map<String, String> notes = new LinkedHashMap<>();
            root.path("notes").fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    notes.put(e.getKey(), e.getValue().asText());
                }
            });
            return new Library(bookmarks, notes);
        } catch (IOException | RuntimeException e) {
            Path aside = AtomicFiles.setAside(file);
            notice = "Your reading list could not be read" + (aside == null ? "" : "; it was kept as " + aside.getFileName())
                    + ".";
            return Library.EMPTY;
        }
    }

    public void save(Library library) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        library.bookmarks().forEach(root.putArray("bookmarks")::add);
        ObjectNode notes = root.putObject("notes");
        library.notes().forEach(notes::put);
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(root));
    }
}
