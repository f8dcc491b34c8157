package app.vidatlas.figures;

import app.vidatlas.model.Figure;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every branch of figure resolution, the download path against a local server on 127.0.0.1. */
class FigureResolverTest {
    @TempDir
    Path root;
    @TempDir
    Path cache;
    private Path notes;
    private Path note;
    private HttpServer server;
    private String site;
    private final java.util.concurrent.atomic.AtomicInteger requests = new java.util.concurrent.atomic.AtomicInteger();

    static byte[] image(String format) throws IOException {
        BufferedImage img = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 1, 0xff0000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, format, out);
        return out.toByteArray();
    }

    @BeforeEach
    void notesAndASite() throws IOException {
        notes = Files.createDirectories(root.resolve("notes/chapter"));
        note = Files.writeString(notes.resolve("n.md"), "P1\n![](../../assets/08-75.png)\n");
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        byte[] png = image("png");
        byte[] jpeg = image("jpg");
        server.createContext("/site/assets/ok.png", ex -> {
            requests.incrementAndGet();
            reply(ex, 200, png);
        });
        server.createContext("/site/assets/photo.png", ex -> reply(ex, 200, jpeg));
        server.createContext("/site/assets/page.png", ex -> reply(ex, 200, "<html>not found</html>".getBytes()));
        server.createContext("/site/assets/big.png", ex -> {
            ex.sendResponseHeaders(200, 0);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(png);
                byte[] chunk = new byte[1 << 16];
                for (int i = 0; i < 200; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // The client hung up once it had enough: that is the point.
            }
        });
        server.createContext("/site/assets/drip.png", ex -> {
            // Headers at once, then a byte now and then: the request's own timeout is over, the body never ends.
            ex.sendResponseHeaders(200, 0);
            try (var out = ex.getResponseBody()) {
                for (int i = 0; i < 100; i++) {
                    out.write(png[i % png.length]);
                    out.flush();
                    Thread.sleep(200);
                }
            } catch (IOException | InterruptedException e) {
                // The client hung up: that is the point.
            }
        });
        server.createContext("/site/assets/slow.png", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            reply(ex, 200, png);
        });
        server.createContext("/site/assets/moved.png", ex -> redirect(ex, "/site/assets/ok.png"));
        server.createContext("/site/assets/away.png", ex -> redirect(ex,
                "http://localhost:" + server.getAddress().getPort() + "/site/assets/ok.png"));
        server.createContext("/", ex -> reply(ex, 404, new byte[0]));
        server.start();
        site = "http://127.0.0.1:" + server.getAddress().getPort() + "/site/";
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to) throws IOException {
        ex.getResponseHeaders().add("Location", to);
        reply(ex, 302, new byte[0]);
    }

    private static void reply(com.sun.net.httpserver.HttpExchange ex, int status, byte[] body) throws IOException {
        ex.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(body);
        }
    }

    private FigureResolver resolver(List<Path> folders, boolean downloads, long maxBytes) {
        return new FigureResolver(new FigureResolver.Places(Map.of("chapter/n.md", note),
                Map.of("chapter/n.md", root.resolve("notes")), folders, cache, Map.of("chapter/n.md", site), downloads),
                new FigureDownloader(new FigureDownloader.Policy(false, maxBytes, Duration.ofSeconds(2), Duration.ofSeconds(1))));
    }

    private FigureResolver resolver() {
        return resolver(List.of(), true, 10L * 1024 * 1024);
    }

    private static Figure fig(String src) {
        return new Figure(src, "chapter/n.md", 75, "");
    }

    @Test
    void firstNextToTheNoteAsWritten() throws IOException {
        Files.createDirectories(root.resolve("notes/assets"));
        Files.write(root.resolve("notes/assets/08-75.png"), image("png"));
        FigureResolver.Resolution r = resolver().resolveLocal(fig("../assets/08-75.png"));
        assertThat(r).isInstanceOfSatisfying(FigureResolver.Found.class, f -> {
            assertThat(f.from()).isEqualTo("next to the note");
            assertThat(f.mimeType()).isEqualTo("image/png");
            assertThat(f.dataUri()).startsWith("data:image/png;base64,");
        });
    }

    @Test
    void pathsToOtherMachinesAreNeverResolved() {
        // Resolving //host/share or /net/host (autofs) would contact the host before any check could refuse it.
        FigureResolver r = resolver(List.of(), false, 1000);
        assertThat(r.resolveLocal(fig("//attacker.example/share/x.png"))).isInstanceOf(FigureResolver.Missing.class);
        assertThat(r.resolveLocal(fig("\\\\attacker.example\\share\\x.png"))).isInstanceOf(FigureResolver.Missing.class);
        assertThat(r.resolveLocal(fig("/net/attacker.example/x/y.png"))).isInstanceOf(FigureResolver.Missing.class);
    }

    @Test
    void neverOutsideTheNotesFolder() throws IOException {
        Files.write(root.resolve("secret.png"), image("png"));
        assertThat(resolver(List.of(), false, 1000).resolveLocal(fig("../../secret.png")))
                .isInstanceOf(FigureResolver.Missing.class);
    }

    @Test
    void thenInTheFigureFoldersByName(@TempDir Path figures) throws IOException {
        Files.write(figures.resolve("08-75.png"), image("jpg"));
        FigureResolver.Resolution r = resolver(List.of(figures), false, 1000).resolveLocal(fig("../../assets/08-75.png"));
        assertThat(r).isInstanceOfSatisfying(FigureResolver.Found.class, f -> {
            assertThat(f.from()).startsWith("figure folder");
            assertThat(f.mimeType()).as("a JPEG named .png").isEqualTo("image/jpeg");
        });
    }

    @Test
    void aFileThatIsNoImageIsNotShown(@TempDir Path figures) throws IOException {
        Files.writeString(figures.resolve("08-75.png"), "<svg onload=alert(1)>");
        assertThat(resolver(List.of(figures), false, 1000).resolveLocal(fig("../../assets/08-75.png")))
                .isInstanceOf(FigureResolver.Missing.class);
    }

    @Test
    void theDownloadAddressIsTheSiteJoinedWithTheLinkWithoutItsLeadingDots() {
        assertThat(resolver().downloadUrl(fig("../../assets/08-75.png"))).isEqualTo(URI.create(site + "assets/08-75.png"));
    }

    @Test
    void thenDownloadedOnceAndThenFromTheCache() {
        FigureResolver resolver = resolver();
        FigureResolver.Resolution first = resolver.resolveLocal(fig("../../assets/ok.png"));
        assertThat(first).isInstanceOf(FigureResolver.Downloadable.class);
        FigureResolver.Resolution downloaded = resolver.download(((FigureResolver.Downloadable) first).url());
        assertThat(downloaded).isInstanceOfSatisfying(FigureResolver.Found.class,
                f -> assertThat(f.from()).startsWith("downloaded from"));
        assertThat(resolver.resolveLocal(fig("../../assets/ok.png"))).isInstanceOfSatisfying(FigureResolver.Found.class,
                f -> assertThat(f.from()).isEqualTo("download cache"));
    }

    @Test
    void aFailedDownloadIsNotOfferedAgainAndSaysWhy() {
        FigureResolver resolver = resolver();
        FigureResolver.Resolution first = resolver.resolveLocal(fig("../../assets/nope.png"));
        assertThat(first).isInstanceOf(FigureResolver.Downloadable.class);
        resolver.download(((FigureResolver.Downloadable) first).url());
        assertThat(resolver.resolveLocal(fig("../../assets/nope.png"))).isInstanceOfSatisfying(FigureResolver.Missing.class,
                m -> assertThat(m.reason()).contains("could not be downloaded").contains("404"));
    }

    @Test
    void aJpegNamedPngDownloads() {
        assertThat(resolver().download(URI.create(site + "assets/photo.png")))
                .isInstanceOfSatisfying(FigureResolver.Found.class, f -> assertThat(f.mimeType()).isEqualTo("image/jpeg"));
    }

    @Test
    void aSlowServerTimesOut() {
        long start = System.nanoTime();
        assertThat(resolver().download(URI.create(site + "assets/slow.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason()).contains("in time"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
    }

    @Test
    void aSiteThatDripsItsBytesIsCutOffAtTheTimeout() {
        long start = System.nanoTime();
        assertThat(resolver().download(URI.create(site + "assets/drip.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason()).contains("in time"));
        // The policy allows 1 s; the drip would take 20 s.
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void anOversizedFileIsRefused() {
        assertThat(resolver(List.of(), true, 100_000).download(URI.create(site + "assets/big.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason()).contains("too large"));
    }

    @Test
    void aMissingFileLeavesAPlaceholderReason() {
        assertThat(resolver().download(URI.create(site + "assets/nope.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason()).contains("404"));
        assertThat(resolver().download(URI.create(site + "assets/page.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason()).contains("not an image"));
    }

    @Test
    void onlyHttpsByDefault() throws FigureDownloader.DownloadException {
        FigureDownloader strict = new FigureDownloader(FigureDownloader.Policy.DEFAULT);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> strict.fetch(URI.create(site + "assets/ok.png")))
                .hasMessageContaining("https");
    }

    @Test
    void withDownloadsOffTheReasonSaysSo() {
        assertThat(resolver(List.of(), false, 1000).resolveLocal(fig("../../assets/ok.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason()).contains("downloads are off")
                        .contains("Add a figures folder in Preferences, or allow downloads"));
    }

    @Test
    void aSiteThatCannotBeReachedSaysWhatToDoInWords() throws Exception {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();   // nothing listens there once it is closed
        }
        FigureResolver.Resolution r = resolver().download(URI.create("http://localhost:" + closed + "/site/assets/ok.png"));
        assertThat(r).isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.sentence())
                .contains("could not be reached").contains("Check the connection, or add a figures folder in Preferences")
                .doesNotContain("Exception"));
    }

    private FigureResolver asking(java.util.Map<String, Boolean> answers) {
        return new FigureResolver(new FigureResolver.Places(Map.of("chapter/n.md", note),
                Map.of("chapter/n.md", root.resolve("notes")), List.of(), cache, Map.of("chapter/n.md", site),
                FigureHosts.asking(answers)),
                new FigureDownloader(new FigureDownloader.Policy(false, 1 << 20, Duration.ofSeconds(2), Duration.ofSeconds(1))));
    }

    @Test
    void aHostNotAllowedIsOfferedNotContacted() {
        String host = "127.0.0.1:" + server.getAddress().getPort();
        FigureResolver resolver = asking(Map.of());
        assertThat(resolver.resolveLocal(fig("../../assets/ok.png"))).isInstanceOfSatisfying(FigureResolver.Missing.class,
                m -> {
                    assertThat(m.askHost()).isEqualTo(host);
                    assertThat(m.sentence()).endsWith("Add a figures folder in Preferences, or allow downloads from " + host);
                });
        assertThat(resolver.download(URI.create(site + "assets/ok.png"))).isInstanceOf(FigureResolver.Missing.class);
        assertThat(requests).as("no request reached the site").hasValue(0);

        resolver.hosts().answer(host, true);
        assertThat(resolver.resolveLocal(fig("../../assets/ok.png"))).isInstanceOf(FigureResolver.Downloadable.class);
        assertThat(resolver.download(URI.create(site + "assets/ok.png"))).isInstanceOf(FigureResolver.Found.class);
        assertThat(requests).hasValue(1);
    }

    @Test
    void anAllowedSiteMayRedirectWithinItselfButNotToAnotherHost() {
        FigureResolver resolver = asking(Map.of("127.0.0.1:" + server.getAddress().getPort(), true));
        assertThat(resolver.download(URI.create(site + "assets/moved.png"))).isInstanceOf(FigureResolver.Found.class);
        assertThat(resolver.download(URI.create(site + "assets/away.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason())
                        .contains("sent it on to localhost:" + server.getAddress().getPort()));
        assertThat(requests).as("only the redirect within the site was followed").hasValue(1);
    }

    @Test
    void aLinkInAFigureFolderToAFileOutsideItIsNotRead(@TempDir Path figures) throws IOException {
        Files.write(root.resolve("private.png"), image("png"));
        Files.createSymbolicLink(figures.resolve("08-75.png"), root.resolve("private.png"));
        assertThat(resolver(List.of(figures), false, 1000).resolveLocal(fig("../../assets/08-75.png")))
                .isInstanceOf(FigureResolver.Missing.class);
    }

    @Test
    void aFigureFileOverTheSizeLimitSaysItCouldNotBeShown() throws IOException {
        Files.createDirectories(root.resolve("notes/assets"));
        byte[] big = java.util.Arrays.copyOf(image("png"), (int) FigureResolver.MAX_FIGURE_BYTES + 10);
        Files.write(root.resolve("notes/assets/08-75.png"), big);
        assertThat(resolver(List.of(), false, 1000).resolveLocal(fig("../assets/08-75.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m ->
                        assertThat(m.sentence()).isEqualTo("could not be shown: the file is larger than 10 MB"));
    }

    private FigureResolver onSite(String siteAddress, FigureHosts hosts) {
        return new FigureResolver(new FigureResolver.Places(Map.of("chapter/n.md", note),
                Map.of("chapter/n.md", root.resolve("notes")), List.of(), cache, Map.of("chapter/n.md", siteAddress),
                hosts),
                new FigureDownloader(new FigureDownloader.Policy(false, 1 << 20, Duration.ofSeconds(2), Duration.ofSeconds(1))));
    }

    @Test
    void aSiteWithoutAHostNameIsNeverOfferedAndSaysWhy() {
        // The underscore makes it no host name for java.net.URI: nothing could be asked about, or downloaded.
        FigureResolver resolver = onSite("https://my_site.example/", FigureHosts.asking(Map.of()));
        assertThat(resolver.downloadUrl(fig("../../assets/ok.png"))).isNull();
        assertThat(resolver.resolveLocal(fig("../../assets/ok.png"))).isInstanceOfSatisfying(FigureResolver.Missing.class,
                m -> {
                    assertThat(m.askHost()).as("no blank question to the user").isNull();
                    assertThat(m.sentence()).contains("https://my_site.example/").contains("no host name");
                });
    }

    @Test
    void aBlankHostIsNeverStoredNorAllowsAddressesWithoutAHost() {
        FigureHosts hosts = FigureHosts.asking(Map.of("", true));
        hosts.answer("", true);
        hosts.answer(" ", true);
        assertThat(hosts.answers()).as("what goes into the settings").isEmpty();
        assertThat(hosts.allowed(URI.create("https://my_site.example/a.png"))).isFalse();
        assertThat(hosts.allowed(URI.create("https:/a.png"))).isFalse();
        FigureResolver resolver = onSite("https://my_site.example/", hosts);
        assertThat(resolver.resolveLocal(fig("../../assets/ok.png"))).isInstanceOf(FigureResolver.Missing.class);
        assertThat(resolver.download(URI.create("https://my_site.example/assets/ok.png")))
                .isInstanceOf(FigureResolver.Missing.class);
    }

    @Test
    void anAddressWithoutAHostIsADownloadFailureNotACrash() {
        FigureResolver resolver = onSite(site, FigureHosts.anyHost());
        assertThat(resolver.download(URI.create("http://my_site.example/assets/ok.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.sentence())
                        .startsWith("is not available: could not be downloaded: ").contains("no host name"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new FigureDownloader(
                        new FigureDownloader.Policy(false, 1 << 20, Duration.ofSeconds(2), Duration.ofSeconds(1)))
                        .fetch(URI.create("http://my_site.example/assets/ok.png"), u -> true))
                .isInstanceOf(FigureDownloader.DownloadException.class);
        // The rest of the page still downloads.
        assertThat(resolver.download(URI.create(site + "assets/ok.png"))).isInstanceOf(FigureResolver.Found.class);
    }

    @Test
    void aRedirectToAnAddressWithoutAHostIsADownloadFailure() {
        server.createContext("/site/assets/nohost.png", ex -> redirect(ex, "http://my_site.example/ok.png"));
        FigureResolver resolver = onSite(site, FigureHosts.anyHost());
        assertThat(resolver.download(URI.create(site + "assets/nohost.png")))
                .isInstanceOfSatisfying(FigureResolver.Missing.class, m -> assertThat(m.reason())
                        .startsWith("could not be downloaded: "));
    }
}
