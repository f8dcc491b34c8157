package app.vidatlas.catalog;

import app.vidatlas.notes.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Finds paper names in free text. At each place the longest name wins, so "A Survey on Video Diffusion Models" is
 * the survey, not "Video Diffusion Models". Short names (five characters or fewer, such as SVD or VDM) must match
 * their case; a name must not run into Latin letters or digits on either side (Chinese text around it is fine).
 *
 * @param <T> what a name stands for
 */
public final class NameFinder<T> {
    private static final int MIN_LENGTH = 3;

    private record Name<T>(String text, String folded, boolean caseSensitive, T target) {
    }

    /** One place a name was found. */
    public record Match<T>(int start, int end, T target) {
    }

    private final List<Name<T>> names = new ArrayList<>();
    private final int minLength;
    private final boolean exactCase;

    public NameFinder() {
        this(MIN_LENGTH, false);
    }

    /**
     * @param minLength names shorter than this are not looked for
     * @param exactCase every name must match its case ("Video Diffusion Models" the paper, not "video diffusion
     *                  models" the phrase)
     */
    public NameFinder(int minLength, boolean exactCase) {
        this.minLength = Math.max(MIN_LENGTH, minLength);
        this.exactCase = exactCase;
    }

    /** Every name of every paper, standing for the paper, matched in its exact case (for links in pages). */
    public static NameFinder<app.vidatlas.model.Paper> forPapers(List<app.vidatlas.model.Paper> papers, int minLength) {
        NameFinder<app.vidatlas.model.Paper> finder = new NameFinder<>(minLength, true);
        for (app.vidatlas.model.Paper p : papers) {
            p.names().forEach(n -> finder.add(n, p));
        }
        return finder;
    }

    public void add(String name, T target) {
        String n = Texts.squash(name);
        if (n.length() < minLength) {
            return;
        }
        names.add(new Name<>(n, n.toLowerCase(Locale.ROOT), exactCase || n.length() <= 5, target));
    }

    public List<Match<T>> find(String text) {
        String t = Texts.normalizeSpaces(text);
        String folded = t.toLowerCase(Locale.ROOT);
        List<Match<T>> all = new ArrayList<>();
        for (Name<T> name : names) {
            String haystack = name.caseSensitive ? t : folded;
            String needle = name.caseSensitive ? name.text : name.folded;
            for (int at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + 1)) {
                int end = at + needle.length();
                if (boundary(t, at - 1) && boundary(t, end)) {
                    all.add(new Match<>(at, end, name.target));
                }
            }
        }
        all.sort(Comparator.comparingInt((Match<T> m) -> m.start).thenComparingInt(m -> -(m.end - m.start)));
        List<Match<T>> chosen = new ArrayList<>();
        int covered = 0;
        for (Match<T> m : all) {
            if (m.start >= covered) {
                chosen.add(m);
                covered = m.end;
            }
        }
        return chosen;
    }

    private static boolean boundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        char c = text.charAt(index);
        return !(c < 128 && Character.isLetterOrDigit(c));
    }
}
