package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Reading an mdBook SUMMARY.md as mdBook writers write it (and a little more leniently). */
class BookSummaryTest {
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private BookSummary parse(String text) {
        return BookSummary.parse(text, "SUMMARY.md", diagnostics);
    }

    @Test
    void chaptersKeepTheirPartsAndParentChapters() {
        BookSummary book = parse("""
                # Summary

                - [Intro](README.md)

                # 动画3D管线 - 3DMesh的驱动

                - [骨骼](Mesh/Skeleton.md)
                  - [文生动作]()
                     - [Diffusion](./Mesh/Text2Motion/Diffusion.md)
                  - [Prior](Mesh/Prior.md)

                ## 物理仿真

                - [PINN](Physics/PINN.md)
                """);
        assertThat(diagnostics).isEmpty();
        assertThat(book.chapters()).extracting(BookSummary.Chapter::title)
                .containsExactly("Intro", "骨骼", "文生动作", "Diffusion", "Prior", "PINN");
        assertThat(book.chapters()).extracting(BookSummary.Chapter::path).containsExactly("README.md",
                "Mesh/Skeleton.md", null, "Mesh/Text2Motion/Diffusion.md", "Mesh/Prior.md", "Physics/PINN.md");
        assertThat(book.chapters().get(0).parents()).isEmpty();
        assertThat(book.chapters().get(3).parents()).containsExactly("动画3D管线 - 3DMesh的驱动", "骨骼", "文生动作");
        assertThat(book.chapters().get(4).parents()).containsExactly("动画3D管线 - 3DMesh的驱动", "骨骼");
        assertThat(book.chapters().get(5).parents()).containsExactly("动画3D管线 - 3DMesh的驱动", "物理仿真");
        assertThat(book.chapters().get(3).line()).isEqualTo(9);
    }

    @Test
    void pathsArePercentDecodedAndMayHoldSpacesOrAngleBrackets() {
        BookSummary book = parse("""
                - [Encoded](notes/my%20note%E6%96%87.md)
                - [Bare spaces](notes/my other note.md)
                * [Angle](<notes/third note.md>)
                1. [Anchor](notes/a.md#section "a link title")
                """);
        assertThat(book.chapters()).extracting(BookSummary.Chapter::path).containsExactly(
                "notes/my note文.md", "notes/my other note.md", "notes/third note.md", "notes/a.md");
    }

    @Test
    void windowsLineEndsAndABomAreRead() {
        BookSummary book = parse("\uFEFF# Summary\r\n\r\n- [A](a.md)\r\n  - [B](b.md)\r\n");
        assertThat(book.chapters()).extracting(BookSummary.Chapter::path).containsExactly("a.md", "b.md");
        assertThat(book.chapters().get(1).line()).isEqualTo(4);
    }

    @Test
    void aListItemThatIsNotALinkIsAWarningWithItsLineAndTheRestIsRead() {
        BookSummary book = parse("- [A](a.md)\n- just words\n- [B](b.md)\n");
        assertThat(book.chapters()).extracting(BookSummary.Chapter::path).containsExactly("a.md", "b.md");
        assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.toString())
                .startsWith("SUMMARY.md:2: warning: not a chapter link"));
    }

    @Test
    void separatorsAndProseAreNotChapters() {
        BookSummary book = parse("[Prefix](p.md)\n\n---\n\nSome words about the book.\n\n- [A](a.md)\n");
        assertThat(diagnostics).isEmpty();
        assertThat(book.chapters()).extracting(BookSummary.Chapter::path).containsExactly("p.md", "a.md");
    }

    @Test
    void aSummaryWithoutChaptersIsNotUsed() {
        assertThat(parse("# Summary\n\nNothing yet.\n")).isNull();
        assertThat(diagnostics).singleElement().satisfies(d -> assertThat(d.toString())
                .startsWith("SUMMARY.md: warning: ").contains("path order"));
    }
}
