package app.vidatlas.notes;

import java.util.regex.Pattern;

/**
 * Whether a string can be a paper's title, or is something a note wrote where a title might stand: a reference
 * number, a person or a list of people, a citation fragment, a part heading ("Part I"), a course, a bare year.
 */
final class TitleCheck {
    private static final Pattern NO_LETTERS = Pattern.compile("[^\\p{L}]*");
    private static final Pattern PART = Pattern.compile(
            "(?i)^(?:part|chapter|section|lecture|lesson|week|appendix|reference|references|summary|introduction|"
                    + "overview|outline|agenda|conclusion|contents|more works|related works?)\\b[\\s\\dIVXivx.:()’'-]*"
                    + "(?:\\(?cont[’'.]?d?\\)?)?$");
    private static final Pattern COURSE = Pattern.compile("(?i)^(?:cs|ee|cse|ece)\\s?\\d{2,4}\\b.*");
    private static final Pattern CITATION_FRAGMENT = Pattern.compile(
            "(?i)\\be[tl]\\.?\\s*al\\b|等人|^[“\"]|[“”]|^\\[\\d+]|\\barxiv preprint\\b|https?://|www\\.");
    private static final Pattern PEOPLE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’\\-]+\\s+\\p{Lu}[\\p{L}'’\\-]+(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}'’\\-]+\\s+\\p{Lu}[\\p{L}'’\\-]+)+$");
    private static final int MAX_LENGTH = 300;

    private TitleCheck() {
    }

    static boolean isTitle(String text) {
        if (text == null) {
            return false;
        }
        String t = Texts.squash(text);
        return !t.isEmpty() && t.length() <= MAX_LENGTH && !NO_LETTERS.matcher(t).matches()
                && !PART.matcher(t).matches() && !COURSE.matcher(t).matches()
                && !CITATION_FRAGMENT.matcher(t).find() && !PEOPLE.matcher(t).matches();
    }
}
