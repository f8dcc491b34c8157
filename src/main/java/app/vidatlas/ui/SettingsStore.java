package app.vidatlas.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import app.vidatlas.catalog.AtomicFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

    /** What happened on loading, for the status bar; null when all was well. */
    public String notice() {
        return notice;
    }

    public Settings load() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        try {
            JsonNode root = app.vidatlas.catalog.AtomicFiles.readJsonObject(file, MAPPER);
            Settings.Theme theme;
            try {
                theme = Settings.Theme.valueOf(root.path("theme").asText("SYSTEM"));
            } catch (IllegalArgumentException e) {
                theme = Settings.Theme.SYSTEM;
            }
            JsonNode w = root.get("window");
            Settings.WindowBounds window = w == null || !w.isObject() ? null : new Settings.WindowBounds(
                    w.path("x").asDouble(), w.path("y").asDouble(), w.path("width").asDouble(1360),
                    w.path("height").asDouble(820), w.path("maximized").asBoolean(false));
            List<Double> dividers = new ArrayList<>();
            root.path("dividers").forEach(n -> dividers.add(n.asDouble()));
            List<String> comparison = new ArrayList<>();
            root.path("comparison").forEach(n -> comparison.add(n.asText()));
            String last = root.hasNonNull("lastPaper") ? root.get("lastPaper").asText() : null;
            return new Settings(paths(root.get("figureFolders")),
                    !root.has("downloadFigures") || root.get("downloadFigures").asBoolean(true),
                    paths(root.get("notesFolders")), theme, window, dividers, last,
                    root.path("lastScroll").asDouble(0), comparison);
        } catch (IOException | RuntimeException e) {
            Path aside = AtomicFiles.setAside(file);
            notice = "The settings file could not be read" + (aside == null ? "" : "; it was set aside as "
                    + aside.getFileName()) + ", and the defaults are used.";
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
        root.put("theme", settings.theme().name());
        if (settings.window() != null) {
            Settings.WindowBounds w = settings.window();
            root.putObject("window").put("x", w.x()).put("y", w.y()).put("width", w.width())
                    .put("height", w.height()).put("maximized", w.maximized());
        }
        ArrayNode dividers = root.putArray("dividers");
        settings.dividers().forEach(dividers::add);
        if (settings.lastPaper() != null) {
            root.put("lastPaper", settings.lastPaper());
        }
        root.put("lastScroll", settings.lastScroll());
        ArrayNode comparison = root.putArray("comparison");
        settings.comparison().forEach(comparison::add);
        AtomicFiles.write(file, MAPPER.writeValueAsBytes(root));
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
