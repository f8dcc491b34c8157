package app.vidatlas.launch;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * {@code java -jar target/vidatlas.jar} as a user runs it (after {@code package}, by failsafe): the first window
 * writes its class-data archive as it closes, later ones start with it, none of it shows in what is printed, and
 * commands run in the one JVM (ADR 0011).
 */
class LaunchIT {
    private static final Path JAR = Path.of("target", "vidatlas.jar");
    @TempDir
    static Path home;

    @BeforeAll
    static void theJarIsBuilt() {
        assumeTrue(Files.isRegularFile(JAR), "target/vidatlas.jar is made by `mvn package`");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(boolean display, String... args) throws IOException, InterruptedException {
        return run(display, home.resolve("cache"), List.of(), args);
    }

    private static Run run(boolean display, Path cache, List<String> options, String... args)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(display ? List.of("xvfb-run", "-a") : List.of());
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dvidatlas.cacheDir=" + cache, "-Dvidatlas.configDir=" + home.resolve("config"),
                // A command server started here ends a minute after the tests (and is stopped by them before).
                "-Dvidatlas.commandServer.idleSeconds=60"));
        command.addAll(options);
        command.addAll(List.of("-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(home, "out", ".txt");
        Path err = Files.createTempFile(home, "err", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("the command ends").isTrue();
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static List<String> archives() throws IOException {
        return archives(home.resolve("cache"));
    }

    private static List<String> archives(Path cache) throws IOException {
        Path dir = cache.resolve("class-data");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The web view's library sits where JavaFX does not check it at every start (ADR 0011, WebKitLibrary). */
    @Test
    void theWebViewsLibraryIsKeptApartInTheJar() throws Exception {
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(JAR.toFile())) {
            String name = System.mapLibraryName("jfxwebkit");
            assertThat(jar.getJarEntry("vidatlas/natives/" + name)).isNotNull();
            assertThat(jar.getJarEntry(name)).isNull();
            assertThat(jar.getJarEntry(System.mapLibraryName("glass"))).as("JavaFX's other libraries stay").isNotNull();
        }
    }

    /** A start after the first shows the page the first drew (ADR 0013) and the web view's library from its copy. */
    @Test
    void aLaterStartShowsTheKeptPageAndTheCopiedLibrary() throws Exception {
        assumeTrue(onPath("xvfb-run"), "the window needs a display: xvfb-run");
        run(true, "--startup-probe");
        Run next = run(true, "--startup-probe=verbose");
        assertThat(next.exit()).isZero();
        assertThat(next.out()).containsPattern("(?m)^ready \\d+$").containsPattern("(?m)^catalog \\d+$")
                .contains("phase:snapshot-shown");
        try (Stream<Path> copies = Files.walk(home.resolve("cache").resolve("natives"))) {
            assertThat(copies.map(p -> p.getFileName().toString())).contains(System.mapLibraryName("jfxwebkit"));
        }
    }

    @Test
    void theFirstWindowWritesItsArchiveAndLaterOnesStartWithIt() throws Exception {
        assumeTrue(onPath("xvfb-run"), "the window needs a display: xvfb-run");
        Run first = run(true, "--startup-probe");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).containsPattern("(?m)^window \\d+$").containsPattern("(?m)^ready \\d+$")
                .doesNotContain("[warning]", "cds");
        assertThat(archives()).anyMatch(n -> n.endsWith("-window.jsa")).noneMatch(n -> n.endsWith(".tmp"));

        Run second = run(true, "--startup-probe");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).containsPattern("(?m)^ready \\d+$");

        // An archive the JVM cannot use (damaged, or from another JDK under the same name) costs only its speed.
        for (String name : archives()) {
            Files.writeString(home.resolve("cache").resolve("class-data").resolve(name), "not an archive");
        }
        Run damaged = run(true, "--startup-probe");
        assertThat(damaged.exit()).isZero();
        assertThat(damaged.out()).containsPattern("(?m)^ready \\d+$").doesNotContain("[warning]", "shared archive");
    }

    @Test
    void commandsRunInOneJvmPrintTheirOutputAndReturnTheirExitCode() throws Exception {
        Run search = run(false, "search", "CoCa", "captioner");
        assertThat(search.exit()).isZero();
        assertThat(search.out()).startsWith("1. SVD (stable-video-diffusion)");
        Run wrong = run(false, "search", "motion", "--limit", "many");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--limit").doesNotContain("Exception");
        Run version = run(false, "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().trim()).startsWith("VidAtlas ");
        assertThat(archives()).as("commands share one archive (ADR 0015)")
                .noneMatch(n -> n.contains("search") || n.contains("version"));
    }

    /**
     * Without a server, the first command runs in the JVM the user started and has the commands' archive made in the
     * background; later ones run in a JVM that maps it and compiles quickly (its flags, printed by the JVM, say so),
     * and print the same, errors and exit codes included. A damaged archive costs only its speed (ADR 0015).
     */
    @Test
    void withoutAServerLaterCommandsRunInAJvmWithTheCommandsArchive() throws Exception {
        Path cache = home.resolve("cache-commands");
        List<String> options = List.of("-Dvidatlas.commandServer=off", "-XX:+PrintCommandLineFlags");
        Run first = run(false, cache, options, "search", "CoCa", "captioner");
        assertThat(first.exit()).isZero();
        assertThat(first.out()).doesNotContain("-XX:SharedArchiveFile").contains("1. SVD (stable-video-diffusion)");
        for (int i = 0; i < 240 && archives(cache).stream().noneMatch(n -> n.endsWith("-commands.jsa")); i++) {
            Thread.sleep(500);   // the training runs every command on the bundled notes (a few seconds)
        }
        assertThat(archives(cache)).anyMatch(n -> n.endsWith("-commands.jsa")).noneMatch(n -> n.endsWith(".tmp"));

        Run second = run(false, cache, options, "search", "CoCa", "captioner");
        assertThat(second.exit()).isZero();
        assertThat(second.out()).contains("-XX:SharedArchiveFile=", "-XX:TieredStopAtLevel=1");
        assertThat(results(second.out())).isEqualTo(results(first.out()));
        assertThat(second.err()).doesNotContain("[warning]", "cds", "Exception");
        Run wrong = run(false, cache, options, "search", "motion", "--limit", "many");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.out()).contains("-XX:SharedArchiveFile=");
        assertThat(wrong.err()).contains("--limit").doesNotContain("Exception");

        for (String name : archives(cache)) {
            Files.writeString(cache.resolve("class-data").resolve(name), "not an archive");
        }
        Run damaged = run(false, cache, options, "search", "CoCa", "captioner");
        assertThat(damaged.exit()).isZero();
        assertThat(results(damaged.out())).isEqualTo(results(first.out()));
        assertThat(damaged.out() + damaged.err()).doesNotContain("[warning]", "shared archive");
    }

    /** A command's output without the lines of JVM flags the test asked the JVMs to print, and without its time. */
    private static List<String> results(String out) {
        return out.lines().filter(l -> !l.startsWith("-XX:") && !l.matches("\\d+ results? in \\d+ ms")).toList();
    }

    /**
     * The first command runs in its own JVM and starts the command server; the next is answered by it (ADR 0014), and
     * prints the same, errors and exit codes included.
     */
    @Test
    void laterCommandsAreAnsweredByTheServerTheFirstStarted() throws Exception {
        Run first = run(false, "show", "show-1");
        assertThat(first.exit()).isZero();
        Path socket = null;
        for (int i = 0; i < 240 && (socket = socket()) == null; i++) {
            Thread.sleep(500);   // it warms up (about five seconds) before it listens
        }
        assertThat(socket).as("a server listens").isNotNull();

        Run again = run(false, "show", "show-1");
        assertThat(again.exit()).isZero();
        assertThat(again.out()).isEqualTo(first.out()).contains("Show-1");
        Run wrong = run(false, "search", "motion", "--limit", "many");
        assertThat(wrong.exit()).isEqualTo(2);
        assertThat(wrong.err()).contains("--limit").doesNotContain("Exception");
        String log = Files.readString(socket.resolveSibling(socket.getFileName().toString().replace(".sock", ".log")));
        assertThat(log).as("the server answered them").contains("show: exit 0").contains("search: exit 2");
        assertThat(CommandServer.stop(socket)).isTrue();
    }

    @AfterAll
    static void stopServers() throws IOException, InterruptedException {
        Path socket;
        while ((socket = socket()) != null && CommandServer.stop(socket)) {
            // each stops and removes its socket
        }
        // A training still writing the commands' archive (ADR 0015) would write into the folder being removed.
        for (int i = 0; i < 240 && (archives().stream().anyMatch(n -> n.endsWith(".tmp"))
                || archives(home.resolve("cache-commands")).stream().anyMatch(n -> n.endsWith(".tmp"))); i++) {
            Thread.sleep(500);
        }
    }

    private static Path socket() throws IOException {
        Path dir = home.resolve("cache").resolve("servers");
        if (!Files.isDirectory(dir)) {
            return null;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.toString().endsWith(".sock")).findFirst().orElse(null);
        }
    }

    private static boolean onPath(String program) {
        return Stream.of(System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }
}
