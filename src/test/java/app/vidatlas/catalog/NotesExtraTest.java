package app.vidatlas.catalog;

import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.Fixtures;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The parser generalizes: two chapters it was not written against load cleanly (skipped without ../shared). */
class NotesExtraTest {
    @Test
    void unseenChaptersLoadWithNoErrorsAndYieldTheirPapersMerged() {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isDirectory(shared.resolve("notes-extra")), "../shared/notes-extra is not here");
        Catalog c = TestCatalogs.load(List.of(NoteLocation.of(shared.resolve("notes-extra"))));
        assertThat(c.diagnostics()).allSatisfy(d -> assertThat(d.severity()).isNotEqualTo(
                app.vidatlas.model.Diagnostic.Severity.ERROR));
        assertThat(c.notes()).hasSize(2);
        assertThat(c.papers()).extracting(Paper::shortName).contains("TokenFlow", "FateZero", "Tune-A-Video",
                "Dreamix", "MotionDirector", "Video-P2P", "Ground-A-Video", "Vid2Vid-Zero");
        // Damaged spellings (Edigng, Akengons, Mogon) merged with their paper, each once.
        assertThat(c.papers()).filteredOn(p -> p.title().startsWith("TokenFlow")).singleElement()
                .satisfies(p -> assertThat(p.title()).endsWith("Consistent Video Editing"));
        assertThat(c.papers()).filteredOn(p -> p.title().contains("FateZero")).hasSize(1);
        assertThat(c.papers()).filteredOn(p -> p.shortName().equals("MotionDirector")).singleElement()
                .satisfies(p -> assertThat(p.sources().get(0).slides()).contains(168, 171, 176));
        assertThat(c.papers()).filteredOn(p -> p.shortName().equals("Tune-A-Video")).singleElement()
                .satisfies(p -> assertThat(p.categories()).extracting(Object::toString)
                        .containsExactly("Video Editing / Tuning-based"));
    }
}
