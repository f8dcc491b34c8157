package app.vidatlas.notes;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The pieces every citation style shares: how authors, venues and years are written, and what is trimmed off a
 * title. Kept in one place so that the styles agree on them.
 */
final class CitationParts {
    /** A surname as the short styles write it: Zhang, Jolicoeur-Martineau, O’Neil, Jiménez (Latin letters only:
     * "MoMask则首次提出了『…』" is a sentence, not an author and a title). */
    static final String SURNAME = "\\p{Lu}[\\p{IsLatin}'’\\-]+";
    static final String PARTICLE = "(?:van|von|de|der|den|del|da|di|le|la|du|dos)";
    /** {@code et al.}, also written {@code el al} and {@code et. al}, or the Chinese 等人. */
    static final String ET_AL = "(?:e[tl]\\.?\\s*al\\.?|等人?)";
    /** {@code Zhang et al.}, {@code Jun and Nichol}, {@code Bar-Tal}, {@code de Bortoli et al}. */
    static final String SHORT_AUTHORS = "(?:" + PARTICLE + "\\s+)?" + SURNAME
            + "(?:\\s+(?:" + SURNAME + "|" + PARTICLE + "|and|&))*(?:\\s*,?\\s*" + ET_AL + ")?";
    /** One person of a full author list: Feilong Chen, Jared D Kaplan, J. Ho, Together Computer. */
    static final String PERSON = "(?:\\p{Lu}\\.|\\p{Lu}[\\p{IsLatin}'’\\-\\x{FFFE}\\x{AD}]+)(?:\\s+(?:\\p{Lu}\\.?|\\p{Lu}[\\p{IsLatin}'’\\-\\x{FFFE}\\x{AD}]+|"
            + PARTICLE + ")){0,4}";
    static final String OPEN_QUOTE = "[“\"「『《]";
    static final String CLOSE_QUOTE = "[”\"」』》]";
    private static final Pattern YEAR = Pattern.compile("(?<![\\d–\\-:])((?:19|20)\\d{2})(?![\\d–\\-])");
    /** What may stand after a title: {@code , arXiv 2023.}, {@code NeurIPS, 2019}, {@code ICLR Workshop 2023}. */
    private static final Pattern TAIL = Pattern.compile(
            "^[\\s,，.。]*(?<venue>[A-Za-z][A-Za-z0-9&\\-]*(?:\\s+[A-Za-z][A-Za-z0-9&\\-]*){0,4})?"
                    + "[\\s,，]*\\(?(?<year>(?:19|20)\\d{2})?[a-z]?\\)?(?<rest>.*)$", Pattern.DOTALL);
    private static final Pattern TRAILING_MARKER = Pattern.compile("\\s*\\[[^\\[\\]]{1,40}]\\s*$");
    private static final String LEADING = " \t“”\"'‘’*_「」『』《》";
    private static final String TRAILING = LEADING + ",，.。;；:|";
    private static final Pattern NOT_A_VENUE = Pattern.compile("(?i)link|pdf|code|project|page|paper|html|and|in");

    private static final Pattern BREAK_BEFORE_CAPITAL = Pattern.compile("[\\x{FFFE}\\x{AD}](?=\\p{Lu})");
    private static final Pattern CHINESE_ET_AL = Pattern.compile("等人?");
    private static final Pattern ET_AL_SPELLINGS = Pattern.compile("(?i)\\bel\\s*al\\b|\\bet\\.\\s*al\\b");
    private static final Pattern TRAILING_COMMAS = Pattern.compile("[\\s,，]+$");
    private static final Pattern COMMA_ET_AL = Pattern.compile("\\s*,\\s*et al");

    private CitationParts() {
    }

    /** The venue and year written after a title ({@code , arXiv 2023.}); either may be missing. */
    record Tail(String venue, Integer year) {
    }

    static Tail tail(String afterTitle) {
        Matcher m = TAIL.matcher(afterTitle == null ? "" : afterTitle);
        if (!m.matches()) {
            return new Tail(null, null);
        }
        String venue = m.group("venue");
        String year = m.group("year");
        if (venue != null && (year == null && !looksLikeVenue(venue) || NOT_A_VENUE.matcher(venue).matches())) {
            venue = null;
        }
        if (year == null && venue == null) {
            // "… arXiv preprint arXiv:2305.04160, 2023": the year may come later in the tail.
            Matcher y = YEAR.matcher(afterTitle == null ? "" : afterTitle);
            return new Tail(null, y.find() && afterTitle.length() < 80 ? Integer.valueOf(y.group(1)) : null);
        }
        return new Tail(venue == null ? null : venue.strip(), year == null ? null : Integer.valueOf(year));
    }

    /** A venue without a year must look like one: an acronym or a capitalised name (CVPR, arXiv, NeurIPS). */
    private static boolean looksLikeVenue(String venue) {
        String v = venue.strip();
        return v.equals("arXiv") || v.chars().filter(Character::isUpperCase).count() >= 2;
    }

    static Integer firstYear(String text) {
        Matcher y = YEAR.matcher(text);
        return y.find() ? Integer.valueOf(y.group(1)) : null;
    }

    /**
     * A break left by copying from a PDF (U+FFFE, a soft hyphen): inside a word it goes ("Timo￾thée"), before a
     * capital it was a hyphen ("Parameter￾Efficient").
     */
    static String joinBrokenWords(String s) {
        if (s.indexOf('\uFFFE') < 0 && s.indexOf('\u00AD') < 0) {
            return s;
        }
        return BREAK_BEFORE_CAPITAL.matcher(s).replaceAll("-").replaceAll("[\\x{FFFE}\\x{AD}]", "");
    }

    /** A title as written, without the quotes, emphasis, trailing punctuation or reference marker around it. */
    static String cleanTitle(String raw) {
        String t = joinBrokenWords(Texts.squash(raw));
        for (int i = 0; i < 3; i++) {
            String before = t;
            t = TRAILING_MARKER.matcher(t).replaceAll("");
            t = trimEdges(t);
            if (t.equals(before)) {
                break;
            }
        }
        return t.strip();
    }

    /** Trims quotes, emphasis and punctuation off both ends (a loop: a regex here rescans long runs quadratically). */
    private static String trimEdges(String t) {
        int from = 0;
        int to = t.length();
        while (from < to && (LEADING.indexOf(t.charAt(from)) >= 0 || Character.isWhitespace(t.charAt(from)))) {
            from++;
        }
        while (to > from && (TRAILING.indexOf(t.charAt(to - 1)) >= 0 || Character.isWhitespace(t.charAt(to - 1)))) {
            to--;
        }
        return t.substring(from, to);
    }

    /** The authors as written, without the punctuation that joined them to the title. */
    static String cleanAuthors(String raw) {
        String a = CHINESE_ET_AL.matcher(joinBrokenWords(Texts.squash(raw))).replaceAll(" et al.").replace("和", " and ");
        a = Texts.squash(ET_AL_SPELLINGS.matcher(a).replaceAll("et al"));
        a = TRAILING_COMMAS.matcher(a).replaceAll("");
        if (a.toLowerCase(Locale.ROOT).endsWith("et al")) {
            a = a + ".";
        }
        return COMMA_ET_AL.matcher(a).replaceAll(" et al");
    }
}
