package app.vidatlas.notes;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Small text helpers shared by the parsers. */
public final class Texts {
    /** How alike two titles must be to be one paper's (see {@link #sameTitle}). */
    public static final double SAME_TITLE = 0.85;

    private static final Pattern MATH_COMMAND_WITH_ARG = Pattern.compile("\\\\(?:mathbf|mathrm|mathit|text|textbf|boldsymbol)\\{([^{}]*)}");
    private static final Pattern MATH_DELIMITERS = Pattern.compile("\\\\[()\\[\\]]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final Pattern MATH_COMMAND = Pattern.compile("\\\\[a-zA-Z]+");
    private static final Pattern NUMBERING = Pattern.compile("^\\d+(?:\\.\\d+)*\\.?\\s+(?=\\S)");

    private Texts() {
    }

    /** Whitespace the notes use that {@link String#strip()} does not know: no-break and ideographic spaces. */
    public static String normalizeSpaces(String s) {
        return s.replace('\u00a0', ' ').replace('\u3000', ' ').replace('\u2002', ' ').replace('\u2003', ' ');
    }

    public static boolean isBlank(String s) {
        return normalizeSpaces(s).isBlank();
    }

    /** Collapses runs of white space into one space and trims. */
    public static String squash(String s) {
        return WHITESPACE.matcher(normalizeSpaces(s)).replaceAll(" ").strip();
    }

    /** {@code \(\mathbf{EI^2}\)} becomes {@code EI^2}: a name written in math, made readable. */
    public static String stripMath(String s) {
        String out = MATH_COMMAND_WITH_ARG.matcher(s).replaceAll("$1");
        out = MATH_DELIMITERS.matcher(out).replaceAll("");
        return MATH_COMMAND.matcher(out).replaceAll("").replace("{", "").replace("}", "").strip();
    }

    /** Whether a heading is numbered like {@code 2.2 Open-source base models}. */
    public static boolean isNumbered(String heading) {
        return NUMBERING.matcher(heading).find();
    }

    /** {@code 2.2 Open-source base models} becomes {@code Open-source base models}. */
    public static String stripNumbering(String heading) {
        return NUMBERING.matcher(heading).replaceFirst("").strip();
    }

    /** Lower case letters and digits only, accents removed: {@code W.A.L.T.} and {@code walt} compare equal. */
    public static String compact(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFKD).transform(x -> MARKS.matcher(x).replaceAll(""));
        StringBuilder b = new StringBuilder(d.length());
        d.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(b::appendCodePoint);
        return b.toString();
    }

    /** Runs of white space; compiled once (titles are split for every paper of a catalog). */
    private static final java.util.regex.Pattern WHITE_SPACE = java.util.regex.Pattern.compile("\\s+");

    /** The part of a title before its colon, if that part is short enough to be a name ({@code Show-1}). */
    public static String titlePrefix(String title) {
        int colon = title.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String prefix = title.substring(0, colon).strip();
        return prefix.length() <= 40 && WHITE_SPACE.split(prefix).length <= 4 ? prefix : null;
    }

