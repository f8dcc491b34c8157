package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Link;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over the top-level blocks of a parsed note, handing each construct to its reader: slide markers
 * ({@link SlideTrack}), headings ({@link HeadingTree}), tables ({@link TableReader}), lists and quotes; citations in
 * any text go to {@link NoteDraft#citations}. Which headings are paper sections is decided at the end
 * ({@link PaperSections}), once their citation lines are known.
 */
final class MarkdownWalk {
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\"“”]+");

    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)+\\|?\\s*$");

    private final NoteDraft draft;
    private final java.util.function.Function<String, Node> parser;
    private final TableReader tables;
    private final long started = System.nanoTime();
    private final long budgetNanos;
    private String siteUrl;
    private int breakLine = -1;
    private int footerLine = -1;

    MarkdownWalk(String noteId, String markdown, java.util.function.Function<String, Node> parser) {
        this(noteId, markdown, parser, MarkdownChunks.BUDGET_NANOS);
    }

    /** @param budgetNanos what parsing may take before the rest is read as plain text (tests give 0) */
    MarkdownWalk(String noteId, String markdown, java.util.function.Function<String, Node> parser, long budgetNanos) {
        this.draft = new NoteDraft(noteId, markdown.split("\r\n|\r|\n", -1));
        this.parser = parser;
        this.budgetNanos = budgetNanos;
        this.tables = new TableReader(draft);
    }

    /** Parses the note, in pieces when it is long ({@link MarkdownChunks}), and walks what it holds. */
    ParsedNote run() {
        String[] lines = draft.lines;
        List<Integer> ends = new ArrayList<>(MarkdownChunks.cuts(lines));
        ends.add(lines.length);
        int from = 0;
        for (int end : ends) {
            if (from > 0 && System.nanoTime() - started > budgetNanos) {
                plainText(from);
                break;
            }
            blocks(parser.apply(String.join("\n", java.util.Arrays.copyOfRange(lines, from, end))), from);
            from = end;
        }
        return finish();
    }

    /**
     * The rest of a note whose time is spent, read line by line as plain text: its slide markers still start slides
     * and every line is kept as slide text (searched, and shown on its note's page), but no table, citation or
     * annotation is read from it.
     */
    private void plainText(int from) {
        draft.diagnostics.add(app.vidatlas.model.Diagnostic.warning(draft.noteId, from + 1, "the note took over "
                + budgetNanos / 1_000_000_000.0 + " s to read; from here on it is read as plain text"));
        for (int i = from; i < draft.lines.length; i++) {
            Integer marker = SlideTrack.marker(draft.lines[i]);
            if (marker != null) {
                draft.slides.start(marker, i + 1, draft.headings.path());
            } else if (!draft.lines[i].isBlank()) {
                draft.slides.current().common(draft.lines[i].strip(), draft.headings.current());
                draft.touch();
            }
        }
    }

    /** The blocks of a document whose first line is the note's line {@code offset + 1}. */
    private void blocks(Node parent, int offset) {
        for (Node block = parent.getFirstChild(); block != null; block = block.getNext()) {
            int line = lineOf(block) + offset;
            if (block instanceof Paragraph p && splitBeforeTable(p, line)) {
                continue;
            }
            if (!(block instanceof BlockQuote) && !(block instanceof ThematicBreak)) {
                breakLine = -1;
            }
            if (block instanceof Heading h) {
                heading(h, line);
            } else if (block instanceof Paragraph p) {
                paragraph(p, line);
            } else if (block instanceof ListBlock list) {
                new ListReader(draft).read(list, line);
            } else if (block instanceof BlockQuote quote) {
                quote(quote, line);
            } else if (block instanceof TableBlock table) {
                tables.read(table, line, offset);
            } else if (block instanceof ThematicBreak) {
                breakLine = line;
            } else {
                InlineContent content = InlineContent.of(block);
                draft.slides.current().common(content.text(), draft.headings.current());
                if (!(block instanceof org.commonmark.node.FencedCodeBlock)
                        && !(block instanceof org.commonmark.node.IndentedCodeBlock)) {
                    // Code is quoted, not cited: no paper comes from a code block.
                    draft.citations(content.lines(), line, false);
                }
                draft.touch();
            }
        }
    }

    /**
     * A table written straight under a line of text ({@code P15A} above its header, no blank line between) is read
     * by CommonMark as part of the paragraph: read the lines before the header and the table apart.
     */
    private boolean splitBeforeTable(Paragraph p, int line) {
        int count = p.getSourceSpans().size();
        for (int k = 1; k + 1 < count; k++) {
            int at = line - 1 + k;
            if (at + 1 < draft.lines.length && draft.lines[at].strip().startsWith("|")
                    && DELIMITER_ROW.matcher(draft.lines[at + 1]).matches()) {
                blocks(parser.apply(String.join("\n", java.util.Arrays.copyOfRange(draft.lines, line - 1, at))), line - 1);
                blocks(parser.apply(String.join("\n", java.util.Arrays.copyOfRange(draft.lines, at, line - 1 + count))), at);
                return true;
            }
        }
        return false;
    }

    private ParsedNote finish() {
        List<PaperMention> mentions = new ArrayList<>();
        List<HeadingTree.CitationAt> loose = new ArrayList<>(draft.loose);
        loose.addAll(draft.references.resolve(m -> draft.finding(m.line(), Findings.UNREAD_CITATION,
                m.cited().title() + " [" + m.cited().marker() + "] (no such entry in the note's reference list)")));
        mentions.addAll(PaperSections.resolve(draft.noteId, draft.headings, loose));
        draft.rows.forEach(r -> mentions.add(withSlideContent(r)));
        mentions.sort(Comparator.comparingInt(PaperMention::line));
        int end = footerLine > 0 ? footerLine - 1 : draft.lines.length;
        Note note = new Note(draft.noteId, draft.headings.title(draft.noteId), NoteFormat.MARKDOWN,
                draft.slides.finish(draft.lines, end), siteUrl);
        return new ParsedNote(note, mentions, List.of(), draft.diagnostics);
    }

    /**
     * A row's paper shows what its slide says outside the rows too (an observation under a "More Works" table):
     * the slide belongs to the papers listed on it, and nothing on it may be lost from their pages.
     */
    private static PaperMention withSlideContent(NoteDraft.RowMention r) {
        PaperMention m = r.mention();
        SlideTrack.Draft slide = r.slide();
        // A note without slide markers is one unnumbered slide: there only the row's own section speaks for it.
        java.util.function.Predicate<SlideTrack.Said<?>> here = said -> slide.number > 0 || said.section() == r.section();
        List<String> text = slide.commonText.stream().filter(here).map(SlideTrack.Said::what).toList();
        List<Annotation> common = slide.commonAnnotations.stream().filter(here).map(SlideTrack.Said::what).toList();
        if (text.isEmpty() && common.isEmpty()) {
            return m;
        }
        List<Annotation> annotations = new ArrayList<>(new LinkedHashSet<>(m.annotations()));
        common.stream().filter(a -> !annotations.contains(a)).forEach(annotations::add);
        String excerpt = m.excerpt() == null ? String.join("\n", text)
                : m.excerpt() + (text.isEmpty() ? "" : "\n" + String.join("\n", text));
        return new PaperMention(m.kind(), m.note(), m.line(), m.name(), m.altNames(), m.citation(), m.category(),
                m.slides(), m.keyPoints(), m.figures(), annotations, m.links(), m.tags(), excerpt);
    }

    private void heading(Heading h, int line) {
        String text = Texts.squash(InlineContent.of(h).text());
        if (text.isEmpty()) {
            return;
        }
        draft.headings.open(text, h.getLevel(), line);
        SlideTrack.Draft slide = draft.slides.current();
        if (!slide.sawHeading) {
            slide.sawHeading = true;
            slide.headings = draft.headings.path();
        }
        slide.common(text, draft.headings.current());
        draft.touch();
    }

    /**
     * A paragraph may hold slide markers on lines of their own ({@code P67} / image / {@code m} / {@code P68} is one
     * paragraph in the notes): each such line starts a new slide and the rest is that slide's content.
     */
    private void paragraph(Paragraph p, int line) {
        List<Node> pending = new ArrayList<>();
        int pendingLine = line;
        int lineNo = line;
        List<Node> group = new ArrayList<>();
        for (Node n = p.getFirstChild(); ; n = n.getNext()) {
            boolean end = n == null;
            if (!end && !(n instanceof SoftLineBreak) && !(n instanceof HardLineBreak)) {
                group.add(n);
                continue;
            }
            Integer marker = group.size() == 1 && group.get(0) instanceof Text t ? SlideTrack.marker(t.getLiteral()) : null;
            if (marker != null) {
                paragraphContent(pending, pendingLine);
                pending.clear();
                draft.slides.start(marker, lineNo, draft.headings.path());
                pendingLine = lineNo + 1;
            } else {
                pending.addAll(group);
                if (!end) {
                    pending.add(n);
                }
            }
            group.clear();
            lineNo++;
            if (end) {
                break;
            }
        }
        paragraphContent(pending, pendingLine);
    }

    private void paragraphContent(List<Node> nodes, int line) {
        if (nodes.isEmpty()) {
            return;
        }
        InlineContent content = InlineContent.ofNodes(nodes);
        draft.touch();
        draft.citations(content.lines(), line, true);
        draft.slides.current().common(content.text(), draft.headings.current());
        HeadingTree.Section section = draft.headings.current();
        draft.slides.figures(content, section.figures);
        draft.links(content, section.links);
    }

    private void quote(BlockQuote quote, int line) {
        InlineContent content = InlineContent.of(quote);
        if (breakLine > 0) {
            Matcher url = URL.matcher(content.text());
            if (url.find()) {
                // The footer under a horizontal rule names where the note is published.
                siteUrl = url.group();
                footerLine = breakLine;
                return;
            }
        }
        draft.touch();
        SlideTrack.Draft slide = draft.slides.current();
        List<Annotation> annotations = Annotations.parse(content.lines(), draft.noteId, slide.number, line);
        if (annotations.isEmpty()) {
            slide.common(content.text(), draft.headings.current());
            draft.citations(content.lines(), line, true);
        } else {
            // Annotations are kept apart from the slide text: a search hit can then say "annotation".
            slide.annotations.addAll(annotations);
            annotations.forEach(a -> slide.commonAnnotations.add(new SlideTrack.Said<>(draft.headings.current(), a)));
            draft.headings.current().annotations.addAll(annotations);
            content.lines().forEach(l -> draft.citations(l, line, false));
        }
        draft.slides.figures(content, draft.headings.current().figures);
        List<Link> links = draft.headings.current().links;
        draft.links(content, links);
    }

    static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
