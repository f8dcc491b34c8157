package app.vidatlas.userdata;

import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the app remembers between runs (the reading list and the user's notes are kept apart, in the library).
 *
 * @param figureFolders   folders where figures are looked up by file name (Preferences, {@code --figures})
 * @param downloadFigures whether missing figures may be downloaded from the notes' published site, from the hosts
 *                        the user allowed (off: never, and nothing is asked)
 * @param figureHosts     the user's answer for each host a note named as its site: true allowed, false refused
 * @param notesFolders    the notes folders last opened; empty for the bundled notes
 * @param theme           light, dark, or following the system
 * @param window          the window's place and size, or null for the default
 * @param dividers        the split panes' divider positions, or empty
 * @param lastPaper       the paper last open, or null
 * @param lastScroll      how far down its page the reader was
 * @param comparison      the papers in the comparison
 */
public record Settings(List<Path> figureFolders, boolean downloadFigures, Map<String, Boolean> figureHosts,
                       List<Path> notesFolders, Theme theme, WindowBounds window, List<Double> dividers,
                       String lastPaper, double lastScroll, List<String> comparison) {
    public enum Theme { SYSTEM, LIGHT, DARK }

    /** The window's place and size. */
    public record WindowBounds(double x, double y, double width, double height, boolean maximized) {
    }

    public static final Settings DEFAULTS = new Settings(List.of(), true, Map.of(), List.of(), Theme.SYSTEM, null,
            List.of(), null, 0, List.of());

    public Settings {
        figureFolders = List.copyOf(figureFolders);
        figureHosts = Collections.unmodifiableMap(new TreeMap<>(figureHosts));
        notesFolders = List.copyOf(notesFolders);
        theme = theme == null ? Theme.SYSTEM : theme;
        dividers = List.copyOf(dividers);
        comparison = List.copyOf(comparison);
    }

    public Settings withFigureFolders(List<Path> folders) {
        return new Settings(folders, downloadFigures, figureHosts, notesFolders, theme, window, dividers, lastPaper, lastScroll, comparison);
    }

    public Settings withDownloadFigures(boolean on) {
        return new Settings(figureFolders, on, figureHosts, notesFolders, theme, window, dividers, lastPaper, lastScroll, comparison);
    }

    /** Every host's answer, replacing those kept (Preferences). */
    public Settings withFigureHosts(Map<String, Boolean> hosts) {
        return new Settings(figureFolders, downloadFigures, hosts, notesFolders, theme, window, dividers, lastPaper,
                lastScroll, comparison);
    }

    /** The user's answer for one host (asked on a page). */
    public Settings withFigureHost(String host, boolean allow) {
        Map<String, Boolean> hosts = new TreeMap<>(figureHosts);
        hosts.put(host, allow);
        return withFigureHosts(hosts);
    }

    public Settings withNotesFolders(List<Path> folders) {
        return new Settings(figureFolders, downloadFigures, figureHosts, folders, theme, window, dividers, lastPaper, lastScroll, comparison);
    }

    public Settings withTheme(Theme t) {
        return new Settings(figureFolders, downloadFigures, figureHosts, notesFolders, t, window, dividers, lastPaper, lastScroll, comparison);
    }

    /** The layout and reading position at closing time. */
    public Settings withSession(WindowBounds w, List<Double> d, String paper, double scroll, List<String> compared) {
        return new Settings(figureFolders, downloadFigures, figureHosts, notesFolders, theme, w, d, paper, scroll, compared);
    }
}
