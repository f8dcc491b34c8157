package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The table of contents of an mdBook folder, its {@code SUMMARY.md}: the chapters in the book's order, under the
 * titles the book gives them. Read line by line, leniently (mdBook itself refuses a summary with a stray line; a
 * notes browser should rather show the notes): part headings ({@code # Part}), nested list items
 * {@code - [Title](path.md)}, draft chapters {@code - [Title]()}, paths with {@code ./}, percent-escapes or spaces.
 */
public final class BookSummary {
    /** The summary's file name, at the top of a notes folder (case as mdBook wants it). */
    public static final String FILE_NAME = "SUMMARY.md";
    /** A summary larger than this is not a table of contents (the real one is 6 KB). */
    static final long MAX_BYTES = 1024 * 1024;

    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})[ \\t]+(.*?)[ \\t#]*$");
    private static final Pattern RULE = Pattern.compile("^ {0,3}([-*_])([ \\t]*\\1){2,}[ \\t]*$");
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)(?:[-*+]|\\d{1,9}[.)])(?:[ \\t]+(.*))?$");
    private static final Pattern LINK_TITLE = Pattern.compile("^(.*?)[ \\t]+(\"[^\"]*\"|'[^']*')$");

    /**
     * A chapter the book lists.
     *
     * @param title   as the book names it
     * @param path    its file relative to the book's folder, with {@code /}, decoded, without {@code ./}; null for a
     *                draft chapter (listed without a file)
     * @param line    the line of {@code SUMMARY.md} that lists it
     * @param parents the part headings, then the chapters, it sits under; outermost first. Kept for a browse tree
     *                by book part (the category tree does not use it yet)
     */
    public record Chapter(String title, String path, int line, List<String> parents) {
        public Chapter {
            parents = List.copyOf(parents);
        }
    }

    private final List<Chapter> chapters;

    private BookSummary(List<Chapter> chapters) {
        this.chapters = List.copyOf(chapters);
    }

    /** Every chapter, drafts included, in the book's order. */
    public List<Chapter> chapters() {
        return chapters;
    }

    /**
     * The summary at the top of {@code dir}, with each chapter's file looked for: a chapter whose file is not there
     * (or lies outside the folder) is left out with a warning naming its line. Null when the folder has no summary,
     * or when it cannot be used at all (the notes then keep their path order; a warning says why).
     *
     * @param display how to name the summary file in messages
     */
    public static BookSummary read(Path dir, String display, List<Diagnostic> diagnostics) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        String text;
        try {
            if (Files.size(file) > MAX_BYTES) {
                diagnostics.add(Diagnostic.warning(display, 0, "too large to be a table of contents; notes are in path order"));
                return null;
            }
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            diagnostics.add(Diagnostic.warning(display, 0, "not valid UTF-8, so not read as the table of contents; "
                    + "notes are in path order"));
            return null;
        } catch (IOException | SecurityException e) {
            diagnostics.add(Diagnostic.warning(display, 0, "cannot be read (" + e.getMessage()
                    + "); notes are in path order"));
            return null;
        }
        BookSummary parsed = parse(text, display, diagnostics);
        if (parsed == null) {
            return null;
        }
        List<Chapter> found = new ArrayList<>();
        Path root = dir.toAbsolutePath().normalize();
        for (Chapter c : parsed.chapters) {
            if (c.path() != null) {
                Path target = root.resolve(c.path()).normalize();
                if (!target.startsWith(root)) {
                    diagnostics.add(Diagnostic.warning(display, c.line(), "chapter \"" + c.title() + "\" links to "
                            + c.path() + ", outside the notes folder; left out of the book's order"));
                    continue;
                }
                if (!Files.exists(target)) {
                    diagnostics.add(Diagnostic.warning(display, c.line(), "chapter \"" + c.title() + "\" links to "
                            + c.path() + ", which is not there; left out of the book's order"));
                    continue;
                }
                c = new Chapter(c.title(), root.relativize(target).toString().replace('\\', '/'), c.line(), c.parents());
            }
            found.add(c);
        }
        return new BookSummary(found);
    }

    /**
     * The chapters a summary's text lists; null, with a warning, when it lists none (then it is no table of
     * contents). A list item that is not a chapter link is ignored with a warning naming its line.
     */
    public static BookSummary parse(String text, String display, List<Diagnostic> diagnostics) {
        List<Chapter> chapters = new ArrayList<>();
        List<String> parts = new ArrayList<>();   // the headings over the current place, by level
        List<Integer> partLevels = new ArrayList<>();
        Deque<Integer> indents = new ArrayDeque<>(); // the open list items: their indents...
        Deque<String> titles = new ArrayDeque<>();  // ...and their titles
        boolean titleSeen = false;
        boolean inFence = false;
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = i == 0 && lines[i].startsWith("\uFEFF") ? lines[i].substring(1) : lines[i];
            int number = i + 1;
            String stripped = line.strip();
            if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
                inFence = !inFence;
                continue;
            }
            if (inFence || stripped.isEmpty() || stripped.startsWith("<!--") || RULE.matcher(line).matches()) {
                continue;
            }
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                indents.clear();
                titles.clear();
                if (!titleSeen && chapters.isEmpty() && parts.isEmpty()) {
                    titleSeen = true; // "# Summary": the book's own title, not a part
                    continue;
                }
                int level = heading.group(1).length();
                while (!partLevels.isEmpty() && partLevels.get(partLevels.size() - 1) >= level) {
                    partLevels.remove(partLevels.size() - 1);
                    parts.remove(parts.size() - 1);
                }
                partLevels.add(level);
                parts.add(heading.group(2).strip());
                continue;
            }
            Matcher item = ITEM.matcher(line);
            String rest;
            int indent;
            if (item.matches()) {
                indent = indentOf(item.group(1));
                rest = item.group(2) == null ? "" : item.group(2).strip();
            } else if (stripped.startsWith("[")) {
                indent = -1; // a prefix or suffix chapter: no list marker, never nested
                rest = stripped;
            } else {
                continue; // prose between the lists
            }
            String[] link = link(rest);
            if (link == null) {
                diagnostics.add(Diagnostic.warning(display, number,
                        "not a chapter link (a chapter is \"- [Title](file.md)\"); ignored"));
                continue;
            }
            while (!indents.isEmpty() && indents.peek() >= indent) {
                indents.pop();
                titles.pop();
            }
            List<String> parents = new ArrayList<>(parts);
            List<String> open = new ArrayList<>(titles);
            java.util.Collections.reverse(open);
            parents.addAll(open);
            chapters.add(new Chapter(link[0], path(link[1]), number, parents));
            indents.push(indent);
            titles.push(link[0]);
        }
        if (chapters.isEmpty()) {
            diagnostics.add(Diagnostic.warning(display, 0, "lists no chapters (\"- [Title](file.md)\"), so it is "
                    + "not used as the table of contents; notes are in path order"));
            return null;
        }
        return new BookSummary(chapters);
    }

    /** Columns of indentation, a tab reaching the next multiple of four (as in CommonMark). */
    private static int indentOf(String whitespace) {
        int n = 0;
        for (char c : whitespace.toCharArray()) {
            n = c == '\t' ? n + 4 - n % 4 : n + 1;
        }
        return n;
    }

    /** {@code [title](destination)} at the start of the text: title and raw destination; null when not a link. */
    private static String[] link(String s) {
        if (!s.startsWith("[")) {
            return null;
        }
        int depth = 0;
        int close = -1;
        for (int i = 0; i < s.length() && close < 0; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                depth++;
            } else if (c == ']' && --depth == 0) {
                close = i;
            }
        }
        if (close < 0 || close + 1 >= s.length() || s.charAt(close + 1) != '(') {
            return null;
        }
        int start = close + 2;
        int end = -1;
        if (start < s.length() && s.charAt(start) == '<') {
            int gt = s.indexOf('>', start);
            if (gt < 0 || gt + 1 >= s.length() || s.indexOf(')', gt) < 0) {
                return null;
            }
            return new String[] {unescape(s.substring(1, close)).strip(), s.substring(start + 1, gt)};
        }
        int parens = 1;
        for (int i = start; i < s.length() && end < 0; i++) {
            char c = s.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '(') {
                parens++;
            } else if (c == ')' && --parens == 0) {
                end = i;
            }
        }
        if (end < 0) {
            return null;
        }
        String destination = s.substring(start, end).strip();
        Matcher withTitle = LINK_TITLE.matcher(destination);
        if (withTitle.matches()) {
            destination = withTitle.group(1);
        }
        return new String[] {unescape(s.substring(1, close)).strip(), destination};
    }

    /** A destination as a path relative to the book: decoded, without {@code ./} or an anchor; null for a draft. */
    private static String path(String destination) {
        String d = destination.strip();
        int hash = d.indexOf('#');
        if (hash >= 0) {
            d = d.substring(0, hash);
        }
        d = percentDecoded(unescape(d)).replace('\\', '/');
        while (d.startsWith("./") || d.startsWith("/")) {
            d = d.substring(d.startsWith("./") ? 2 : 1);
        }
        // File names are compared in one Unicode form: macOS keeps them decomposed, editors write them composed.
        return d.isBlank() ? null : Normalizer.normalize(d, Normalizer.Form.NFC);
    }

    private static String unescape(String s) {
        return s.replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
    }

    /** {@code %E5%BC%80} and the like as UTF-8; a broken escape leaves the text as it was. */
    private static String percentDecoded(String s) {
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
                bytes.write(Integer.parseInt(s.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
                    b = s.substring(i, i + 2).getBytes(StandardCharsets.UTF_8);
                    i++;
                }
                bytes.write(b, 0, b.length);
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException e) {
            return s;
        }
    }

    private static boolean isHex(char c) {
        return Character.digit(c, 16) >= 0;
    }
}
