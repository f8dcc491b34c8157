package app.vidatlas.launch;

import app.vidatlas.KeptProperties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Which starts are worth a second JVM, and what that JVM is given. The launch itself: {@code LaunchIT}. */
class RelaunchTest {
    @TempDir
    Path dir;

    @Test
    void theWindowIsRelaunched() {
        assertThat(Relaunch.kind(new String[0])).contains("window");
        assertThat(Relaunch.kind(new String[]{"--notes", "my-notes", "--startup-probe"})).contains("window");
        assertThat(Relaunch.kind(new String[]{"--notes", "papers"})).as("a value named like a command: picocli reads it, as Main does").isEmpty();
        assertThat(Relaunch.kind(new String[]{"--figures", "f", "--index", "i"})).contains("window");
    }

    @Test
    void commandsHelpAndVersionRunInTheFirstJvm() {
        assertThat(Relaunch.kind(new String[]{"search", "motion"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"--index", "/tmp/i", "show", "show-1"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"--version"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"--notes", "n", "--help"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"-h"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"index", "--notes", "n"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"bench-corpus"})).isEmpty();
        assertThat(Relaunch.kind(new String[]{"serach", "motion"})).as("a misspelt command is picocli's to explain")
                .isEmpty();
    }

    @Test
    void theJvmOptionsAreWhatComesBeforeTheJar() {
        assertThat(Relaunch.jvmOptions(new String[]{"-Xmx1g", "-Dx=y", "-jar", "v.jar", "search", "-jar"}))
                .contains(List.of("-Xmx1g", "-Dx=y"));
        assertThat(Relaunch.jvmOptions(new String[]{"-cp", "v.jar", "app.vidatlas.Main"})).isEmpty();
    }

    @Test
    void theSecondJvmKeepsTheOptionsTheJarAndTheArgumentsAndReadsOrWritesTheArchive() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "jar");
        SharedArchive archive = SharedArchive.of(dir, jar, "window");
        String[] args = {"--notes", "my notes", "--startup-probe", "--index", "i"};

        Path flag = dir.resolve("flag");
        List<String> writing = Relaunch.command(jar, List.of("-Xmx1g"), archive, true, "42", flag, Relaunch.LATER_C2,
                args);
        assertThat(writing).contains("-Xmx1g", "-XX:ArchiveClassesAtExit=" + archive.pending(), "-Dvidatlas.launchedAt=42")
                .doesNotContain("-XX:SharedArchiveFile=" + archive.file());
        assertThat(writing.subList(writing.size() - 7, writing.size() - 1))
                .containsExactly("-jar", jar.toString(), "--notes", "my notes", "--startup-probe", "--index");

        List<String> reading = Relaunch.command(jar, List.of(), archive, false, "42", flag, Relaunch.LATER_C2, args);
        assertThat(reading).contains("-XX:SharedArchiveFile=" + archive.file(), "-Xshare:auto", "-Xlog:cds=off")
                .noneMatch(o -> o.startsWith("-XX:ArchiveClassesAtExit"));
        assertThat(Path.of(reading.get(0)).getFileName().toString()).startsWith("java");
    }

    @Test
    void aProbedStartTellsTheSecondJvmWhenTheFirstStartedOnceItIsOnItsWay() throws IOException {
        Path flag = Files.createFile(dir.resolve("starting.flag"));
        Path startedAt = dir.resolve("started.time");
        // The "second JVM" reports what it found in the file when it looked; the launcher removes the file after.
        Path seen = dir.resolve("seen");
        String script = "for i in $(seq 100); do [ -s \"$0\" ] && break; sleep 0.05; done; cp \"$0\" \"$1\"";
        assertThat(Relaunch.run(List.of("sh", "-c", script, startedAt.toString(), seen.toString()), flag, startedAt))
                .hasValue(0);

        long jvmStart = java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime();
        assertThat(Files.readString(seen)).isEqualTo(jvmStart + ".");
        assertThat(startedAt).as("removed once the app ended").doesNotExist();
    }

    @Test
    void theWindowsJvmTakesCodeToTheOptimisingCompilerLaterUnlessTheUserChoseHowCodeIsCompiled() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "jar");
        SharedArchive archive = SharedArchive.of(dir, jar, "window");
        String[] args = {"--startup-probe"};

        Path flag = dir.resolve("flag");
        List<String> ours = Relaunch.command(jar, List.of("-Xmx1g"), archive, false, "42", flag, Relaunch.LATER_C2,
                args);
        assertThat(ours).containsAll(Relaunch.LATER_C2);
        assertThat(Relaunch.command(jar, List.of(), archive, false, "42", flag, Relaunch.QUICK_ONLY, args))
                .containsAll(Relaunch.QUICK_ONLY).doesNotContainAnyElementsOf(Relaunch.LATER_C2);
        assertThat(ours.indexOf(Relaunch.LATER_C2.get(0))).as("before the jar: JVM options")
                .isLessThan(ours.indexOf("-jar"));

        for (String own : List.of("-XX:TieredStopAtLevel=1", "-XX:-TieredCompilation", "-Xint",
                "-XX:Tier4InvocationThreshold=100", "-XX:CompileThresholdScaling=0.5")) {
            List<String> theirs = Relaunch.command(jar, List.of(own), archive, false, "42", flag, Relaunch.LATER_C2,
                    args);
            assertThat(theirs).as(own).contains(own).doesNotContainAnyElementsOf(Relaunch.LATER_C2);
        }
    }

    @Test
    void aStartInTheSecondJvmIsNotRelaunchedAgain() {
        KeptProperties properties = new KeptProperties();
        properties.set("vidatlas.launchedAt", "1");
        try {
            assertThat(Relaunch.withSharedArchive(new String[0])).isEmpty();
        } finally {
            properties.restore();
        }
    }

    @Test
    void aJvmStartedFromAnotherJarIsNeverRelaunched() {
        // The test runner starts this JVM from a jar of its own; these classes come from a folder.
        assertThat(Relaunch.withSharedArchive(new String[]{"--notes", "n"})).isEmpty();
    }

    @Test
    void aSecondJvmThatNeverRanTheAppLetsTheFirstRunIt() throws IOException {
        Path flag = Files.createFile(dir.resolve("starting.flag"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();

        assertThat(Relaunch.run(List.of(java, "-XX:+NoSuchOptionInAnyJvm", "-version"), flag, null))
                .as("the JVM refused to start: this JVM runs the app instead").isEmpty();
        assertThat(flag).doesNotExist();
    }

    @Test
    void anAppThatStartedKeepsItsExitCodeEvenAFailingOne() throws IOException {
        Path flag = Files.createFile(dir.resolve("starting.flag"));
        // What the app does first (Relaunch.confirmStarted): remove the flag.
        assertThat(Relaunch.run(List.of("sh", "-c", "rm \"$0\"; exit 3", flag.toString()), flag, null)).hasValue(3);

        Path quiet = Files.createFile(dir.resolve("quiet.flag"));
        assertThat(Relaunch.run(List.of("sh", "-c", "exit 0"), quiet, null)).as("a clean exit is the app's")
                .hasValue(0);
    }

    @Test
    void theAppRemovesTheFlagItWasGiven() throws IOException {
        Path flag = Files.createFile(dir.resolve("starting.flag"));
        KeptProperties properties = new KeptProperties();
        properties.set("vidatlas.startedFlag", flag.toString());
        try {
            // A command's arguments: the window's would also watch this JVM's parent (the test runner's).
            Relaunch.confirmStarted(new String[] {"search", "motion"});
        } finally {
            properties.restore();
        }
        assertThat(flag).doesNotExist();
    }
}