    /**
     * How alike two strings are, from 0 to 1: one minus their edit distance over the longer length (0 when both are
     * empty: nothing is not a match). Titles the notes damaged ({@code ecomposed}, {@code Edigng}) stay above 0.85
     * against the real title.
     */
    public static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 0 : 1.0 - (double) levenshtein(a, b) / max;
    }

    /**
     * Whether two strings are at least {@code threshold} alike ({@link #similarity}), computed only along the band
     * of edits that could still pass and stopped as soon as none can: cheap for the many pairs that are not alike.
     */
    public static boolean similarAtLeast(String a, String b, double threshold) {
        if (a.equals(b)) {
            return true;
        }
        int max = Math.max(a.length(), b.length());
        int k = (int) Math.floor((1.0 - threshold) * max + 1e-9);
        if (Math.abs(a.length() - b.length()) > k) {
            return false;
        }
        int n = a.length();
        int m = b.length();
        int big = k + 1;
        int[] prev = new int[m + 1];
        int[] cur = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            prev[j] = j <= k ? j : big;
        }
        for (int i = 1; i <= n; i++) {
            int from = Math.max(1, i - k);
            int to = Math.min(m, i + k);
            cur[0] = i <= k ? i : big;
            if (from > 1) {
                cur[from - 1] = big;
            }
            int rowMin = cur[0];
            char ca = a.charAt(i - 1);
            for (int j = from; j <= to; j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (to < m) {
                cur[to + 1] = big;
            }
            if (rowMin > k) {
                return false;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[m] <= k;
    }

    public static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            char ca = a.charAt(i - 1);
            for (int j = 1; j <= b.length(); j++) {
                int cost = ca == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** Letters and digits in lower case, words separated by one space: the form titles are compared in. */
    public static String titleKey(String title) {
        String d = Normalizer.normalize(title, Normalizer.Form.NFKD).transform(x -> MARKS.matcher(x).replaceAll(""));
        StringBuilder b = new StringBuilder(d.length());
        boolean space = false;
        for (int cp : d.toLowerCase(Locale.ROOT).codePoints().toArray()) {
            if (Character.isLetterOrDigit(cp)) {
                if (space && b.length() > 0) {
                    b.append(' ');
                }
                space = false;
                b.appendCodePoint(cp);
            } else {
                space = true;
            }
        }
        return b.toString();
    }

    /**
     * Whether a bracketed short form abbreviates the words before it: its letters, in order, are their initials
     * (first letters and capitals inside words), as {@code TPoS} is for "The Power of Sound" and {@code SVD} for
     * "Stable Video Diffusion". "VideoPoet (Google)" or "Lumiere (2024)" is an aside, not a name.
     */
    public static boolean abbreviates(String shortForm, String words) {
        StringBuilder initials = new StringBuilder();
        boolean start = true;
        for (int i = 0; i < words.length(); i++) {
            char c = words.charAt(i);
            if (Character.isLetter(c) && (start || Character.isUpperCase(c))) {
                initials.append(Character.toLowerCase(c));
            }
            start = !Character.isLetterOrDigit(c);
        }
        int at = 0;
        int letters = 0;
        for (int i = 0; i < shortForm.length(); i++) {
            char c = shortForm.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            at = initials.indexOf(String.valueOf(Character.toLowerCase(c)), at);
            if (at < 0) {
                return false;
            }
            at++;
        }
        return letters >= 2;
    }

    /**
     * Whether two title keys may be one paper's title, one of them damaged: damage keeps a title's first word or the
     * rest of it, so only titles that share one of those are compared ({@link #sameTitle}).
     */
    public static boolean mayBeSameTitle(String keyA, String keyB) {
        return firstWord(keyA).equals(firstWord(keyB))
                || (!restOfTitle(keyA).isEmpty() && restOfTitle(keyA).equals(restOfTitle(keyB)));
    }

    /** A title key's first word. */
    public static String firstWord(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? key : key.substring(0, space);
    }

    /** A title key after its first word; "" for a one-word title. */
    public static String restOfTitle(String key) {
        int space = key.indexOf(' ');
        return space < 0 ? "" : key.substring(space + 1);
    }

    /**
     * Whether two title keys ({@link #titleKey}) are one paper's title, one of them perhaps damaged: alike to 85 %,
     * and with the same numbers, or one number dropped. Damage in the notes drops letters (Edigng), now and then the
     * start of a word ("D-aware"); Gen-1 and Gen-2, or Net1 and Net12, are other papers.
     */
    public static boolean sameTitle(String keyA, String keyB) {
        List<String> a = numbers(keyA);
        List<String> b = numbers(keyB);
        boolean numbersAgree = a.equals(b) || oneDropped(a, b) || oneDropped(b, a);
        return numbersAgree && similarAtLeast(keyA, keyB, SAME_TITLE);
    }

    /** Whether {@code fewer} is {@code more} with one of its numbers left out. */
    private static boolean oneDropped(List<String> more, List<String> fewer) {
        if (more.size() != fewer.size() + 1) {
            return false;
        }
        for (int i = 0; i < more.size(); i++) {
            List<String> without = new java.util.ArrayList<>(more);
            without.remove(i);
            if (without.equals(fewer)) {
                return true;
            }
        }
        return false;
    }

    /** The runs of digits in a text: "net12 number 12" gives [12, 12]. */
    private static List<String> numbers(String text) {
        List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean digit = i < text.length() && Character.isDigit(text.charAt(i));
            if (digit && start < 0) {
                start = i;
            } else if (!digit && start >= 0) {
                out.add(text.substring(start, i));
                start = -1;
            }
        }
        return out;
    }
}
