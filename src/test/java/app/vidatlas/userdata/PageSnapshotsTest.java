package app.vidatlas.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A start page kept for the next start is read back only under the key it was kept with, and never half. */
class PageSnapshotsTest {
    @TempDir
    Path dir;

    @Test
    void aPageIsReadBackUnderItsKeyOnly() {
        PageSnapshots store = new PageSnapshots(dir.resolve("start-page"));
        String html = "<!DOCTYPE html>\n<html><body><h1>Show-1</h1>\n<p>像素与潜空间</p></body></html>\n";
        assertThat(store.save("restore", new PageSnapshots.Snapshot("k1", "show-1", 812.5, html))).isTrue();

        PageSnapshots.Snapshot read = store.read("restore", "k1").orElseThrow();
        assertThat(read.html()).isEqualTo(html);
        assertThat(read.paperId()).isEqualTo("show-1");
        assertThat(read.scroll()).isEqualTo(812.5);
        assertThat(store.read("restore", "k2")).as("another key: other notes, theme or build").isEmpty();
        assertThat(store.read("first", "k1")).as("another kind of start").isEmpty();
    }

    @Test
    void aDamagedOrForeignFileReadsAsNoSnapshot() throws Exception {
        PageSnapshots store = new PageSnapshots(dir);
        Files.writeString(dir.resolve("restore.html"), "vidatlas-page-snapshot 1\nk1\n");
        assertThat(store.read("restore", "k1")).isEmpty();
        Files.writeString(dir.resolve("restore.html"), "<html>a page someone put here</html>");
        assertThat(store.read("restore", "k1")).isEmpty();
        Files.writeString(dir.resolve("restore.html"), "vidatlas-page-snapshot 1\nk1\np\nnot a number\n<html/>");
        assertThat(store.read("restore", "k1")).isEmpty();
    }

    @Test
    void aHugePageOrAStrangeKindIsNotKept() {
        PageSnapshots store = new PageSnapshots(dir);
        String huge = "x".repeat(PageSnapshots.MAX_CHARS + 1);
        assertThat(store.save("restore", new PageSnapshots.Snapshot("k", "p", 0, huge))).isFalse();
        assertThat(dir.resolve("restore.html")).doesNotExist();
        assertThatThrownBy(() -> store.read("../settings", "k")).isInstanceOf(IllegalArgumentException.class);
    }
}
