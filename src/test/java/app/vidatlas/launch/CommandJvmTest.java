package app.vidatlas.launch;

import app.vidatlas.KeptProperties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Which commands get a JVM of their own with the commands' archive, and how the archive is made (ADR 0015). The
 * launch from the built jar: {@code LaunchIT}.
 */
class CommandJvmTest {
    @TempDir
    Path dir;
    private final KeptProperties properties = new KeptProperties();

    @AfterEach
    void restore() {
        properties.restore();
    }

    @Test
    void commandsThatReadTheNotesAreRelaunchedOthersStay() {
        assertThat(CommandJvm.relaunchable(new String[]{"search", "motion"})).isTrue();
        assertThat(CommandJvm.relaunchable(new String[]{"show", "show-1", "--format", "json"})).isTrue();
        assertThat(CommandJvm.relaunchable(new String[]{"papers"})).isTrue();
        assertThat(CommandJvm.relaunchable(new String[]{"check", "--notes", "n"})).isTrue();
        assertThat(CommandJvm.relaunchable(new String[]{"index"})).as("long enough to need the optimising compiler")
                .isFalse();
        assertThat(CommandJvm.relaunchable(new String[]{"--version"})).isFalse();
        assertThat(CommandJvm.relaunchable(new String[]{"--help"})).isFalse();
        assertThat(CommandJvm.relaunchable(new String[0])).as("the window has its own (Relaunch)").isFalse();
        assertThat(CommandJvm.relaunchable(new String[]{"bench-corpus", "--papers", "10"})).isFalse();
    }

    @Test
    void notInAJvmTheLauncherStartedNorWhenArchivesAreOff() {
        properties.set("vidatlas.launchedAt", "1");
        assertThat(CommandJvm.relaunchable(new String[]{"search", "motion"})).as("the command's own JVM").isFalse();
        properties.restore();
        properties.set(Relaunch.SWITCH, "off");
        assertThat(CommandJvm.relaunchable(new String[]{"search", "motion"})).isFalse();
    }

    @Test
    void theCommandsJvmMapsTheArchiveCompilesQuicklyAndKeepsTheOptionsAndArguments() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "jar");
        SharedArchive archive = SharedArchive.of(dir, jar, CommandJvm.KIND);
        List<String> command = Relaunch.command(jar, List.of("-Xmx2g", "-Dvidatlas.cacheDir=c"), archive, false, "1",
                dir.resolve("flag"), Relaunch.QUICK_ONLY, new String[]{"search", "运动 motion"});
        assertThat(command).contains("-Xmx2g", "-Dvidatlas.cacheDir=c", "-XX:SharedArchiveFile=" + archive.file(),
                "-Xshare:auto", "-XX:TieredStopAtLevel=1", "-Xlog:cds=off");
        assertThat(command.subList(command.size() - 4, command.size()))
                .containsExactly("-jar", jar.toString(), "search", "运动 motion");
        assertThat(archive.file().getFileName().toString()).endsWith("-commands.jsa");
    }

    @Test
    void theTrainingWritesTheArchiveWithTheUsersOptionsAndItsOwnClass() throws IOException {
        Path jar = Files.writeString(dir.resolve("vidatlas.jar"), "jar");
        SharedArchive archive = SharedArchive.of(dir, jar, CommandJvm.KIND);
        List<String> command = CommandJvm.trainingCommand(jar, List.of("-Xmx2g"), archive);
        assertThat(command).contains("-Xmx2g", "-XX:ArchiveClassesAtExit=" + archive.pending(), "-Xlog:cds=off")
                .doesNotContain("-XX:TieredStopAtLevel=1");
        assertThat(command.subList(command.size() - 3, command.size()))
                .containsExactly("-cp", jar.toString(), CommandArchiveTraining.class.getName());
    }

    /** The script moves the archive in place only when the JVM that wrote it ended well, and leaves nothing if not. */
    @Test
    void anArchiveIsMovedInPlaceOnlyAfterACleanExit() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "a POSIX shell");
        Path pending = dir.resolve("a b's.jsa.1.tmp");
        Path archive = dir.resolve("a b's.jsa");

        run(CommandJvm.trainingScript(pending, archive), "printf archive > \"$0\"", pending.toString());
        assertThat(archive).hasContent("archive");
        assertThat(pending).doesNotExist();

        Files.delete(archive);
        run(CommandJvm.trainingScript(pending, archive), "printf half > \"$0\"; exit 1", pending.toString());
        assertThat(archive).doesNotExist();
        assertThat(pending).as("a failed training leaves no half archive").doesNotExist();
    }

    /** Runs the script with {@code sh -c body arg} as the JVM, and waits for the script (its own session) to end. */
    private static void run(List<String> script, String body, String arg) throws Exception {
        List<String> command = new ArrayList<>(script);
        command.addAll(List.of("/bin/sh", "-c", body, arg));
        Process p = new ProcessBuilder(command).start();
        assertThat(p.waitFor(20, TimeUnit.SECONDS)).isTrue();
        // setsid forks when it leads a process group already; the script then ends after setsid does.
        for (int i = 0; i < 100 && ProcessHandle.allProcesses().anyMatch(h -> h.info().commandLine()
                .map(c -> c.contains(body)).orElse(false)); i++) {
            Thread.sleep(50);
        }
    }
}
