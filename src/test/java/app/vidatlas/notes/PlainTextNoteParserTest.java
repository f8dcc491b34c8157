package app.vidatlas.notes;

import app.vidatlas.Fixtures;
import app.vidatlas.model.NoteFormat;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PlainTextNoteParserTest {
    private final ParsedNote blog = new PlainTextNoteParser().parse("blog.txt", Fixtures.note("blog.txt"));

    @Test
    void paragraphsSeparatedByBlankLinesBecomePassagesWithTheirLines() {
        assertThat(blog.note().format()).isEqualTo(NoteFormat.PLAIN_TEXT);
        assertThat(blog.note().title()).isEqualTo("[blog] A timeline");
        assertThat(blog.passages()).extracting(Passage::line).containsExactly(1, 3, 7, 11, 13, 15, 17);
        assertThat(blog.passages().get(2).text()).isEqualTo("Ref: Video Diffusion Models");
    }

    @Test
    void aWebAddressEndsWhereTheChineseTextStarts() {
        assertThat(blog.passages().get(4).links()).containsExactly("https://github.com/example/vdm");
    }

    @Test
    void theWholeTextIsOneUnnumberedSlideForSearch() {
        assertThat(blog.note().slides()).singleElement().satisfies(s -> {
            assertThat(s.number()).isZero();
            assertThat(s.text()).contains("Stable Video Diffusion (SVD)");
        });
    }
}
