package app.vidatlas.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the launcher learns of the last library's size: large from CompilerHint.LARGE papers on, until a small one. */
class CompilerHintTest {
    @TempDir
    Path cache;

    @Test
    void neverToldIsSmall() {
        assertThat(CompilerHint.lastWasLarge(cache)).isFalse();
    }

    @Test
    void aLargeLibraryIsRememberedUntilASmallOneIsOpened() {
        CompilerHint.remember(cache, CompilerHint.LARGE - 1);
        assertThat(CompilerHint.lastWasLarge(cache)).isFalse();

        CompilerHint.remember(cache, 100_000);
        assertThat(CompilerHint.lastWasLarge(cache)).isTrue();
        CompilerHint.remember(cache, CompilerHint.LARGE);
        assertThat(CompilerHint.lastWasLarge(cache)).as("still large").isTrue();

        CompilerHint.remember(cache, 37);
        assertThat(CompilerHint.lastWasLarge(cache)).isFalse();
    }

    @Test
    void aCacheFolderThatCannotBeWrittenLosesOnlyTheHint() throws Exception {
        Path notAFolder = Files.writeString(cache.resolve("file"), "x");
        CompilerHint.remember(notAFolder, 100_000); // class-data cannot be made inside a file
        assertThat(CompilerHint.lastWasLarge(notAFolder)).isFalse();
    }
}
