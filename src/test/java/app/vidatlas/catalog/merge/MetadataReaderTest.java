package app.vidatlas.catalog.merge;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.model.Progress;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.Fixtures;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.notes.NoteLoader;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class MetadataReaderTest {
    private static Metadata read(String json) throws IOException {
        return new MetadataReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "papers.json");
    }

    @Test
    void anUnknownFieldIsNamedWithFileAndLineAndTheEntryIsStillUsed() throws IOException {
        Metadata m = read("{\"version\": 1, \"papers\": [\n{\"id\": \"a\", \"title\": \"A\", \"shortName\": \"A\",\n"
                + " \"venu\": \"ICCV 2023\"}\n]}");
        assertThat(m.papers()).extracting(CuratedPaper::id).containsExactly("a");
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("papers.json");
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("paper \"a\"").contains("field \"venu\"").contains("unknown");
        });
    }

    @Test
    void aBrokenFieldIsLeftOutAndNamed() throws IOException {
        Metadata m = read("{\"papers\": [{\"id\": \"a\", \"title\": \"A\", \"shortName\": \"A\", \"year\": \"2023\","
                + " \"arxiv\": \"23.1\", \"attributes\": {\"backbone\": \"CNN\", \"openSource\": \"yes\"}}]}");
        CuratedPaper a = m.papers().get(0);
        assertThat(a.year()).isNull();
        assertThat(a.arxiv()).isNull();
        assertThat(a.attributes().backbone()).isNull();
        assertThat(m.diagnostics()).extracting(Diagnostic::message).anySatisfy(s -> assertThat(s).contains("field \"year\""))
                .anySatisfy(s -> assertThat(s).contains("field \"arxiv\""))
                .anySatisfy(s -> assertThat(s).contains("field \"attributes.backbone\""))
                .anySatisfy(s -> assertThat(s).contains("field \"attributes.openSource\""));
    }

    @Test
    void anEntryWithoutIdOrTitleIsLeftOutAndTheOthersKept() throws IOException {
        Metadata m = read("{\"papers\": [{\"title\": \"No id\", \"shortName\": \"N\"}, \"not an object\","
                + " {\"id\": \"b\", \"title\": \"B\", \"shortName\": \"B\"}, {\"id\": \"b\", \"title\": \"B2\", \"shortName\": \"B2\"}]}");
        assertThat(m.papers()).extracting(CuratedPaper::id).containsExactly("b");
        assertThat(m.diagnostics()).extracting(Diagnostic::message)
                .anySatisfy(s -> assertThat(s).contains("paper #1").contains("field \"id\"").contains("missing"))
                .anySatisfy(s -> assertThat(s).contains("paper #2").contains("not an object"))
                .anySatisfy(s -> assertThat(s).contains("used twice"));
    }

    @Test
    void invalidJsonIsReportedWithItsLine() throws IOException {
        Metadata m = read("{\"papers\": [\n{\"id\": \"a\", \"title\": \"A\", \"shortName\": \"A\"},\n{\"id\": }\n]}");
        assertThat(m.papers()).extracting(CuratedPaper::id).containsExactly("a");
        assertThat(m.diagnostics()).singleElement().satisfies(d -> {
            assertThat(d.line()).isEqualTo(3);
            assertThat(d.message()).contains("not valid JSON");
        });
    }

    @Test
    void brokenMetadataNeverStopsTheNotesFromLoading(@TempDir Path dir) throws IOException {
        Path json = Files.writeString(dir.resolve("papers.json"), "{ this is not json");
        Catalog c = TestCatalogs.load(List.of(new NoteLocation(Fixtures.notesDir(), "fixtures")), json,
                "papers.json");
        assertThat(c.papers()).isNotEmpty();
        assertThat(c.diagnostics()).anySatisfy(d -> assertThat(d.file()).isEqualTo("papers.json"));
    }

    @Test
    void theBundledMetadataIsClean() {
        Metadata m = new MetadataReader().read(app.vidatlas.notes.BundledNotes.papersJson(), "data/papers.json");
        assertThat(m.diagnostics()).isEmpty();
        assertThat(m.papers()).hasSize(37);
        assertThat(m.papers()).allSatisfy(p -> assertThat(p.arxiv()).matches("\\d{4}\\.\\d{4,5}"));
    }
}
