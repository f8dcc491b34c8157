package app.vidatlas.search;

import app.vidatlas.index.IndexSchema;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads what a user types into the search field. Words must all match (AND) unless joined by {@code OR};
 * {@code "exact phrase"}; {@code -term} or {@code NOT term} excludes; {@code field:value} for {@code title},
 * {@code author}, {@code venue}, {@code year} (also {@code 2022..2023}), {@code cat} and {@code tag}.
 * <p>
 * A query that does not follow these rules (an unbalanced quote, a lone {@code AND}) is read as plain words, with
 * a notice: never an exception.
 */
final class QuerySyntax {
    /** Fields a user may name, and the index field each searches. */
    static final Map<String, String> FIELDS = Map.of(
            "title", IndexSchema.TITLE,
            "author", IndexSchema.AUTHORS,
            "authors", IndexSchema.AUTHORS,
            "venue", IndexSchema.VENUE,
            "year", IndexSchema.YEAR,
            "cat", IndexSchema.CATEGORY,
            "category", IndexSchema.CATEGORY,
            "tag", IndexSchema.TAG);

    /**
     * One searchable unit.
     *
     * @param field  the index field, or null for every text field
     * @param text   the words
     * @param phrase whether the words were quoted
     */
    record Term(String field, String text, boolean phrase) {
    }

    /**
     * Terms that any may match (joined by OR); {@code excluded} when the group must not match.
     */
    record Group(List<Term> alternatives, boolean excluded) {
    }

    /**
     * @param groups  all must match (excluded ones must not)
     * @param notices how the query was read, when it is not what was typed
     */
    record Parsed(List<Group> groups, List<String> notices) {
        boolean isEmpty() {
            return groups.stream().noneMatch(g -> !g.excluded());
        }
    }

    private QuerySyntax() {
    }

    static Parsed parse(String query) {
        String q = query == null ? "" : query.strip();
        try {
            return new Parsed(strict(q), List.of());
        } catch (Malformed e) {
            return new Parsed(plain(q), List.of("Read as plain words: " + e.getMessage() + "."));
        }
    }

    private static final class Malformed extends Exception {
        Malformed(String message) {
            super(message);
        }
    }

    private record Token(String text, boolean quoted, boolean negated, String field) {
        boolean isOperator(String op) {
            return !quoted && field == null && !negated && text.equals(op);
        }
    }

    private static List<Group> strict(String q) throws Malformed {
        List<Token> tokens = tokenize(q);
        List<Group> groups = new ArrayList<>();
        List<Term> current = null;
        boolean excluded = false;
        boolean pendingOr = false;
        boolean pendingNot = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isOperator("AND")) {
                if (current == null || i == tokens.size() - 1 || pendingOr || pendingNot) {
                    throw new Malformed("AND needs words on both sides");
                }
                continue;
            }
            if (t.isOperator("OR")) {
                if (current == null || i == tokens.size() - 1 || pendingOr || pendingNot) {
                    throw new Malformed("OR needs words on both sides");
                }
                pendingOr = true;
                continue;
            }
            if (t.isOperator("NOT")) {
                if (i == tokens.size() - 1 || pendingNot) {
                    throw new Malformed("NOT needs a word after it");
                }
                pendingNot = true;
                continue;
            }
            Term term = term(t);
            boolean neg = t.negated || pendingNot;
            pendingNot = false;
            if (pendingOr && !neg && !excluded) {
                current.add(term);
                pendingOr = false;
                continue;
            }
            if (pendingOr) {
                throw new Malformed("OR cannot join an excluded word");
            }
            if (current != null) {
                groups.add(new Group(List.copyOf(current), excluded));
            }
            current = new ArrayList<>();
            current.add(term);
            excluded = neg;
        }
        if (current != null) {
            groups.add(new Group(List.copyOf(current), excluded));
        }
        if (!groups.isEmpty() && groups.stream().allMatch(Group::excluded)) {
            throw new Malformed("a query cannot only exclude");
        }
        return groups;
    }

    private static Term term(Token t) throws Malformed {
        if (t.field == null) {
            return new Term(null, t.text, t.quoted);
        }
        String field = FIELDS.get(t.field.toLowerCase(Locale.ROOT));
        if (t.text.isBlank()) {
            throw new Malformed(t.field + ": needs a value");
        }
        if (IndexSchema.YEAR.equals(field) && !t.text.matches("\\d{4}(\\.\\.\\d{4})?")) {
            throw new Malformed("year: takes a year such as 2023 or a range such as 2022..2023");
        }
        return new Term(field, t.text, t.quoted);
    }

    private static List<Token> tokenize(String q) throws Malformed {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            boolean negated = false;
            if (c == '-' && i + 1 < n && !Character.isWhitespace(q.charAt(i + 1))) {
                negated = true;
                i++;
            }
            String field = null;
            int colon = fieldEnd(q, i);
            if (colon > 0) {
                field = q.substring(i, colon);
                i = colon + 1;
            }
            if (i < n && isQuote(q.charAt(i))) {
                int close = closingQuote(q, i + 1);
                if (close < 0) {
                    throw new Malformed("a quote is not closed");
                }
                tokens.add(new Token(q.substring(i + 1, close).strip(), true, negated, field));
                i = close + 1;
                continue;
            }
            int start = i;
            while (i < n && !Character.isWhitespace(q.charAt(i))) {
                if (isQuote(q.charAt(i))) {
                    throw new Malformed("a quote inside a word");
                }
                i++;
            }
            String word = q.substring(start, i);
            if (word.isEmpty() && field == null) {
                continue;
            }
            tokens.add(new Token(word, false, negated, field));
        }
        return tokens;
    }

    /** Index of the colon ending a known field name at {@code i}, or -1: {@code ZeroScope:} is just a word. */
    private static int fieldEnd(String q, int i) {
        int j = i;
        while (j < q.length() && Character.isLetter(q.charAt(j))) {
            j++;
        }
        if (j < q.length() && q.charAt(j) == ':' && j > i && FIELDS.containsKey(q.substring(i, j).toLowerCase(Locale.ROOT))) {
            return j;
        }
        return -1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '“' || c == '”';
    }

    private static int closingQuote(String q, int from) {
        for (int i = from; i < q.length(); i++) {
            if (isQuote(q.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** Every word of the query as a word to match; quotes, operators and field prefixes are dropped. */
    private static List<Group> plain(String q) {
        List<Group> groups = new ArrayList<>();
        for (String w : q.replaceAll("[\"“”]", " ").split("\\s+")) {
            String word = w.replaceFirst("^-+", "");
            int colon = word.indexOf(':');
            if (colon > 0 && FIELDS.containsKey(word.substring(0, colon).toLowerCase(Locale.ROOT))) {
                word = word.substring(colon + 1);
            }
            if (word.isBlank() || word.equals("AND") || word.equals("OR") || word.equals("NOT")) {
                continue;
            }
            groups.add(new Group(List.of(new Term(null, word, false)), false));
        }
        return groups;
    }
}
