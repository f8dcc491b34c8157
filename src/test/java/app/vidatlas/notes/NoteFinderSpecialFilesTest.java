package app.vidatlas.notes;

import app.vidatlas.model.Progress;
import app.vidatlas.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Files named like notes that are not files (a pipe, a socket, a link to a pipe): never read (reading a pipe blocks
 * for ever), and each reported as what it is, so the user knows why the note is missing.
 */
class NoteFinderSpecialFilesTest {
    @TempDir
    Path dir;

    private List<Diagnostic> loadDiagnostics() throws IOException {
        Files.writeString(dir.resolve("good.md"), "P1\n# 1 Chapter\n\n## Omega\n\nWu et al., “Omega: A Paper,” arXiv 2023.\n");
        NoteLoader.Result result = new NoteLoader().load(List.of(new NoteLocation(dir, "notes")), Progress.NONE);
        assertThat(result.notes()).extracting(n -> n.note().id()).containsExactly("good.md");
        return result.diagnostics();
    }

    /** Makes a named pipe with the system's mkfifo; the test is skipped where there is none. */
    static void mkfifo(Path p) throws InterruptedException {
        int exit;
        try {
            exit = new ProcessBuilder("mkfifo", p.toString()).redirectErrorStream(true).start().waitFor();
        } catch (IOException e) {
            exit = -1;
        }
        assumeTrue(exit == 0 && Files.exists(p), "mkfifo is not available");
    }

    @Test
    void aNamedPipeNamedLikeANoteIsReportedAndSkipped() throws Exception {
        mkfifo(dir.resolve("pipe.md"));
        assertThat(loadDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("notes/pipe.md");
            assertThat(d.severity()).isEqualTo(Diagnostic.Severity.WARNING);
            assertThat(d.message()).isEqualTo("not a regular file (a named pipe); skipped");
        });
    }

    @Test
    void aSocketNamedLikeANoteIsReportedAsASocket() throws Exception {
        Path socket = dir.resolve("sock.md");
        try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            try {
                server.bind(UnixDomainSocketAddress.of(socket));
            } catch (IOException | UnsupportedOperationException e) {
                assumeTrue(false, "no Unix domain sockets here");
            }
            assertThat(loadDiagnostics()).singleElement().satisfies(d -> {
                assertThat(d.file()).isEqualTo("notes/sock.md");
                assertThat(d.message()).isEqualTo("not a regular file (a socket); skipped");
            });
        }
    }

    @Test
    void aLinkInsideTheFolderToAPipeIsReportedAsALinkToAPipeNotAsOutside() throws Exception {
        mkfifo(dir.resolve("pipe.fifo"));
        Files.createSymbolicLink(dir.resolve("link.md"), dir.resolve("pipe.fifo"));
        assertThat(loadDiagnostics()).singleElement().satisfies(d -> {
            assertThat(d.file()).isEqualTo("notes/link.md");
            assertThat(d.message()).isEqualTo("a link to what is not a regular file (a named pipe); skipped")
                    .doesNotContain("outside");
        });
    }

    @Test
    void aLinkToAPipeOutsideTheFolderIsStillReportedAsOutside(@TempDir Path elsewhere) throws Exception {
        mkfifo(elsewhere.resolve("pipe.md"));
        Files.createSymbolicLink(dir.resolve("link.md"), elsewhere.resolve("pipe.md"));
        assertThat(loadDiagnostics()).singleElement()
                .satisfies(d -> assertThat(d.message()).contains("outside the notes folder"));
    }
}
