package app.vidatlas.catalog;

import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** What of a note no page shows: found from the note's slides and, when given, its source. Given / when / then. */
class ReachabilityTest {
    @TempDir
    Path dir;

    private Map<String, List<Reachability.Gap>> gaps(String note) throws IOException {
        Files.writeString(dir.resolve("n.md"), note);
        Catalog catalog = TestCatalogs.load(List.of(NoteLocation.of(dir)));
        return Reachability.of(catalog, n -> note);
    }

    @Test
    void aRemarkBeforeTheFirstSlideThatNoSlideHoldsIsReportedByItsLine() throws IOException {
        assertThat(gaps("> &#x2705; 开头的注释。\n\nP1\n# Chapter\n\nText here.\n").get("n.md"))
                .containsExactly(new Reachability.Gap(0, 1, "line", "> &#x2705; 开头的注释。", false));
    }

    @Test
    void aRemarkAfterTheFooterIsReachableOnlyBelowItsSlide() throws IOException {
        assertThat(gaps("P1\n# Chapter\n\nText here.\n\n---------------------------------------\n"
                + "> 本文出自Example。\n>\n> https://example.org/notes/\n\n> &#x2705; 页脚之后的注释。\n").get("n.md"))
                .containsExactly(new Reachability.Gap(1, 11, "annotation", "页脚之后的注释。", true));
    }

    @Test
    void aNoteWhosePagesShowEverythingHasNoGaps() throws IOException {
        // Links, entities, list numbers and the footer are shown differently from how they are written, not lost.
        assertThat(gaps("P1\n# Chapter\n\n## Omega\n\nSee [the code](https://github.com/x/omega) &amp; more.\n\n"
                + "> &#x2705; 问题：\n> 1. 第一点\n> 2. 第二点\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n\n"
                + "---------------------------------------\n> 本文出自Example。\n>\n> https://example.org/notes/\n"))
                .isEmpty();
    }
}
