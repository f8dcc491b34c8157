package app.vidatlas.notes.attributes;

import java.util.regex.Pattern;

/**
 * A phrase that states an attribute's value: "Transformer-based" states {@code backbone = Transformer}. Cues are
 * phrases, not words: "transformer" alone is said of many things a paper is not.
 */
record Cue(String attribute, String value, String[] keys, Pattern phrase) {
    /**
     * A cue whose phrase is a case-insensitive regular expression, tried only on sentences holding one of its keys.
     *
     * @param keys what every match of the phrase contains, lower-cased, separated by {@code |}: a sentence without
     *             any of them is passed over without running the expression (most sentences, and most of the time a
     *             large library's catalog takes to read)
     */
    static Cue of(String attribute, String value, String keys, String regex) {
        return new Cue(attribute, value, keys.split("\\|"), compile(regex, Pattern.CASE_INSENSITIVE));
    }

    /**
     * A pattern whose {@code \\b} is a boundary of Latin letters and digits: Java counts Chinese characters as word
     * characters, so "模型CogView2" would have no boundary before "CogView2" and the notes' mixed sentences would
     * never match.
     */
    static Pattern compile(String regex, int flags) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            if (regex.startsWith("\\b", i)) {
                // At the start of the pattern or of an alternative, a word starts; anywhere else, one ends.
                boolean starts = out.isEmpty() || out.charAt(out.length() - 1) == '|' || out.charAt(out.length() - 1) == '('
                        || out.toString().endsWith("(?:");
                out.append(starts ? "(?<![A-Za-z0-9])" : "(?![A-Za-z0-9])");
                i++;
            } else {
                out.append(regex.charAt(i));
            }
        }
        return Pattern.compile(out.toString(), flags);
    }

    /** @param lower the sentence lower-cased ({@link java.util.Locale#ROOT}), for the keys */
    boolean saidIn(String sentence, String lower) {
        for (String k : keys) {
            if (lower.contains(k)) {
                return phrase.matcher(sentence).find();
            }
        }
        return false;
    }
}
