package app.vidatlas.notes.attributes;

import java.util.regex.Pattern;

/**
 * A phrase that states an attribute's value: "Transformer-based" states {@code backbone = Transformer}. Cues are
 * phrases, not words: "transformer" alone is said of many things a paper is not.
 */
record Cue(String attribute, String value, Pattern phrase) {
    /** A cue whose phrase is a case-insensitive regular expression. */
    static Cue of(String attribute, String value, String regex) {
        return new Cue(attribute, value, compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }

    /**
     * A pattern whose {@code \\b} is a boundary of Latin letters and digits: Java counts Chinese characters as word
     * characters, so "模型CogView2" would have no boundary before "CogView2" and the notes' mixed sentences would
     * never match.
     */
    static Pattern compile(String regex, int flags) {
        return Pattern.compile(regex.replace("\\b", "(?:(?<![A-Za-z0-9])(?=[A-Za-z0-9])|(?<=[A-Za-z0-9])(?![A-Za-z0-9]))"),
                flags);
    }

    boolean saidIn(String sentence) {
        return phrase.matcher(sentence).find();
    }
}
