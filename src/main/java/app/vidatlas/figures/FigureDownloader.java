package app.vidatlas.figures;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Locale;

/**
 * Downloads a figure from the notes' published site: https only (unless a test says otherwise), a size cap,
 * timeouts, and the body must be an image. Blocking: call it off the JavaFX thread.
 */
public final class FigureDownloader {
    /**
     * @param httpsOnly      refuse plain http (tests on 127.0.0.1 turn this off)
     * @param maxBytes       refuse anything larger
     * @param connectTimeout how long to wait for a connection
     * @param timeout        how long the whole download may take (headers and body)
     */
    public record Policy(boolean httpsOnly, long maxBytes, Duration connectTimeout, Duration timeout) {
        public static final Policy DEFAULT = new Policy(true, 10L * 1024 * 1024, Duration.ofSeconds(5),
                Duration.ofSeconds(20));
    }

    /** Why a download gave nothing, in words for a placeholder. */
    public static final class DownloadException extends Exception {
        public DownloadException(String message) {
            super(message);
        }
    }

    /** Stops reads that run past their deadline; one daemon thread for every download. */
    private static final java.util.concurrent.ScheduledExecutorService TIMER =
            java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "vidatlas-download-timer");
                t.setDaemon(true);
                return t;
            });

    /** Redirects followed at most (sites moved to https, or to a trailing slash, need one or two). */
    static final int MAX_REDIRECTS = 5;

    private final Policy policy;
    private final HttpClient client;

    public FigureDownloader(Policy policy) {
        this.policy = policy;
        this.client = HttpClient.newBuilder()
                .connectTimeout(policy.connectTimeout())
                // Redirects are followed by fetch() itself, only to hosts the user allowed.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /**
     * The body, up to one byte past the size limit, read before the deadline. The request's own timeout ends with
     * the headers; a site that then sends its bytes one at a time would hold the download for ever, so the stream is
     * closed under the reader when time is up.
     */
    private byte[] readBefore(InputStream body, long deadline) throws IOException, DownloadException {
        long left = deadline - System.nanoTime();
        java.util.concurrent.ScheduledFuture<?> cut = left <= 0 ? null
                : TIMER.schedule(() -> closeQuietly(body), left, java.util.concurrent.TimeUnit.NANOSECONDS);
        try {
            if (cut == null) {
                throw new DownloadException("the site did not answer in time");
            }
            return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, policy.maxBytes() + 1));
        } catch (IOException e) {
            if (System.nanoTime() - deadline >= 0) {
                throw new DownloadException("the site did not answer in time");
            }
            throw e;
        } finally {
            if (cut != null) {
                cut.cancel(false);
            }
        }
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException e) {
            // Closing is how the read is stopped; a failure to close changes nothing.
        }
    }

    /** Fetches from this address, following redirects within its own host only. */
    public byte[] fetch(URI url) throws DownloadException {
        String host = FigureHosts.key(url);
        return fetch(url, next -> FigureHosts.key(next).equals(host));
    }

    /**
     * Fetches from this address, following up to {@link #MAX_REDIRECTS} redirects to addresses {@code mayFollow}
     * accepts: a site the user allowed must not send the app on to one they did not.
     */
    public byte[] fetch(URI url, java.util.function.Predicate<URI> mayFollow) throws DownloadException {
        long deadline = System.nanoTime() + policy.timeout().toNanos();
        URI at = url;
        try {
            for (int hop = 0; ; hop++) {
                checkScheme(at);
                checkHost(at);
                HttpRequest request = HttpRequest.newBuilder(at).timeout(policy.timeout()).GET()
                        .header("User-Agent", "VidAtlas").build();
                HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
                try (InputStream body = response.body()) {
                    int status = response.statusCode();
                    String location = response.headers().firstValue("Location").orElse(null);
                    if (status / 100 == 3 && location != null && hop < MAX_REDIRECTS) {
                        URI next = redirect(at, location);
                        if (!FigureHosts.hasHost(next)) {
                            throw new DownloadException("the site sent it on to an address with no host name ("
                                    + next + ")");
                        }
                        if (!mayFollow.test(next)) {
                            throw new DownloadException("the site sent it on to " + FigureHosts.key(next)
                                    + ", which downloads are not allowed from");
                        }
                        at = next;
                        continue;
                    }
                    if (status != 200) {
                        throw new DownloadException("the site answered " + status);
                    }
                    return body(response, body, deadline);
                }
            }
        } catch (HttpTimeoutException e) {
            throw new DownloadException("the site did not answer in time");
        } catch (IOException e) {
            // Not the exception's class name ("ConnectException"): it means nothing to a reader.
            throw new DownloadException("the site could not be reached");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DownloadException("download interrupted");
        } catch (RuntimeException e) {
            // An address the HTTP client will not take, or anything else unforeseen: one figure fails with a reason,
            // and the page's other downloads go on.
            throw new DownloadException("the address " + at + " could not be used ("
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + ")");
        }
    }

    private byte[] body(HttpResponse<InputStream> response, InputStream body, long deadline)
            throws IOException, DownloadException {
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > policy.maxBytes()) {
            throw new DownloadException("too large (" + declared / 1048576 + " MB)");
        }
        byte[] bytes = readBefore(body, deadline);
        if (bytes.length > policy.maxBytes()) {
            throw new DownloadException("too large (over " + policy.maxBytes() / 1048576 + " MB)");
        }
        if (ImageBytes.mimeType(bytes) == null) {
            throw new DownloadException("not an image");
        }
        return bytes;
    }

    private void checkScheme(URI url) throws DownloadException {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !(scheme.equals("http") && !policy.httpsOnly())) {
            throw new DownloadException("only https downloads are allowed");
        }
    }

    private static void checkHost(URI url) throws DownloadException {
        if (!FigureHosts.hasHost(url)) {
            throw new DownloadException("the address " + url + " has no host name to download from");
        }
    }

    private static URI redirect(URI from, String location) throws DownloadException {
        try {
            return from.resolve(location.strip());
        } catch (IllegalArgumentException e) {
            throw new DownloadException("the site sent it on to an address that is none");
        }
    }
}
