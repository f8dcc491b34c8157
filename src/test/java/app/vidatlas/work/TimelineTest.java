package app.vidatlas.work;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Where a start's times count from: the launcher's start, however it was handed over. */
class TimelineTest {
    @TempDir
    Path dir;

    @Test
    void withoutALauncherTheStartIsThisJvmsOwn() {
        assertThat(Timeline.launcherStart(null)).isEqualTo(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Test
    void aLauncherCanGiveItsStartAsANumber() {
        assertThat(Timeline.launcherStart("1700000000123")).isEqualTo(1700000000123L);
    }

    @Test
    void aLauncherCanWriteItsStartToAFileOnceThisJvmRuns() throws IOException {
        Path file = dir.resolve("started.time");
        Timeline.writeStartFile(file);
        assertThat(Timeline.launcherStart("@" + file)).isEqualTo(ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    @Test
    void aFileHalfWrittenIsWaitedForAndOneNeverFinishedFallsBackToThisJvm() throws IOException {
        Path file = Files.writeString(dir.resolve("started.time"), "17000"); // no full stop: still being written
        assertThat(Timeline.launcherStart("@" + file))
                .as("after waiting, this JVM's own start").isEqualTo(ManagementFactory.getRuntimeMXBean().getStartTime());
    }
}
