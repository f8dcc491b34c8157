package app.vidatlas.index;

import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the index keeps to open a large library before its catalog: read back as written, or a clear error. */
class StoredRecordCodecTest {
    @Test
    void aNotesHeadingComesBackAsWrittenEvenWithAHugeFirstHeadingAndNoSite() throws IOException {
        String huge = "标题 ".repeat(30_000); // longer than DataOutput.writeUTF's 64 KB
        Note note = new Note("ch/one.md", huge, NoteFormat.MARKDOWN, List.of(), null);
        byte[] bytes = StoredRecordCodec.encodeNoteHeading(note);
        assertThat(StoredRecordCodec.decodeNoteHeading(bytes, 0, bytes.length)).isEqualTo(note);
        Note withSite = new Note("b.txt", "Blog", NoteFormat.PLAIN_TEXT, List.of(), "https://example.org/notes/");
        byte[] more = StoredRecordCodec.encodeNoteHeading(withSite);
        assertThat(StoredRecordCodec.decodeNoteHeading(more, 0, more.length)).isEqualTo(withSite);
    }

    @Test
    void theOrderOfPapersComesBackAsWritten() throws IOException {
        List<String> ids = List.of("show-1", "animatediff", "id with spaces\nand a line break");
        byte[] bytes = StoredRecordCodec.encodeOrder(ids);
        assertThat(StoredRecordCodec.decodeOrder(bytes, 0, bytes.length)).isEqualTo(ids);
    }

    @Test
    void damagedBytesAreAnIoErrorNotACrash() {
        byte[] heading = StoredRecordCodec.encodeNoteHeading(new Note("a.md", "A", NoteFormat.MARKDOWN, List.of(), null));
        byte[] cut = Arrays.copyOf(heading, heading.length - 3);
        assertThatThrownBy(() -> StoredRecordCodec.decodeNoteHeading(cut, 0, cut.length)).isInstanceOf(IOException.class);
        byte[] order = StoredRecordCodec.encodeOrder(List.of("a", "b"));
        order[3] = 99; // claims 99 ids
        assertThatThrownBy(() -> StoredRecordCodec.decodeOrder(order, 0, order.length)).isInstanceOf(IOException.class)
                .hasMessageContaining("order of papers");
        byte[] paper = "{\"id\": 3".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ParsedNoteCodec.decodePaper(paper, 0, paper.length)).isInstanceOf(IOException.class);
    }
}
