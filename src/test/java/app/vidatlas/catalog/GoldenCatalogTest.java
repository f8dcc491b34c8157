package app.vidatlas.catalog;

import app.vidatlas.export.CatalogJson;
import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.Fixtures;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Golden files: notes in, catalog JSON out. After a deliberate change, regenerate with
 * {@code mvn test -Dtest=GoldenCatalogTest -Dvidatlas.updateGolden=true} and review the diff.
 */
class GoldenCatalogTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @Test
    void fixtureNotes() throws IOException {
        Catalog c = TestCatalogs.load(List.of(new NoteLocation(Fixtures.notesDir(), "fixtures")),
                Fixtures.notesDir().resolve("fixture-papers.json"), "fixture-papers.json");
        check("fixtures-catalog.json", CatalogJson.papers(c.papers()));
    }

    @Test
    void bundledNotes() throws IOException {
        Catalog c = TestCatalogs.bundled();
        check("bundled-catalog.json", CatalogJson.papers(c.papers()));
    }

    private static void check(String name, String actual) throws IOException {
        Path file = GOLDEN.resolve(name);
        if (Boolean.getBoolean("vidatlas.updateGolden") || !Files.exists(file)) {
            Files.createDirectories(GOLDEN);
            Files.writeString(file, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).as("catalog JSON against %s", file).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    }
}
