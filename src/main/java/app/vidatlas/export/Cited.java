package app.vidatlas.export;

import app.vidatlas.model.Paper;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a reference to a paper says, for every citation format (BibTeX, RIS, CSL-JSON): its kind, the venue's
 * name, the year it is cited with, the first author's names and its address. Only what the notes and metadata know:
 * the metadata keeps the first author only, so no format names the others.
 */
final class Cited {
    /** A preprint (arXiv, or no venue), a journal article or a conference paper. */
    enum Kind { PREPRINT, JOURNAL, CONFERENCE }

    private static final Set<String> JOURNALS = Set.of("IJCV", "TPAMI", "TIP", "TOG", "JMLR", "TMLR", "TVCG");
    private static final Pattern ET_AL = Pattern.compile("(?i)\\s+et\\.?\\s*al\\.?$");
    private static final Pattern VENUE_YEAR = Pattern.compile("(19|20)\\d{2}$");

    private Cited() {
    }

    static Kind kind(Paper p) {
        String venue = p.venue();
        if (venue == null || venue.equalsIgnoreCase("arXiv")) {
            return Kind.PREPRINT;
        }
        return JOURNALS.contains(venueName(p).toUpperCase(Locale.ROOT)) ? Kind.JOURNAL : Kind.CONFERENCE;
    }

    /** The venue without its year ("CVPR"), or null. */
    static String venueName(Paper p) {
        return p.venue() == null ? null : p.venue().replaceAll("\\s+(19|20)\\d{2}$", "");
    }

    /**
     * The year a citation gives: a paper published at a venue is cited with the venue's year (GenTron: arXiv 2023,
     * CVPR 2024), else the paper's; null when neither is known.
     */
    static String year(Paper p) {
        java.util.regex.Matcher venueYear = VENUE_YEAR.matcher(p.venue() == null ? "" : p.venue());
        return kind(p) != Kind.PREPRINT && venueYear.find() ? venueYear.group()
                : p.year() == null ? null : p.year().toString();
    }

    /** The first author's names, given names first; an "et al." the notes wrote after them left out; none if unknown. */
    static String[] firstAuthor(Paper p) {
        if (p.authors().isEmpty()) {
            return new String[0];
        }
        String names = ET_AL.matcher(p.authors().get(0)).replaceAll("").strip();
        return names.isEmpty() ? new String[0] : names.split("\\s+");
    }

    /** The family name (the last word) and the given names, or null when no author is known. */
    static String[] familyAndGiven(Paper p) {
        String[] names = firstAuthor(p);
        if (names.length == 0) {
            return null;
        }
        return new String[]{names[names.length - 1], String.join(" ", Arrays.copyOf(names, names.length - 1))};
    }

    /** The paper's address: its arXiv page, else its code. */
    static String url(Paper p) {
        return p.arxiv() != null ? "https://arxiv.org/abs/" + p.arxiv() : p.codeUrl();
    }
}
