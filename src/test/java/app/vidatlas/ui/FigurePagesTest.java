package app.vidatlas.ui;

import app.vidatlas.ui.reader.Place;
import app.vidatlas.model.Progress;
import app.vidatlas.library.AppSession;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.userdata.Settings;
import app.vidatlas.pages.PageRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a paper page shows of figures a note points at, with the settings a new user has: nothing outside the notes
 * and the figure folders, no connection to a site the user did not allow, no image whose header lies about its size.
 */
class FigurePagesTest {
    @TempDir
    Path root;
    @TempDir
    Path index;
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
    }

    /** A 2×2 PNG. */
    static byte[] png() throws IOException {
        var img = new java.awt.image.BufferedImage(2, 2, java.awt.image.BufferedImage.TYPE_INT_RGB);
        var out = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    private MainViewModel model(Path notes) {
        AppLauncher.Options options = new AppLauncher.Options(List.of(notes), List.of(), index);
        MainViewModel model = new MainViewModel(TaskRunner.DIRECT, AppSession::open, url -> { }, text -> { });
        model.loading().load(VidAtlasApp.request(options, Settings.DEFAULTS, List.of(notes)), Progress.NONE);
        open.add(() -> model.loading().libraryProperty().get().close());
        return model;
    }

    private static String notePage(MainViewModel model, String note) {
        model.reader().open(new Place.NoteAt(note, 1));
        return model.reader().shownProperty().get().page().html();
    }

    @Test
    void aLinkInTheNotesFolderDoesNotShowAFileOutsideIt() throws IOException {
        Path notes = Files.createDirectories(root.resolve("notes"));
        Files.createDirectories(root.resolve("secret"));
        Files.write(root.resolve("secret/private.png"), png());
        Files.createDirectories(notes.resolve("figs"));
        Files.createSymbolicLink(notes.resolve("figs/private.png"), Path.of("../../secret/private.png"));
        Files.writeString(notes.resolve("n.md"), "P1\n# Slides\n\n![](figs/private.png)\n");

        String html = notePage(model(notes), "n.md");
        assertThat(html).doesNotContain("data:image/png").contains("Figure private.png (slide P1) is not available");
    }

    @Test
    void aLinkInsideTheNotesFolderStillShowsItsFigure() throws IOException {
        Path notes = Files.createDirectories(root.resolve("notes"));
        Files.createDirectories(notes.resolve("assets"));
        Files.write(notes.resolve("assets/p1.png"), png());
        Files.createDirectories(notes.resolve("figs"));
        Files.createSymbolicLink(notes.resolve("figs/p1.png"), Path.of("../assets/p1.png"));
        Files.writeString(notes.resolve("n.md"), "P1\n# Slides\n\n![](figs/p1.png)\n");

        assertThat(notePage(model(notes), "n.md")).contains("data:image/png");
    }

    @Test
    void aSiteInANoteFooterIsNotContactedUntilTheUserAllowsIt() throws IOException {
        // Stands in for the site: counts connections, closes each at once (no TLS: the download fails, if tried).
        AtomicInteger connections = new AtomicInteger();
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        Thread t = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket s = server.accept()) {
                    connections.incrementAndGet();
                } catch (IOException e) {
                    return;
                }
            }
        });
        t.setDaemon(true);
        t.start();
        String host = "127.0.0.1:" + server.getLocalPort();
        Path notes = Files.createDirectories(root.resolve("notes"));
        for (int i = 1; i <= 3; i++) {
            Files.writeString(notes.resolve("n" + i + ".md"), "P1\n# Slides " + i + "\n\n![](../assets/f" + i
                    + ".png)\n\n---\n\n> https://" + host + "/site/\n");
        }

        MainViewModel model = model(notes);
        String html = notePage(model, "n1.md");
        notePage(model, "n2.md");
        assertThat(model.reader().shownProperty().get().page().pendingDownloads()).isEmpty();
        assertThat(html).contains("Add a figures folder in Preferences, or allow downloads from " + host)
                .contains(PageRenderer.Links.allowHost(host));
        assertThat(connections).hasValue(0);

        List<String> asked = new ArrayList<>();
        model.setOnHostQuestion(asked::add);
        model.handlePageMessage(PageRenderer.Links.allowHost(host));
        assertThat(asked).containsExactly(host);
        assertThat(connections).as("asking is not agreeing").hasValue(0);

        model.answerHost(host, false);
        assertThat(model.reader().shownProperty().get().page().html()).contains("downloads from " + host + " are refused")
                .doesNotContain(PageRenderer.Links.allowHost(host));
        assertThat(connections).hasValue(0);
    }

    @Test
    void afterTheUserAllowsAHostItsFiguresAreFetched() throws IOException, InterruptedException {
        ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        open.add(server);
        String host = "127.0.0.1:" + server.getLocalPort();
        Path notes = Files.createDirectories(root.resolve("notes"));
        Files.writeString(notes.resolve("n.md"), "P1\n# Slides\n\n![](../assets/f.png)\n\n---\n\n> https://" + host
                + "/site/\n");
        MainViewModel model = model(notes);
        notePage(model, "n.md");
        AtomicInteger connections = new AtomicInteger();
        Thread accept = new Thread(() -> {
            try (Socket s = server.accept()) {
                connections.incrementAndGet(); // closed at once: the download fails without waiting
            } catch (IOException e) {
                // No connection came, and the server was closed.
            }
        });
        accept.start();
        model.answerHost(host, true); // the download runs on the spot (TaskRunner.DIRECT)
        server.close();
        accept.join();
        assertThat(connections).hasValue(1);
        assertThat(model.reader().shownProperty().get().page().html()).contains("could not be downloaded");
    }

    @Test
    void aFigureWhoseHeaderClaimsAnAbsurdSizeIsNotShownAndSaysWhy() throws IOException {
        Path notes = Files.createDirectories(root.resolve("notes"));
        // A GIF whose logical screen is 65535 × 65535: WebView's decoder throws NegativeArraySizeException on it.
        ByteBuffer gif = ByteBuffer.allocate(32).order(ByteOrder.LITTLE_ENDIAN);
        gif.put("GIF89a".getBytes()).putShort((short) 0xFFFF).putShort((short) 0xFFFF).put((byte) 0).put((byte) 0)
                .put((byte) 0).put((byte) 0x3B);
        Files.write(notes.resolve("huge.gif"), gif.array());
        Files.writeString(notes.resolve("n.md"), "P1\n# Slides\n\n![](huge.gif)\n");

        assertThat(notePage(model(notes), "n.md")).doesNotContain("data:image/gif")
                .contains("Figure huge.gif (slide P1) could not be shown: its header claims 65535 × 65535 pixels");
    }
}
