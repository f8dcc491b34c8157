package app.vidatlas.catalog;

import app.vidatlas.notes.Texts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds paper names in free text. At each place the longest name wins, so "A Survey on Video Diffusion Models" is
 * the survey, not "Video Diffusion Models". Short names (five characters or fewer, such as SVD or VDM) must match
 * their case; a name must not run into Latin letters or digits on either side (Chinese text around it is fine).
 * <p>
 * Names are filed under their first word, and the text is read once, word by word: finding names costs the length
 * of the text, not the number of names (a catalog of 100,000 papers has some 300,000).
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

    private final Map<String, List<Name<T>>> byFirstWord = new HashMap<>();
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
        // Quotes or brackets around a name (“Sora”, (TPoS)) are not part of it: text is matched from a letter on.
        String n = trimToLettersAndDigits(Texts.squash(name));
        if (n.length() < minLength) {
            return;
        }
        String folded = fold(n);
        String first = firstWord(folded, 0);
        if (first == null) {
            return;
        }
        byFirstWord.computeIfAbsent(first, k -> new ArrayList<>())
                .add(new Name<>(n, folded, exactCase || n.length() <= 5, target));
    }

    public List<Match<T>> find(String text) {
        if (byFirstWord.isEmpty()) {
            return List.of();
        }
        String t = Texts.normalizeSpaces(text);
        String folded = fold(t);
        List<Match<T>> all = new ArrayList<>();
        int i = 0;
        while (i < folded.length()) {
            char c = folded.charAt(i);
            String word;
            int next;
            if (latin(c)) {
                if (i > 0 && latin(folded.charAt(i - 1))) {
                    i++;
                    continue;
                }
                int end = i;
                while (end < folded.length() && latin(folded.charAt(end))) {
                    end++;
                }
                word = folded.substring(i, end);
                next = end;
            } else if (Character.isLetterOrDigit(c)) {
                word = String.valueOf(c);
                next = i + 1;
            } else {
                i++;
                continue;
            }
            for (Name<T> name : byFirstWord.getOrDefault(word, List.of())) {
                String haystack = name.caseSensitive ? t : folded;
                String needle = name.caseSensitive ? name.text : name.folded;
                int end = i + needle.length();
                if (haystack.startsWith(needle, i) && boundary(t, end)) {
                    all.add(new Match<>(i, end, name.target));
                }
            }
            i = next;
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

    /**
     * Lower case, character by character: every character keeps its place, so a match in the folded text is the
     * same span of the text (whole-string lower-casing changes the length for a dotted capital I, say).
     */
    private static String fold(String text) {
        char[] chars = text.toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toLowerCase(chars[i]);
        }
        return new String(chars);
    }

    private static String trimToLettersAndDigits(String name) {
        int start = 0;
        int end = name.length();
        while (start < end && !Character.isLetterOrDigit(name.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetterOrDigit(name.charAt(end - 1))) {
            end--;
        }
        return name.substring(start, end);
    }

    /** The word a name (or text) starts with at {@code i}: a run of Latin letters and digits, or one other letter. */
    private static String firstWord(String folded, int i) {
        if (i >= folded.length() || !Character.isLetterOrDigit(folded.charAt(i))) {
            return null;
        }
        if (!latin(folded.charAt(i))) {
            return String.valueOf(folded.charAt(i));
        }
        int end = i;
        while (end < folded.length() && latin(folded.charAt(end))) {
            end++;
        }
        return folded.substring(i, end);
    }

    private static boolean latin(char c) {
        return c < 128 && Character.isLetterOrDigit(c);
    }

    private static boolean boundary(String text, int index) {
        if (index < 0 || index >= text.length()) {
            return true;
        }
        return !latin(text.charAt(index));
    }
}
