package app.vidatlas.notes;

import app.vidatlas.model.Citation;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static app.vidatlas.notes.CitationParts.PERSON;

/**
 * A bibliography entry: {@code [4] Feilong Chen, …, and Bo Xu. X-llm: Bootstrapping …. *arXiv preprint …*, 2023.}
 * and the same without the number, {@code Moritz Einfalt, Katja Ludwig, and Rainer Lienhart. Title. Venue, 2023.}
 * Authors run to the first full stop after a word (initials keep theirs), the title to the next full stop. An
 * unnumbered entry needs two authors or {@code et al.} and a year, so an ordinary sentence is not read as one.
 */
final class AuthorListThenTitle implements CitationStyle {
    private static final Pattern ENTRY = Pattern.compile(
            "^\\s*(?:\\[(?<n>\\d{1,4})]\\s*)?(?<authors>" + PERSON + "(?:\\s*,\\s*(?:and\\s+)?" + PERSON + ")*"
                    + "(?:\\s*,?\\s*and\\s+" + PERSON + ")?(?:\\s*,\\s*et\\s+al)?)\\.\\s+(?<rest>\\S.*)$", Pattern.DOTALL);
    /** The title ends at a full stop, or at a question mark before a capital, or before {@code , March 2023}. */
    private static final Pattern TITLE_END = Pattern.compile(
            "\\.\\s|\\.$|[?!]\\s+(?=\\p{Lu}|\\*)|,\\s*(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?\\s+)?"
                    + "(?:19|20)\\d{2}\\b");
    private static final String MONTH = "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\p{L}*\\.?";
    private static final Pattern MONTHS = Pattern.compile(MONTH);
    private static final Pattern YEAR_ON = Pattern.compile("(?:19|20)\\d{2}.*$");
    /** Volume and pages after a journal ("33:1877–1901"); written so that no two digit runs compete. */
    private static final Pattern PAGES = Pattern.compile("[\\s,，.;:]*\\d+(?::\\d+)?(?:[–-]\\d+)?[\\s,，.;:–-]*$");
    private static final Pattern ARXIV = Pattern.compile("(?i)arxiv");
    private static final Pattern VENUE_NOISE = Pattern.compile("(?i)^(?:in\\s+)?(?:proceedings of (?:the )?)?|[*_]");

    @Override
    public Optional<CitedPaper> read(String span) {
        Matcher m = ENTRY.matcher(span);
        if (!m.matches()) {
            return Optional.empty();
        }
        String authors = m.group("authors");
        boolean numbered = m.group("n") != null;
        boolean several = authors.contains(",") || authors.contains(" and ");
        if (!numbered && (!several || !everyoneHasTwoNames(authors))) {
            return Optional.empty();
        }
        String rest = m.group("rest");
        Matcher end = TITLE_END.matcher(rest);
        boolean ended = end.find();
        int cut = ended ? end.start() : rest.length();
        if (!ended && !numbered) {
            return Optional.empty();
        }
        String afterTitle = rest.substring(Math.min(rest.length(), cut + 1));
        Integer year = CitationParts.firstYear(rest.substring(Math.min(rest.length(), cut)));
        if (year == null && !numbered) {
            return Optional.empty();
        }
        String title = CitationParts.cleanTitle(rest.substring(0, cut));
        if (title.length() < 2 || title.split("\\s+").length > 40) {
            return Optional.empty();
        }
        return Optional.of(new CitedPaper(new Citation(null, CitationParts.cleanAuthors(authors), title,
                venue(afterTitle), year), null, numbered ? Integer.valueOf(m.group("n")) : null));
    }

    /** "Moritz Einfalt, Katja Ludwig": a list of method names (AnimateDiff, LaVie) is not a list of people. */
    private static boolean everyoneHasTwoNames(String authors) {
        for (String person : authors.split(",|\\band\\b")) {
            String p = person.strip();
            if (!p.isEmpty() && !p.equals("et al") && p.split("\\s+").length < 2) {
                return false;
            }
        }
        return true;
    }

    /** The venue between the title and the year: {@code arXiv} for any preprint, else the name as written. */
    private static String venue(String afterTitle) {
        String tail = afterTitle.length() > 200 ? afterTitle.substring(0, 200) : afterTitle;
        String v = YEAR_ON.matcher(tail).replaceAll("");
        v = MONTHS.matcher(v).replaceAll("");
        if (ARXIV.matcher(v).find()) {
            return "arXiv";
        }
        v = VENUE_NOISE.matcher(v).replaceAll("").strip();
        v = PAGES.matcher(v).replaceAll("");
        while (!v.isEmpty() && " ,，.;:".indexOf(v.charAt(v.length() - 1)) >= 0) {
            v = v.substring(0, v.length() - 1);
        }
        v = v.strip();
        return v.isEmpty() || v.length() > 80 ? null : v;
    }
}
