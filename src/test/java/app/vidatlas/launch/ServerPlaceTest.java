package app.vidatlas.launch;

import app.vidatlas.KeptProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A server answers only commands its own JVM would have answered alike (ADR 0014), and listens only where nobody else
 * can reach it.
 */
class ServerPlaceTest {
    @TempDir
    Path dir;

    @Test
    void theKeyChangesWithTheJarTheJvmsOptionsAndTheEnvironmentACommandReads() throws Exception {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "a jar");
        Map<String, String> env = Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "/tmp/c", "TERM", "xterm");
        String key = ServerPlace.key(jar, List.of("-Xmx1g"), env);

        assertThat(ServerPlace.key(jar, List.of("-Xmx1g"), env)).isEqualTo(key);
        assertThat(ServerPlace.key(jar, List.of("-Xmx2g"), env)).isNotEqualTo(key);
        assertThat(ServerPlace.key(jar, List.of("-Xmx1g"), Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "/tmp/d",
                "TERM", "xterm"))).as("another cache, so another index").isNotEqualTo(key);
        assertThat(ServerPlace.key(jar, List.of("-Xmx1g"), Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "/tmp/c",
                "TERM", "xterm", "VIDATLAS_PAGE_SNAPSHOT", "off"))).isNotEqualTo(key);
        assertThat(ServerPlace.key(jar, List.of("-Xmx1g"), Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "/tmp/c",
                "TERM", "screen", "LC_ALL", "zh_CN.UTF-8"))).as("a locale").isNotEqualTo(key);
        assertThat(ServerPlace.key(jar, List.of("-Xmx1g"), Map.of("HOME", "/home/a", "XDG_CACHE_HOME", "/tmp/c",
                "TERM", "screen", "XDG_SESSION_ID", "7", "PATH", "/bin"))).as("what no command reads").isEqualTo(key);

        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_000));
        assertThat(ServerPlace.key(jar, List.of("-Xmx1g"), env)).as("a rebuilt jar").isNotEqualTo(key);
        assertThat(ServerPlace.at(dir, key, jar, List.of()).socket())
                .isNotEqualTo(ServerPlace.at(dir, ServerPlace.key(jar, List.of("-Xmx1g"), env), jar, List.of()).socket());
    }

    @Test
    void theServersFolderIsMadePrivateAndAFolderOpenToOthersIsNotUsed() throws Exception {
        ServerPlace place = ServerPlace.at(dir.resolve("cache").resolve("servers"), "k", dir, List.of());
        assertThat(place.privateFolder()).contains(dir.resolve("cache").resolve("servers"));
        assertThat(Files.getPosixFilePermissions(place.socket().getParent()))
                .isEqualTo(PosixFilePermissions.fromString("rwx------"));

        Path open = Files.createDirectories(dir.resolve("open"));
        Files.setPosixFilePermissions(open, PosixFilePermissions.fromString("rwxrwxrwx"));
        assertThat(ServerPlace.at(open, "k", dir, List.of()).privateFolder()).isEmpty();
    }

    @Test
    void aJvmWithOptionsOfItsOwnProcessRunsItsOwnCommands() {
        assertThat(ServerPlace.plain(List.of(), Map.of())).isTrue();
        assertThat(ServerPlace.plain(List.of("-Xmx1g", "-Dvidatlas.x=y", "-XX:+UseSerialGC", "-ea"), Map.of())).isTrue();
        assertThat(ServerPlace.plain(List.of("-agentlib:jdwp=transport=dt_socket,address=5005"), Map.of())).isFalse();
        assertThat(ServerPlace.plain(List.of("-XX:StartFlightRecording=filename=x.jfr"), Map.of())).isFalse();
        assertThat(ServerPlace.plain(List.of("-Xlog:gc:file=gc.log"), Map.of())).isFalse();
        assertThat(ServerPlace.plain(List.of(), Map.of("JAVA_TOOL_OPTIONS", "-Xmx2g -javaagent:x.jar")))
                .as("an agent from the environment").isFalse();
        assertThat(ServerPlace.plain(List.of(), Map.of("JDK_JAVA_OPTIONS", " -Xmx2g "))).isTrue();
    }

    @Test
    void onlyCommandsThatReadTheNotesAreAnswered() {
        assertThat(CommandClient.answerable(new String[]{"search", "motion"})).isTrue();
        assertThat(CommandClient.answerable(new String[]{"show", "show-1", "--notes", "/home/a/notes"})).isTrue();
        assertThat(CommandClient.answerable(new String[]{"search", "x", "--index=/tmp/i", "--notes", "/n"})).isTrue();
        assertThat(CommandClient.answerable(new String[]{"show", "show-1", "--notes", "../notes"}))
                .as("read against the command's folder").isTrue();
        assertThat(CommandClient.answerable(new String[]{"--version"})).isFalse();
        assertThat(CommandClient.answerable(new String[]{})).as("the window").isFalse();
        assertThat(CommandClient.answerable(new String[]{"--notes", "x"})).as("the window").isFalse();
        assertThat(CommandClient.answerable(new String[]{"index"})).as("it writes the index at length").isFalse();
        assertThat(CommandClient.answerable(new String[]{"bench-corpus", "--out", "x"})).isFalse();
        assertThat(CommandClient.answerable(new String[]{"search", "@args.txt"}))
                .as("picocli would read the file against the server's folder").isFalse();
        KeptProperties properties = new KeptProperties();
        properties.set(CommandClient.SWITCH, "off");
        try {
            assertThat(CommandClient.answerable(new String[]{"search", "motion"})).isFalse();
        } finally {
            properties.restore();
        }
    }
}
