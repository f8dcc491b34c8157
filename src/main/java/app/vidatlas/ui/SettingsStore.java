package app.vidatlas.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings as JSON in the user's config folder ({@code $XDG_CONFIG_HOME/vidatlas} or {@code ~/.config/vidatlas}).
 * Written to a temporary file and renamed over the old one, so a crash never leaves half a file. An unreadable
 * file is set aside (renamed, not deleted) with a notice, and the defaults are used.
 */
public final class SettingsStore {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final Path file;
    private String notice;

    public SettingsStore(Path dir) {
        this.file = dir.resolve("settings.json");
    }

    public static Path defaultDir() {
        String override = System.getProperty("vidatlas.configDir");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String base = System.getenv("XDG_CONFIG_HOME");
        Path config = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), ".config");
        return config.resolve("vidatlas");
    }

    /** What happened on loading, for the status bar; null when all was well. */
    public String notice() {
        return notice;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            JsonNode root = MAPPER.readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new IOException("not a JSON object");
            }
            return new Settings(paths(root.get("figureFolders")),
                    !root.has("downloadFigures") || root.get("downloadFigures").asBoolean(true),
                    paths(root.get("notesFolders")));
        } catch (IOException | RuntimeException e) {
            Path aside = file.resolveSibling("settings.json.unreadable-" + System.currentTimeMillis());
            try {
                Files.move(file, aside);
                notice = "The settings file could not be read; it was set aside as " + aside.getFileName()
                        + " and the defaults are used.";
            } catch (IOException moveFailed) {
                notice = "The settings file could not be read; the defaults are used.";
            }
            return Settings.DEFAULTS;
        }
    }

    public void save(Settings settings) throws IOException {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", 1);
        ArrayNode figures = root.putArray("figureFolders");
        settings.figureFolders().forEach(p -> figures.add(p.toString()));
        root.put("downloadFigures", settings.downloadFigures());
        ArrayNode notes = root.putArray("notesFolders");
        settings.notesFolders().forEach(p -> notes.add(p.toString()));
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "settings", ".tmp");
        try {
            Files.write(tmp, MAPPER.writeValueAsBytes(root));
            try {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static List<Path> paths(JsonNode array) {
        List<Path> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.forEach(n -> {
                if (n.isTextual() && !n.asText().isBlank()) {
                    out.add(Path.of(n.asText()));
                }
            });
        }
        return out;
    }
}
