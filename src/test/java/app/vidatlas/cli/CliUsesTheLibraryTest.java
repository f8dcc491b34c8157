package app.vidatlas.cli;

import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.export.CatalogJson;
import app.vidatlas.export.PaperMarkdown;
import app.vidatlas.library.AppSession;
import app.vidatlas.library.LibraryRequest;
import app.vidatlas.model.Progress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command line prints the catalog the window shows: both come from the library's one pipeline. */
class CliUsesTheLibraryTest {
    @TempDir
    Path dir;

    private String run(String... args) {
        StringWriter out = new StringWriter();
        int code = VidAtlasCommand.run(args, (notes, figures, index, probe) -> {
            throw new AssertionError("the CLI never opens the window");
        }, new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(code).isZero();
        return out.toString();
    }

    @Test
    void papersAndShowPrintTheWindowsCatalog() throws Exception {
        String notes = Fixtures.notesDir().toString();
        Catalog window;
        try (AppSession session = AppSession.open(new LibraryRequest(List.of(Fixtures.notesDir()), List.of(), false,
                dir.resolve("window-index"), null), Progress.NONE)) {
            window = session.catalog();
        }
        assertThat(window.papers()).isNotEmpty();
        // A fresh index for the command line, and then the same one reused: the same catalog either way.
        for (int i = 0; i < 2; i++) {
            String papers = run("papers", "--format", "json", "--notes", notes, "--index", dir.resolve("cli-index").toString());
            assertThat(papers).isEqualTo(CatalogJson.papers(window.papers()));
        }
        String id = window.papers().get(0).id();
        assertThat(run("show", id, "--notes", notes, "--index", dir.resolve("cli-index").toString()))
                .isEqualTo(PaperMarkdown.render(window.papers().get(0)));
    }
}
