package app.vidatlas.userdata;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The notes last opened, newest first, for File > Open Recent: each entry the folders opened together (an empty
 * one is the bundled notes). Kept in {@code recent.json} in the config folder, apart from the settings: a list the
 * app can always rebuild, so a file it cannot read is simply started again.
 */
public final class RecentFolders {
    /** How many are remembered. */
    public static final int MAX = 8;

    private final Path file;

    public RecentFolders(Path configDir) {
        this.file = configDir.resolve("recent.json");
    }

    /** The folders opened before, newest first; none when there is no file or it cannot be read. */
    public List<List<Path>> read() {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            JsonNode root = UserJson.read(Files.readAllBytes(file));
            List<List<Path>> out = new ArrayList<>();
            for (JsonNode set : root.path("recent")) {
                List<Path> folders = new ArrayList<>();
                set.forEach(f -> folders.add(Path.of(f.asText())));
                if (out.size() < MAX && !out.contains(folders)) {
                    out.add(List.copyOf(folders));
                }
            }
            return List.copyOf(out);
        } catch (IOException | RuntimeException e) {   // not JSON, a path this system cannot hold, ...
            return List.of();
        }
    }

    /** Puts these folders first (once), keeps the newest {@link #MAX}; what is remembered afterwards. */
    public List<List<Path>> opened(List<Path> folders) throws IOException {
        List<List<Path>> out = new ArrayList<>();
        out.add(List.copyOf(folders));
        for (List<Path> before : read()) {
            if (out.size() < MAX && !before.equals(folders)) {
                out.add(before);
            }
        }
        ArrayNode sets = UserJson.array();
        out.forEach(set -> {
            ArrayNode a = sets.addArray();
            set.forEach(p -> a.add(p.toString()));
        });
        AtomicFiles.write(file, UserJson.write(UserJson.object().set("recent", sets)));
        return List.copyOf(out);
    }
}
