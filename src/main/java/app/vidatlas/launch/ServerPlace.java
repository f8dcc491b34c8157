package app.vidatlas.launch;

import app.vidatlas.userdata.UserDirs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Which command server may answer this JVM's command, and where it listens (ADR 0014). A server answers only the
 * commands its own JVM would have run the same way: same jar (path, size, time), same Java, same JVM options, same
 * environment as far as a command reads it, same user. All of that is the {@link #key}; the socket's name is a hash
 * of it, and the server checks the whole key again before it runs anything.
 *
 * @param socket     the server's Unix-domain socket, in a folder only the user can enter; its lock, log and failure
 *                   note lie beside it ({@link #sibling})
 * @param jvmOptions this JVM's options, which the server is started with too
 */
record ServerPlace(String key, Path jar, Path socket, List<String> jvmOptions) {
    /**
     * Variables a command (or the JVM under it) reads: a server started under others would answer otherwise. Not
     * every {@code XDG_} one: a login's {@code XDG_SESSION_ID} would make a server per terminal session.
     */
    private static final List<String> READ_VARIABLES = List.of("HOME", "LANG", "LANGUAGE", "TZ", "XDG_CACHE_HOME",
            "XDG_CONFIG_HOME", "JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS", "_JAVA_OPTIONS");
    private static final List<String> READ_PREFIXES = List.of("LC_", "VIDATLAS_");
    /** Where the JVM's options come from besides its command line. */
    private static final List<String> OPTION_VARIABLES = List.of("JAVA_TOOL_OPTIONS", "JDK_JAVA_OPTIONS",
            "_JAVA_OPTIONS");
    /**
     * The JVM options a server may be started with too: memory, the collector, properties, assertions. Anything
     * else (an agent, a debugger's port, a flight recording, a log or heap dump written to a file) belongs to one
     * process, and a JVM started with it runs its own commands.
     */
    private static final List<String> PLAIN_OPTIONS = List.of("-Xmx", "-Xms", "-Xss", "-Xmn", "-D",
            "-XX:MaxRAMPercentage=", "-XX:InitialRAMPercentage=", "-XX:MinRAMPercentage=", "-XX:MaxRAM=",
            "-XX:+UseG1GC", "-XX:+UseSerialGC", "-XX:+UseParallelGC", "-XX:+UseZGC", "-XX:+UseShenandoahGC",
            "-Xshare:", "-ea", "-da", "-enableassertions", "-disableassertions", "-esa", "-dsa");
    /** Unix-domain socket paths are limited (108 bytes on Linux, 104 on macOS, counting the final NUL). */
    static final int MAX_SOCKET_PATH = 100;
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rwx------");

    /** This JVM's server, or empty when it was not started as {@code java [options] -jar vidatlas.jar}. */
    static Optional<ServerPlace> ofThisJvm() {
        Optional<Path> jar = Relaunch.jar();
        Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        Optional<List<String>> options = commandLine.isPresent() ? Relaunch.jvmOptions(commandLine.get())
                : Optional.empty();
        if (jar.isEmpty() || options.isEmpty() || !plain(options.get(), System.getenv())) {
            return Optional.empty();
        }
        try {
            Path dir = UserDirs.cache().resolve("servers").toAbsolutePath();
            String key = key(jar.get(), options.get(), System.getenv());
            ServerPlace place = at(dir, key, jar.get(), options.get());
            return place.socket().toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                    <= MAX_SOCKET_PATH ? Optional.of(place) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Whether every JVM option, on the command line or from the environment, is one a server may share. */
    static boolean plain(List<String> jvmOptions, Map<String, String> environment) {
        List<String> all = new java.util.ArrayList<>(jvmOptions);
        for (String variable : OPTION_VARIABLES) {
            String value = environment.getOrDefault(variable, "").trim();
            if (!value.isEmpty()) {
                all.addAll(List.of(value.split("\\s+")));
            }
        }
        for (String option : all) {
            if (!startsWithAny(option, PLAIN_OPTIONS)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithAny(String text, List<String> prefixes) {
        for (String prefix : prefixes) {
            if (text.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    static ServerPlace at(Path dir, String key, Path jar, List<String> jvmOptions) {
        String name = Long.toHexString(fnv64(key));
        return new ServerPlace(key, jar, dir.resolve(name + ".sock"), List.copyOf(jvmOptions));
    }

    /** Held by the server for its whole life: two servers for one key never run. */
    Path lock() {
        return sibling(socket, ".lock");
    }

    /** The server's log: one line per command. */
    Path log() {
        return sibling(socket, ".log");
    }

    /** Left by a server that could not listen, saying why. */
    Path failed() {
        return sibling(socket, ".failed");
    }

    /** The file beside a server's socket with this ending instead of {@code .sock}. */
    static Path sibling(Path socket, String ending) {
        return socket.resolveSibling(socket.getFileName().toString().replace(".sock", ending));
    }

    /**
     * Whether the other end of the socket runs as this user. The folder is the user's alone; the system says so again
     * where it can (a system without peer credentials is taken at the folder's word).
     */
    static boolean sameUser(java.nio.channels.SocketChannel channel) {
        try {
            return channel.getOption(jdk.net.ExtendedSocketOptions.SO_PEERCRED).user().getName()
                    .equals(System.getProperty("user.name"));
        } catch (IOException | UnsupportedOperationException e) {
            return true;
        }
    }

    /** Everything a command's answer depends on besides its arguments and working folder. */
    static String key(Path jar, List<String> jvmOptions, Map<String, String> environment) throws IOException {
        StringBuilder key = new StringBuilder("v").append(CommandFrames.VERSION);
        key.append('\n').append(jar.toAbsolutePath()).append(' ').append(Files.size(jar)).append(' ')
                .append(Files.getLastModifiedTime(jar).toMillis());
        key.append('\n').append(System.getProperty("java.home")).append(' ').append(Runtime.version());
        key.append('\n').append(System.getProperty("user.name")).append(' ').append(System.getProperty("user.home"));
        // Loops, not lambdas: this runs in every command's JVM before anything else, where a first lambda costs ms.
        for (String option : jvmOptions) {
            key.append("\n-").append(option);
        }
        Map<String, String> read = new TreeMap<>();
        for (Map.Entry<String, String> variable : environment.entrySet()) {
            if (READ_VARIABLES.contains(variable.getKey()) || startsWithAny(variable.getKey(), READ_PREFIXES)) {
                read.put(variable.getKey(), variable.getValue());
            }
        }
        for (Map.Entry<String, String> variable : read.entrySet()) {
            key.append("\n$").append(variable.getKey()).append('=').append(variable.getValue());
        }
        return key.toString();
    }

    /**
     * The servers' folder, made if missing, and only if nobody else can enter it: a socket there answers whoever
     * can reach it. Empty when it is someone else's or open to others (or the file system has no such permissions).
     */
    Optional<Path> privateFolder() {
        Path dir = socket.getParent();
        try {
            if (!Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            PosixFileAttributes attributes = Files.readAttributes(dir, PosixFileAttributes.class,
                    LinkOption.NOFOLLOW_LINKS);
            boolean ours = attributes.owner().getName().equals(System.getProperty("user.name"));
            return ours && attributes.permissions().equals(OWNER_ONLY) ? Optional.of(dir) : Optional.empty();
        } catch (IOException | UnsupportedOperationException e) {
            return Optional.empty();
        }
    }

    /** 64-bit FNV-1a: the socket's name only (the key itself is compared whole), without loading a digest. */
    static long fnv64(String s) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < s.length(); i++) {
            hash ^= s.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
