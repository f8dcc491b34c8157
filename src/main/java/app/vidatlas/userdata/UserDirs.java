package app.vidatlas.userdata;

import java.nio.file.Path;

/**
 * Where the app keeps the user's files, the XDG way: settings and the reading list in
 * {@code $XDG_CONFIG_HOME/vidatlas} (else {@code ~/.config/vidatlas}), the index and downloaded figures in
 * {@code $XDG_CACHE_HOME/vidatlas} (else {@code ~/.cache/vidatlas}). The system properties
 * {@code vidatlas.configDir} and {@code vidatlas.cacheDir} override both, so tests never touch the user's files.
 */
public final class UserDirs {
    private UserDirs() {
    }

    public static Path config() {
        return resolve("vidatlas.configDir", "XDG_CONFIG_HOME", ".config");
    }

    public static Path cache() {
        return resolve("vidatlas.cacheDir", "XDG_CACHE_HOME", ".cache");
    }

    private static Path resolve(String property, String variable, String inHome) {
        String override = System.getProperty(property);
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        String base = System.getenv(variable);
        Path dir = base != null && !base.isBlank() ? Path.of(base) : Path.of(System.getProperty("user.home"), inHome);
        return dir.resolve("vidatlas");
    }
}
