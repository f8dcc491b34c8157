package app.vidatlas.userdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Settings as JSON in the user's config folder ({@code $XDG_CONFIG_HOME/vidatlas} or {@code ~/.config/vidatlas}).
 * Written to a temporary file and renamed over the old one, so a crash never leaves half a file. An unreadable
 * file is set aside (renamed, not deleted) with a notice, and the defaults are used.
 *
 * <p>A value of the wrong type in a readable file ({@code "downloadFigures": "no"}) is not guessed at: that field
 * alone is reset with a notice, to its safe value (downloads off, no host allowed). Setting the whole file aside
 * for one field would cost the user their folders, layout and host answers; reading "no" as true (what Jackson's
 * {@code asBoolean(true)} did) would let the app connect to sites the user meant to refuse.
 */
public final class SettingsStore {
    private static final String ALLOW = "allow";
    private static final String DENY = "deny";
    private final Path file;
    private String notice;

    /** The settings as this store last read or wrote them: what this window's changes are measured from. */
    private Settings base;

    public SettingsStore(Path dir) {
        this.file = dir.resolve("settings.json");
    }

    /** What happened on loading, for the status bar; null when all was well. */
    public String notice() {
        return notice;
    }

    public Settings load() {
        base = read();
        return base;
    }

    private Settings read() {
        if (!Files.exists(file)) {
            return Settings.DEFAULTS;
        }
        List<String> problems = new ArrayList<>();
        try {
            JsonNode root = app.vidatlas.userdata.AtomicFiles.readJsonObject(file);
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
            Settings settings = new Settings(paths(root.get("figureFolders")), downloadFigures(root, problems),
                    figureHosts(root, problems), paths(root.get("notesFolders")), theme, window, dividers, last,
                    root.path("lastScroll").asDouble(0), comparison);
            if (!problems.isEmpty()) {
                notice = "In the settings file " + file + ": " + String.join("; ", problems) + ".";
            }
            return settings;
        } catch (IOException | RuntimeException e) {
            Path aside = AtomicFiles.setAside(file);
            notice = "The settings file could not be read" + (aside == null ? "" : "; it was set aside as "
                    + aside.getFileName()) + ", and the defaults are used.";
            return Settings.DEFAULTS;
        }
    }

    /**
     * Writes the settings, merged with what another window saved since this one read them: the user's choices
     * (figure folders and hosts, downloads, notes folders, theme) keep the other window's values where this one did
     * not change them, so closing a second window cannot undo a host refused in the first; the window's place and
     * the session (last paper, comparison) are this window's. Returns what was written.
     */
    public Settings save(Settings settings) throws IOException {
        Settings merged = settings;
        if (base != null && Files.exists(file)) {
            String keep = notice;
            Settings disk = read();
            notice = keep;
            merged = merge(base, settings, disk);
        }
        write(merged);
        base = merged;
        return merged;
    }

    /** This window's changes (from {@code base} to {@code mine}) applied to what is on disk. */
    static Settings merge(Settings base, Settings mine, Settings disk) {
        java.util.Map<String, Boolean> hosts = new java.util.TreeMap<>(disk.figureHosts());
        java.util.Set<String> named = new java.util.TreeSet<>(base.figureHosts().keySet());
        named.addAll(mine.figureHosts().keySet());
        for (String host : named) {
            Boolean was = base.figureHosts().get(host);
            Boolean now = mine.figureHosts().get(host);
            if (!java.util.Objects.equals(was, now)) {
                if (now == null) {
                    hosts.remove(host);
                } else {
                    hosts.put(host, now);
                }
            }
        }
        return new Settings(
                changed(base.figureFolders(), mine.figureFolders()) ? mine.figureFolders() : disk.figureFolders(),
                base.downloadFigures() != mine.downloadFigures() ? mine.downloadFigures() : disk.downloadFigures(),
                hosts,
                changed(base.notesFolders(), mine.notesFolders()) ? mine.notesFolders() : disk.notesFolders(),
                changed(base.theme(), mine.theme()) ? mine.theme() : disk.theme(),
                mine.window(), mine.dividers(), mine.lastPaper(), mine.lastScroll(), mine.comparison());
    }

    private static boolean changed(Object before, Object after) {
        return !java.util.Objects.equals(before, after);
    }

    private void write(Settings settings) throws IOException {
        ObjectNode root = UserJson.object();
        root.put("version", 1);
        ArrayNode figures = root.putArray("figureFolders");
        settings.figureFolders().forEach(p -> figures.add(p.toString()));
        root.put("downloadFigures", settings.downloadFigures());
        ObjectNode hosts = root.putObject("figureHosts");
        settings.figureHosts().forEach((host, allow) -> hosts.put(host, allow ? ALLOW : DENY));
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
        AtomicFiles.write(file, UserJson.write(root));
    }

    /** Missing: on (each host is still asked about). Anything but true or false: off, with a notice. */
    private static boolean downloadFigures(JsonNode root, List<String> problems) {
        JsonNode n = root.get("downloadFigures");
        if (n == null) {
            return true;
        }
        if (n.isBoolean()) {
            return n.booleanValue();
        }
        problems.add("\"downloadFigures\" should be true or false, not " + n + ", so figure downloads are off until"
                + " you turn them on in Preferences");
        return false;
    }

    /** {@code {"host": "allow" | "deny"}}; an entry with another answer is dropped (asked again) with a notice. */
    private static Map<String, Boolean> figureHosts(JsonNode root, List<String> problems) {
        Map<String, Boolean> out = new TreeMap<>();
        JsonNode n = root.get("figureHosts");
        if (n == null) {
            return out;
        }
        if (!n.isObject()) {
            problems.add("\"figureHosts\" should map each host to \"allow\" or \"deny\", so no host is allowed"
                    + " and each is asked about again");
            return out;
        }
        n.fields().forEachRemaining(e -> {
            String answer = e.getValue().isTextual() ? e.getValue().asText() : "";
            if (answer.equals(ALLOW) || answer.equals(DENY)) {
                out.put(e.getKey(), answer.equals(ALLOW));
            } else {
                problems.add("the answer for " + e.getKey() + " should be \"allow\" or \"deny\", not "
                        + e.getValue() + ", so it is asked again");
            }
        });
        return out;
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
