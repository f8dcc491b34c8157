package app.vidatlas.launch;

import app.vidatlas.KeptProperties;
import app.vidatlas.userdata.CompilerHint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the JVM that writes the commands' archive runs (ADR 0015). */
class CommandArchiveTrainingTest {
    @TempDir
    Path cache;

    /**
     * Every training command succeeds on the bundled notes (one that failed, a renamed option or a paper no longer
     * bundled, would leave every later command without an archive), and the bundled notes, not the user's library,
     * never change the hint of how large the user's last library was.
     */
    @Test
    void everyCommandSucceedsOnTheBundledNotesAndTheUsersCompilerHintStays() {
        KeptProperties properties = new KeptProperties();
        properties.set("vidatlas.cacheDir", cache.toString());
        try {
            CompilerHint.remember(cache, CompilerHint.LARGE);
            assertThat(CommandArchiveTraining.run()).isTrue();
            assertThat(CompilerHint.lastWasLarge(cache)).as("a large library's hint stays").isTrue();

            CompilerHint.remember(cache, 10);
            assertThat(CommandArchiveTraining.run()).isTrue();
            assertThat(CompilerHint.lastWasLarge(cache)).as("a small library's stays").isFalse();
        } finally {
            properties.restore();
        }
    }
}
