package app.vidatlas.notes;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How far a note's figure links may reach: its own folder, or for the bundled notes the app's assets too. */
class NoteLocationTest {
    @Test
    void aUserFolderKeepsItsFiguresInside() {
        NoteLocation l = NoteLocation.of(Path.of("/home/me/notes"));
        assertThat(l.figureRoot()).isEqualTo(Path.of("/home/me/notes"));
    }

    @Test
    void theBundledNotesReachTheAssetsBesideThem() {
        NoteLocation l = BundledNotes.location();
        assertThat(l.display()).isEqualTo("data");
        assertThat(l.figureRoot()).isEqualTo(l.dir().getParent());
        assertThat(l.figureRoot().resolve("assets")).exists();
    }

    @Test
    void aRootThatDoesNotHoldTheFolderIsRefused() {
        assertThatThrownBy(() -> new NoteLocation(Path.of("/a/notes"), "a", Path.of("/b")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("/b");
    }
}
