package app.vidatlas.figures;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which hosts the user agreed to download figures from. A note's footer may name any site, and a folder of notes
 * from the internet must not make the app connect anywhere on its own: a host is contacted only once the user
 * allowed it (asked once per host, the answer kept in the settings). Shared by the resolver and the window, so an
 * answer given on a page counts at once.
 */
public final class FigureHosts {
    private final boolean enabled;
    private final boolean anyHost;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    private FigureHosts(boolean enabled, boolean anyHost, Map<String, Boolean> answers) {
        this.enabled = enabled;
        this.anyHost = anyHost;
        answers.forEach((host, allow) -> {
            if (host != null && !host.isBlank() && allow != null) {
                this.answers.put(host, allow);
            }
        });
    }

    /** No downloads at all, and nothing to ask. */
    public static FigureHosts off() {
        return new FigureHosts(false, false, Map.of());
    }

    /** Downloads from the hosts allowed here; the others are asked about (true: allowed, false: refused). */
    public static FigureHosts asking(Map<String, Boolean> answers) {
        return new FigureHosts(true, false, answers);
    }

    /** Any host without asking: only for tests against a local server. */
    static FigureHosts anyHost() {
        return new FigureHosts(true, true, Map.of());
    }

    /** Whether downloads may happen at all (with the user's agreement). */
    public boolean enabled() {
        return enabled;
    }

    /** True when the user allowed this host, false when refused, null when not asked yet. */
    public Boolean answer(String host) {
        if (anyHost) {
            return Boolean.TRUE;
        }
        return answers.get(host);
    }

    /** Whether figures may be downloaded from this address: never from one without a host name. */
    public boolean allowed(URI url) {
        return enabled && hasHost(url) && Boolean.TRUE.equals(answer(key(url)));
    }

    /**
     * The user's answer for this host, from now on. A blank name is no host: it is not kept, since allowing it
     * would allow every address without a host name.
     */
    public void answer(String host, boolean allow) {
        if (host != null && !host.isBlank()) {
            answers.put(host, allow);
        }
    }

    /**
     * Whether the address names a host that could be asked about and contacted. {@code https://my_site.example/}
     * does not: the underscore makes it no host name for {@link URI#getHost()} (nor for the HTTP client).
     */
    public static boolean hasHost(URI url) {
        return url != null && url.getHost() != null && !url.getHost().isBlank();
    }

    /** Every answer given, by host. */
    public Map<String, Boolean> answers() {
        return new TreeMap<>(answers);
    }

    /**
     * How a host is named to the user and in the settings: its name in lower case, with its port when not the
     * https default (a server on another port of the same machine is another server). Empty for an address
     * without a host name (see {@link #hasHost}), which is never downloaded from.
     */
    public static String key(URI url) {
        String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
        int port = url.getPort();
        return port < 0 || port == 443 ? host : host + ":" + port;
    }
}
