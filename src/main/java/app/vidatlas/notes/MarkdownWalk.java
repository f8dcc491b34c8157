package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Citation;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;
import app.vidatlas.model.Note;
import app.vidatlas.model.NoteFormat;
import app.vidatlas.model.Slide;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One pass over the top-level blocks of a parsed note. The notes are flat (slide markers, headings, paragraphs,
 * lists, quotes and tables one after another), so the walk keeps the state a reader keeps: the current slide and
 * the heading path. Which headings are paper sections is decided at the end, once their citation lines are known.
 */
final class MarkdownWalk {
    private static final Pattern SLIDE_MARKER = Pattern.compile("P(\\d{1,4})");
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>()\"“”]+");
    private static final Pattern MORE_WORKS = Pattern.compile("(?i)\\s*[:：\\-–]?\\s*\\bmore works\\b\\s*[:：\\-–]?\\s*");
    private static final Pattern OTHER_WORKS = Pattern.compile("(?i)^other\\b.*\\bworks?$");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\(([^()]{1,30})\\)");
    /** What a short form in brackets may look like: TPoS, SVD, I2VGen-XL. */
    private static final Pattern SHORT_FORM = Pattern.compile("[\\p{L}\\d.\\-]{2,12}");
    private static final Pattern NAME_AND_AUTHORS = Pattern.compile("^(?<name>.*?)\\s*\\((?<authors>[^()]*)\\)\\s*$");
    private static final Pattern AUTHORS = Pattern.compile("\\p{Lu}[\\p{L}'’\\-]+.*");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；]");
    private static final Pattern UNESCAPED_PIPE = Pattern.compile("(?<!\\\\)\\|");

    private final String noteId;
    private final String[] lines;
    private final Node document;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final List<SlideDraft> slides = new ArrayList<>();
    private final List<Section> sections = new ArrayList<>();
    private final List<PaperMention> rowMentions = new ArrayList<>();
    private final Deque<Section> headingStack = new ArrayDeque<>();
    private final Section root = new Section(null, 0, "", false, 0);
    private Section current = root;
    private SlideDraft slide;
    private String siteUrl;
    private int breakLine = -1;
    private int footerLine = -1;

    MarkdownWalk(String noteId, String markdown, Node document) {
        this.noteId = noteId;
        this.lines = markdown.split("\r\n|\r|\n", -1);
        this.document = document;
        this.slide = new SlideDraft(0, 1, List.of());
    }

    ParsedNote run() {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            int line = lineOf(block);
            if (!(block instanceof BlockQuote) && !(block instanceof ThematicBreak)) {
                breakLine = -1;
            }
            if (block instanceof Heading h) {
                heading(h, line);
            } else if (block instanceof Paragraph p) {
                paragraph(p, line);
            } else if (block instanceof ListBlock list) {
                list(list);
            } else if (block instanceof BlockQuote quote) {
                quote(quote, line);
            } else if (block instanceof TableBlock table) {
                table(table, line);
            } else if (block instanceof ThematicBreak) {
                breakLine = line;
            } else {
                slide.text(InlineContent.of(block).text());
                touch();
            }
        }
        slides.add(slide);
        List<PaperMention> mentions = new ArrayList<>(resolveSections());
        mentions.addAll(rowMentions);
        mentions.sort(Comparator.comparingInt(PaperMention::line));
        Note note = new Note(noteId, title(), NoteFormat.MARKDOWN, finishSlides(), siteUrl);
        return new ParsedNote(note, mentions, List.of(), diagnostics);
    }

    // ---- blocks ---------------------------------------------------------------------------------------------

    private void heading(Heading h, int line) {
        String text = Texts.squash(InlineContent.of(h).text());
        if (text.isEmpty()) {
            return;
        }
        boolean numbered = Texts.isNumbered(text);
        int level = h.getLevel();
        // A numbered heading (2.2 Open-source base models) is a section of the chapter; the unnumbered headings
        // that follow it at the same markdown level are slide titles inside it, not its siblings.
        while (!headingStack.isEmpty()) {
            Section top = headingStack.peek();
            boolean pop = numbered
                    ? top.level >= level || !top.numbered
                    : top.level > level || (top.level == level && !top.numbered);
            if (!pop) {
                break;
            }
            headingStack.pop();
        }
        Section parent = headingStack.isEmpty() ? root : headingStack.peek();
        Section section = new Section(parent, level, text, numbered, line);
        parent.children.add(section);
        sections.add(section);
        headingStack.push(section);
        current = section;
        if (!slide.sawHeading) {
            slide.sawHeading = true;
            slide.headings = headingPath();
        }
        slide.text(text);
        touch();
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
            Integer marker = slideMarker(group);
            if (marker != null) {
                paragraphContent(pending, pendingLine);
                pending.clear();
                startSlide(marker, lineNo);
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

    private static Integer slideMarker(List<Node> group) {
        if (group.size() == 1 && group.get(0) instanceof Text t) {
            String s = t.getLiteral().strip();
            if (SLIDE_MARKER.matcher(s).matches()) {
                return Integer.parseInt(s.substring(1));
            }
        }
        return null;
    }

    private void paragraphContent(List<Node> nodes, int line) {
        if (nodes.isEmpty()) {
            return;
        }
        InlineContent content = InlineContent.ofNodes(nodes);
        touch();
        for (int i = 0; i < content.lines().size(); i++) {
            String l = content.lines().get(i);
            int at = line + i;
            CitationParser.parseAuthored(l).ifPresent(c -> current.citations.add(new CitationAt(c, slide.number, at)));
        }
        slide.text(content.text());
        addFigures(content, current.figures);
        content.links().forEach(url -> current.links.add(Link.of(url)));
    }

    private void list(ListBlock list) {
        touch();
        Deque<Object[]> stack = new ArrayDeque<>();
        stack.push(new Object[]{list, 0});
        while (!stack.isEmpty()) {
            Object[] entry = stack.pop();
            Node node = (Node) entry[0];
            int depth = (int) entry[1];
            List<Node> children = new ArrayList<>();
            for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
                children.add(c);
            }
            if (node instanceof ListBlock) {
                for (int i = children.size() - 1; i >= 0; i--) {
                    stack.push(new Object[]{children.get(i), depth});
                }
                continue;
            }
            List<String> text = new ArrayList<>();
            for (Node child : children) {
                if (child instanceof ListBlock) {
                    continue;
                }
                InlineContent content = InlineContent.of(child);
                text.addAll(content.lines());
                addFigures(content, current.figures);
                content.links().forEach(url -> current.links.add(Link.of(url)));
            }
            String point = Texts.squash(String.join(" ", text));
            if (!point.isEmpty()) {
                current.keyPoints.add("  ".repeat(depth) + point);
                slide.text(point);
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                if (children.get(i) instanceof ListBlock) {
                    stack.push(new Object[]{children.get(i), depth + 1});
                }
            }
        }
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
        touch();
        List<Annotation> annotations = Annotations.parse(content.lines(), noteId, slide.number, line);
        if (annotations.isEmpty()) {
            slide.text(content.text());
        } else {
            // Annotations are kept apart from the slide text: a search hit can then say "annotation".
            slide.annotations.addAll(annotations);
            current.annotations.addAll(annotations);
        }
        addFigures(content, current.figures);
    }

    private void table(TableBlock table, int line) {
        touch();
        List<SourceSpan> spans = table.getSourceSpans();
        List<TableRow> rows = new ArrayList<>();
        collectRows(table, rows);
        if (rows.isEmpty()) {
            return;
        }
        List<InlineContent> header = cells(rows.get(0));
        List<String> headerKeys = header.stream().map(c -> Texts.compact(c.text())).toList();
        boolean paperTable = headerKeys.contains("name") && headerKeys.contains("year");
        for (int r = 0; r < rows.size(); r++) {
            int rowLine = r == 0 ? line : spanLine(spans, r + 1, line);
            List<InlineContent> cells = r == 0 ? header : cells(rows.get(r));
            if (r > 0) {
                checkRowShape(rowLine, headerKeys.size());
            }
            for (InlineContent cell : cells) {
                slide.text(cell.text());
                addFigures(cell, null);
            }
            if (r == 0 && paperTable) {
                continue;
            }
            if (paperTable) {
                paperRow(headerKeys, cells, rowLine);
            } else {
                moreWorksRow(cells, rowLine);
            }
        }
    }

    private void paperRow(List<String> headerKeys, List<InlineContent> cells, int rowLine) {
        InlineContent name = cell(cells, headerKeys, "name");
        String title = name == null ? "" : Texts.squash(name.text());
        if (title.isEmpty()) {
            diagnostics.add(Diagnostic.warning(noteId, rowLine, "paper table row has no name; the row is kept as slide text only"));
            cells.forEach(c -> addFigures(c, current.figures));
            return;
        }
        InlineContent yearCell = cell(cells, headerKeys, "year");
        Integer year = null;
        if (yearCell != null) {
            Matcher m = YEAR.matcher(yearCell.text());
            year = m.find() ? Integer.valueOf(m.group()) : null;
        }
        List<Annotation> annotations = new ArrayList<>();
        List<String> keyPoints = new ArrayList<>();
        List<Figure> figures = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        InlineContent noteCell = cell(cells, headerKeys, "note");
        if (noteCell != null) {
            annotations.addAll(Annotations.parseLines(noteCell.lines(), noteId, slide.number, rowLine));
            noteCell.lines().stream().filter(l -> !Annotations.startsWithGlyph(l)).map(Texts::squash)
                    .filter(l -> !l.isEmpty()).forEach(keyPoints::add);
        }
        for (InlineContent c : cells) {
            addFigures(c, figures);
            c.links().forEach(url -> links.add(Link.of(url)));
        }
        List<String> tags = new ArrayList<>();
        InlineContent tagCell = cell(cells, headerKeys, "tags");
        if (tagCell != null) {
            for (String t : TAG_SEPARATORS.split(tagCell.text())) {
                String tag = Texts.squash(t);
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        slide.annotations.addAll(annotations);
        String prefix = Texts.titlePrefix(title);
        String excerpt = cells.stream().map(c -> Texts.squash(c.text())).filter(t -> !t.isEmpty())
                .reduce((a, b) -> a + " | " + b).orElse(title);
        rowMentions.add(new PaperMention(MentionKind.TABLE_ROW, noteId, rowLine, prefix,
                List.of(), new Citation(null, null, title, null, year), category(true), slideList(),
                keyPoints, figures, annotations, links, tags, excerpt));
    }

    private void moreWorksRow(List<InlineContent> cells, int rowLine) {
        List<RowPaper> papers = new ArrayList<>();
        for (InlineContent cell : cells) {
            rowPaper(cell).ifPresent(papers::add);
        }
        if (papers.size() != 1) {
            // A figure grid or a row of captions: the figures belong to the section the table is in.
            cells.forEach(c -> addFigures(c, current.figures));
            for (RowPaper p : papers) {
                rowMentions.add(p.mention(new ArrayList<>(), rowLine));
            }
            return;
        }
        List<Figure> figures = new ArrayList<>();
        cells.forEach(c -> addFigures(c, figures));
        RowPaper p = papers.get(0);
        slide.annotations.addAll(p.annotations);
        rowMentions.add(p.mention(figures, rowLine));
    }

    /** A "More Works" cell: a name with authors, a description, and the quoted title with venue and year. */
    private Optional<RowPaper> rowPaper(InlineContent cell) {
        List<String> cellLines = cell.lines();
        for (int k = 0; k < cellLines.size(); k++) {
            String line = cellLines.get(k);
            Optional<Citation> authored = CitationParser.parseAuthored(line);
            Optional<Citation> citation = authored.isPresent() ? authored : CitationParser.parseQuoted(line);
            if (citation.isEmpty()) {
                continue;
            }
            String name = null;
            String authors = citation.get().authors();
            int descriptionFrom = 0;
            if (k > 0) {
                Matcher m = NAME_AND_AUTHORS.matcher(cellLines.get(0));
                if (m.matches() && AUTHORS.matcher(m.group("authors").strip()).matches()) {
                    name = Texts.stripMath(Texts.squash(m.group("name").replace("*", "")));
                    authors = authors == null ? m.group("authors").strip() : authors;
                    descriptionFrom = 1;
                } else if (!cell.bold().isEmpty()) {
                    name = cell.bold().get(0);
                    descriptionFrom = 1;
                }
            }
            if (authors == null) {
                // Quoted text with a year but nobody who wrote it: a prompt caption, not a paper.
                return Optional.empty();
            }
            Citation c = citation.get();
            List<String> description = new ArrayList<>();
            for (int i = descriptionFrom; i < cellLines.size(); i++) {
                if (i != k) {
                    description.add(cellLines.get(i));
                }
            }
            List<Annotation> annotations = Annotations.parseLines(description, noteId, slide.number, 0);
            List<String> keyPoints = description.stream().filter(l -> !Annotations.startsWithGlyph(l))
                    .map(Texts::squash).filter(l -> !l.isEmpty()).toList();
            List<Link> links = cell.links().stream().map(Link::of).toList();
            return Optional.of(new RowPaper(name == null || name.isEmpty() ? null : name,
                    new Citation(c.prefix(), authors, c.title(), c.venue(), c.year()), keyPoints, annotations, links,
                    String.join("\n", cellLines)));
        }
        return Optional.empty();
    }

    private final class RowPaper {
        final String name;
        final Citation citation;
        final List<String> keyPoints;
        final List<Annotation> annotations;
        final List<Link> links;
        final String text;

        RowPaper(String name, Citation citation, List<String> keyPoints, List<Annotation> annotations, List<Link> links,
                 String text) {
            this.text = text;
            this.name = name;
            this.citation = citation;
            this.keyPoints = keyPoints;
            this.annotations = annotations;
            this.links = links;
        }

        PaperMention mention(List<Figure> figures, int line) {
            List<Annotation> placed = annotations.stream()
                    .map(a -> new Annotation(a.kind(), a.text(), a.note(), a.slide(), line)).toList();
            List<String> alt = new ArrayList<>();
            String prefix = Texts.titlePrefix(citation.title());
            if (prefix != null && (name == null || !Texts.compact(prefix).equals(Texts.compact(name)))) {
                alt.add(prefix);
            }
            return new PaperMention(MentionKind.MORE_WORKS, noteId, line, name, alt, citation, category(true),
                    slideList(), keyPoints, figures, placed, links, List.of(), text);
        }
    }

    // ---- slides ---------------------------------------------------------------------------------------------

    private void startSlide(int number, int line) {
        slides.add(slide);
        slide = new SlideDraft(number, line, headingPath());
    }

    private void touch() {
        current.slides.add(slide.number);
    }

    private List<Integer> slideList() {
        return slide.number > 0 ? List.of(slide.number) : List.of();
    }

    private void addFigures(InlineContent content, List<Figure> into) {
        for (InlineContent.ImageRef image : content.images()) {
            Figure f = new Figure(image.src(), noteId, slide.number, image.alt());
            if (!slide.figures.contains(f)) {
                slide.figures.add(f);
            }
            if (into != null && !into.contains(f)) {
                into.add(f);
            }
        }
    }

    private List<Slide> finishSlides() {
        List<Slide> out = new ArrayList<>();
        int end = footerLine > 0 ? footerLine - 1 : lines.length;
        for (int i = 0; i < slides.size(); i++) {
            SlideDraft d = slides.get(i);
            int from = d.line - 1;
            int to = i + 1 < slides.size() ? slides.get(i + 1).line - 1 : end;
            StringBuilder md = new StringBuilder();
            for (int l = Math.max(0, from); l < Math.min(to, lines.length); l++) {
                String text = lines[l];
                if (l == from && d.number > 0) {
                    text = text.replaceFirst("^\\s*P\\d+\\s*", "");
                }
                md.append(text).append('\n');
            }
            String markdown = md.toString().strip();
            String text = String.join("\n", d.text);
            if (d.number == 0 && text.isBlank() && d.figures.isEmpty()) {
                continue;
            }
            out.add(new Slide(noteId, d.number, d.line, d.headings, markdown, text, d.figures, d.annotations));
        }
        return out;
    }

    // ---- headings and paper sections -------------------------------------------------------------------------

    private List<String> headingPath() {
        List<String> path = new ArrayList<>();
        headingStack.descendingIterator().forEachRemaining(s -> path.add(s.label));
        return path;
    }

    /** The category the current place is filed under: heading labels, numbering and "More Works" removed. */
    private List<String> category(boolean includeCurrent) {
        return categoryOf(includeCurrent ? current : current.parent);
    }

    private static List<String> categoryOf(Section section) {
        List<Section> chain = new ArrayList<>();
        for (Section s = section; s != null && s.parent != null; s = s.parent) {
            chain.add(0, s);
        }
        List<String> path = new ArrayList<>();
        for (Section s : chain) {
            String label = categoryLabel(s.label);
            if (label.isEmpty() || (!path.isEmpty() && label.equalsIgnoreCase(path.get(path.size() - 1)))) {
                continue;
            }
            path.add(label);
        }
        return path;
    }

    static String categoryLabel(String heading) {
        String label = MORE_WORKS.matcher(Texts.stripNumbering(heading)).replaceAll(" ");
        return Texts.squash(label);
    }

    private String title() {
        Section first = null;
        for (Section s : sections) {
            if (first == null) {
                first = s;
            } else if (first.numbered && s.numbered && s.level > first.level && s.parent == first) {
                first = s;
            } else {
                break;
            }
        }
        return first == null ? noteId : first.label;
    }

    /**
     * Decides which headings are paper sections. A citation line belongs to the nearest heading above it that
     * names its paper; failing that, to the outermost heading above it that is neither numbered, a chapter, nor a
     * "More Works" collection. A citation with no such heading is a reference to the paper, not its section.
     */
    private List<PaperMention> resolveSections() {
        int minLevel = sections.stream().mapToInt(s -> s.level).min().orElse(0);
        boolean deeper = sections.stream().anyMatch(s -> s.level > minLevel);
        Map<Section, List<CitationAt>> owned = new LinkedHashMap<>();
        List<CitationAt> references = new ArrayList<>();
        for (Section s : sections) {
            for (CitationAt c : s.citations) {
                Section owner = null;
                Section outermost = null;
                for (Section a = s; a != null && a != root; a = a.parent) {
                    boolean candidate = !a.numbered && !a.isCollection() && !(deeper && a.level == minLevel);
                    if (!candidate) {
                        continue;
                    }
                    if (owner == null && namesPaper(a.label, c.citation.title())) {
                        owner = a;
                    }
                    outermost = a;
                }
                owner = owner != null ? owner : outermost;
                if (owner == null) {
                    references.add(c);
                } else {
                    owned.computeIfAbsent(owner, k -> new ArrayList<>()).add(c);
                }
            }
        }
        // Each owning section cites one paper; a second, different title in it is a reference.
        Map<Section, Citation> sectionPaper = new LinkedHashMap<>();
        for (Map.Entry<Section, List<CitationAt>> e : owned.entrySet()) {
            Citation main = mostFrequent(e.getValue());
            sectionPaper.put(e.getKey(), main);
            for (CitationAt c : e.getValue()) {
                if (!samePaper(c.citation.title(), main.title()) && !namesPaper(e.getKey().label, c.citation.title())) {
                    references.add(c);
                }
            }
        }
        // Slides titled like a paper section but with no citation line of their own (ModelScopeT2V, "Length = 1")
        // belong to that paper too.
        Map<String, Section> byLabel = new LinkedHashMap<>();
        sectionPaper.keySet().forEach(s -> byLabel.putIfAbsent(Texts.compact(s.label), s));
        Map<String, MentionDraft> drafts = new LinkedHashMap<>();
        for (Section s : sections) {
            Citation citation = sectionPaper.get(s);
            if (citation == null) {
                Section twin = byLabel.get(Texts.compact(s.label));
                if (twin == null || !s.citations.isEmpty() || s.isCollection() || s.numbered) {
                    continue;
                }
                citation = sectionPaper.get(twin);
            }
            String key = Texts.titleKey(citation.title());
            MentionDraft draft = drafts.get(key);
            if (draft == null) {
                for (Map.Entry<String, MentionDraft> d : drafts.entrySet()) {
                    // Drafts are filed under their title keys.
                    if (Texts.mayBeSameTitle(key, d.getKey()) && Texts.sameTitle(key, d.getKey())) {
                        draft = d.getValue();
                        break;
                    }
                }
            }
            if (draft == null) {
                draft = new MentionDraft(citation, s);
                drafts.put(key, draft);
            }
            draft.add(s, sectionPaper.keySet());
            for (CitationAt c : s.citations) {
                if (samePaper(c.citation.title(), draft.citation.title())) {
                    draft.titles.merge(c.citation.title(), 1, Integer::sum);
                }
            }
        }
        List<PaperMention> mentions = new ArrayList<>();
        drafts.values().forEach(d -> mentions.add(d.toMention()));
        mentions.addAll(referenceMentions(references));
        return mentions;
    }

    private List<PaperMention> referenceMentions(List<CitationAt> references) {
        Map<String, List<CitationAt>> byTitle = new LinkedHashMap<>();
        for (CitationAt c : references) {
            byTitle.computeIfAbsent(Texts.titleKey(c.citation.title()), k -> new ArrayList<>()).add(c);
        }
        List<PaperMention> out = new ArrayList<>();
        for (List<CitationAt> group : byTitle.values()) {
            Citation c = group.get(0).citation;
            Set<Integer> slideNumbers = new TreeSet<>();
            group.stream().filter(g -> g.slide > 0).forEach(g -> slideNumbers.add(g.slide));
            out.add(new PaperMention(MentionKind.REFERENCE, noteId, group.get(0).line, Texts.titlePrefix(c.title()),
                    List.of(), c, List.of(), List.copyOf(slideNumbers), List.of(), List.of(), List.of(), List.of(),
                    List.of(), citationLine(c)));
        }
        return out;
    }

    private static String citationLine(Citation c) {
        StringBuilder b = new StringBuilder();
        if (c.prefix() != null) {
            b.append(c.prefix()).append(": ");
        }
        if (c.authors() != null) {
            b.append(c.authors()).append(", ");
        }
        b.append('“').append(c.title()).append(",”");
        if (c.venue() != null) {
            b.append(' ').append(c.venue());
        }
        if (c.year() != null) {
            b.append(' ').append(c.year());
        }
        return b.append('.').toString();
    }

    private static Citation mostFrequent(List<CitationAt> citations) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Map<String, Citation> first = new LinkedHashMap<>();
        for (CitationAt c : citations) {
            String key = Texts.titleKey(c.citation.title());
            counts.merge(key, 1, Integer::sum);
            first.putIfAbsent(key, c.citation);
        }
        String best = counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        return first.get(best);
    }

    static boolean samePaper(String titleA, String titleB) {
        return Texts.sameTitle(Texts.titleKey(titleA), Texts.titleKey(titleB));
    }

    /** Whether a heading names the paper a title belongs to ({@code Show-1} for {@code Show-1: Marrying ...}). */
    static boolean namesPaper(String heading, String title) {
        String h = Texts.compact(Texts.stripMath(heading));
        if (h.length() < 2) {
            return false;
        }
        String t = Texts.compact(title);
        if (t.contains(h)) {
            return true;
        }
        String prefix = Texts.titlePrefix(title);
        if (prefix != null && h.contains(Texts.compact(prefix)) && Texts.compact(prefix).length() >= 3) {
            return true;
        }
        Matcher m = PARENTHETICAL.matcher(heading);
        while (m.find()) {
            String acronym = Texts.compact(m.group(1));
            if (acronym.length() >= 2 && t.contains(acronym)) {
                return true;
            }
        }
        return false;
    }

    private final class MentionDraft {
        final Citation citation;
        final Section first;
        final Set<Integer> slideNumbers = new TreeSet<>();
        final List<String> keyPoints = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        final List<Annotation> annotations = new ArrayList<>();
        final Set<Link> links = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        /** Each spelling of the title and how often it is written: the commonest one is kept. */
        final Map<String, Integer> titles = new LinkedHashMap<>();

        MentionDraft(Citation citation, Section first) {
            this.citation = citation;
            this.first = first;
        }

        void add(Section section, Set<Section> owners) {
            if (section.label.split("\\s+").length <= 5 || namesPaper(section.label, citation.title())) {
                names.add(section.label);
            }
            Deque<Section> stack = new ArrayDeque<>();
            stack.push(section);
            while (!stack.isEmpty()) {
                Section s = stack.pop();
                s.slides.stream().filter(n -> n > 0).forEach(slideNumbers::add);
                for (String k : s.keyPoints) {
                    keyPoints.add(k);
                }
                s.figures.stream().filter(f -> !figures.contains(f)).forEach(figures::add);
                annotations.addAll(s.annotations);
                links.addAll(s.links);
                for (int i = s.children.size() - 1; i >= 0; i--) {
                    Section child = s.children.get(i);
                    if (!owners.contains(child)) {
                        stack.push(child);
                    }
                }
            }
        }

        PaperMention toMention() {
            String title = titles.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey)
                    .orElse(citation.title());
            Citation citation = new Citation(this.citation.prefix(), this.citation.authors(), title,
                    this.citation.venue(), this.citation.year());
            String name = names.isEmpty() ? Texts.titlePrefix(citation.title()) : names.iterator().next();
            if (name != null) {
                // "The Power of Sound (TPoS)": the acronym is the name people use.
                Matcher acronym = PARENTHETICAL.matcher(name);
                if (acronym.find()) {
                    String without = Texts.squash(PARENTHETICAL.matcher(name).replaceAll(""));
                    if (SHORT_FORM.matcher(acronym.group(1).strip()).matches()
                            && Texts.abbreviates(acronym.group(1), name.substring(0, acronym.start()))) {
                        name = acronym.group(1).strip();
                    } else if (!without.isEmpty()) {
                        name = without; // "VideoPoet (Google)": an aside, not part of the name
                    }
                }
            }
            Set<String> alt = new LinkedHashSet<>();
            for (String n : names) {
                Matcher m = PARENTHETICAL.matcher(n);
                while (m.find()) {
                    if (Texts.abbreviates(m.group(1), n.substring(0, m.start()))) {
                        alt.add(m.group(1).strip());
                    }
                    String without = Texts.squash(PARENTHETICAL.matcher(n).replaceAll(""));
                    if (!without.isEmpty()) {
                        alt.add(without);
                    }
                }
                alt.add(n);
            }
            String prefix = Texts.titlePrefix(citation.title());
            if (prefix != null) {
                alt.add(prefix);
            }
            String chosen = name;
            alt.removeIf(a -> chosen != null && Texts.compact(a).equals(Texts.compact(chosen)));
            return new PaperMention(MentionKind.SECTION, noteId, first.line, chosen, List.copyOf(alt), citation,
                    categoryOf(first.parent), List.copyOf(slideNumbers), dedupe(keyPoints), figures, annotations,
                    List.copyOf(links), List.of(), null);
        }
    }

    private static List<String> dedupe(List<String> items) {
        return List.copyOf(new LinkedHashSet<>(items));
    }

    // ---- tables ---------------------------------------------------------------------------------------------

    private static void collectRows(Node table, List<TableRow> rows) {
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                if (row instanceof TableRow r) {
                    rows.add(r);
                }
            }
        }
    }

    private static List<InlineContent> cells(TableRow row) {
        List<InlineContent> cells = new ArrayList<>();
        for (Node c = row.getFirstChild(); c != null; c = c.getNext()) {
            if (c instanceof TableCell) {
                cells.add(InlineContent.of(c));
            }
        }
        return cells;
    }

    private static InlineContent cell(List<InlineContent> cells, List<String> headerKeys, String key) {
        int i = headerKeys.indexOf(key);
        return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }

    /** GFM pads short rows and drops cells past the header's count: say so, and keep the dropped text. */
    private void checkRowShape(int rowLine, int headerCells) {
        if (rowLine < 1 || rowLine > lines.length) {
            return;
        }
        String raw = lines[rowLine - 1].strip();
        if (raw.startsWith("|")) {
            raw = raw.substring(1);
        }
        if (raw.endsWith("|") && !raw.endsWith("\\|")) {
            raw = raw.substring(0, raw.length() - 1);
        }
        String[] parts = UNESCAPED_PIPE.split(raw, -1);
        if (parts.length == headerCells) {
            return;
        }
        if (parts.length > headerCells) {
            StringBuilder dropped = new StringBuilder();
            for (int i = headerCells; i < parts.length; i++) {
                dropped.append(parts[i].strip()).append(' ');
            }
            slide.text(dropped.toString().strip());
            diagnostics.add(Diagnostic.warning(noteId, rowLine, "table row has " + parts.length
                    + " cells but the header has " + headerCells + "; the extra cells are kept as slide text"));
        } else {
            diagnostics.add(Diagnostic.warning(noteId, rowLine, "table row has " + parts.length
                    + " cells but the header has " + headerCells + "; the missing cells are read as empty"));
        }
    }

    private static int spanLine(List<SourceSpan> spans, int index, int fallback) {
        return index < spans.size() ? spans.get(index).getLineIndex() + 1 : fallback;
    }

    private static int lineOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }

    // ---- state ----------------------------------------------------------------------------------------------

    private record CitationAt(Citation citation, int slide, int line) {
    }

    private static final class Section {
        final Section parent;
        final int level;
        final String label;
        final boolean numbered;
        final int line;
        final List<Section> children = new ArrayList<>();
        final Set<Integer> slides = new LinkedHashSet<>();
        final List<Figure> figures = new ArrayList<>();
        final List<Annotation> annotations = new ArrayList<>();
        final List<String> keyPoints = new ArrayList<>();
        final List<Link> links = new ArrayList<>();
        final List<CitationAt> citations = new ArrayList<>();

        Section(Section parent, int level, String label, boolean numbered, int line) {
            this.parent = parent;
            this.level = level;
            this.label = label;
            this.numbered = numbered;
            this.line = line;
        }

        /** "More Works", "Sound-Guided Video Generation: More Works", "Other Closed-Source Works". */
        boolean isCollection() {
            String l = Texts.stripNumbering(label).toLowerCase(Locale.ROOT);
            return MORE_WORKS.matcher(l).find() || OTHER_WORKS.matcher(l).matches();
        }
    }

    private static final class SlideDraft {
        final int number;
        final int line;
        List<String> headings;
        boolean sawHeading;
        final List<String> text = new ArrayList<>();
        final List<Figure> figures = new ArrayList<>();
        final List<Annotation> annotations = new ArrayList<>();

        SlideDraft(int number, int line, List<String> headings) {
            this.number = number;
            this.line = line;
            this.headings = headings;
        }

        void text(String t) {
            if (t != null && !t.isBlank()) {
                text.add(t);
            }
        }
    }
}
