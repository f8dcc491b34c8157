package app.vidatlas.notes;

import app.vidatlas.model.Annotation;
import app.vidatlas.model.Citation;
import app.vidatlas.model.Figure;
import app.vidatlas.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A row that is one paper: a paper table's row ({@code |ID|Year|Name|Note|Tags|Link|} and its many variants), or a
 * "More Works" cell. The name cell may hold a bare title, a title in bold, a name with its reference
 * ({@code **ATOM** [Zhai et al., 2023]}), a whole citation, or a "More Works" description; each gives the title and
 * keeps authors, venue and year as fields.
 */
final class PaperRow {
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern NOT_A_TAG = Pattern.compile("(?i)\\[?link]?|https?://\\S+|readpapers/\\d+|pdf|arxiv|code|project( page)?");
    private static final Pattern TAG_SEPARATORS = Pattern.compile("[,，、;；]");

    /** Where a paper table keeps what: the name (or title) column, the year, the note and the tags. */
    record Columns(List<String> keys, int name, int year, int note, int tags) {
        static Columns of(List<String> keys) {
            int name = keys.indexOf("name") >= 0 ? keys.indexOf("name") : keys.indexOf("title");
            boolean paperTable = name >= 0 && (keys.contains("year") || keys.contains("id"));
            return paperTable ? new Columns(keys, name, keys.indexOf("year"), keys.indexOf("note"), keys.indexOf("tags"))
                    : null;
        }
    }

    private final NoteDraft draft;

    PaperRow(NoteDraft draft) {
        this.draft = draft;
    }

    void read(Columns columns, List<InlineContent> cells, int rowLine) {
        InlineContent nameCell = at(cells, columns.name());
        Optional<MoreWorksCell.Paper> described = nameCell == null ? Optional.empty()
                : MoreWorksCell.read(nameCell, draft.noteId, draft.slides.number());
        Title title = described.map(p -> new Title(p.name(), p.citation()))
                .orElseGet(() -> title(nameCell));
        if (title == null) {
            String text = nameCell == null ? "" : nameCell.text();
            if (!Texts.squash(text).isEmpty()) {
                draft.finding(rowLine, Findings.NOT_A_TITLE, text);
            }
            cells.forEach(c -> draft.slides.figures(c, draft.headings.current().figures));
            return;
        }
        Integer year = title.citation.year();
        InlineContent yearCell = at(cells, columns.year());
        if (yearCell != null) {
            Matcher m = YEAR.matcher(yearCell.text());
            year = m.find() ? Integer.valueOf(m.group()) : year;
        }
        List<Annotation> annotations = new ArrayList<>();
        List<String> keyPoints = new ArrayList<>();
        described.ifPresent(p -> {
            annotations.addAll(p.annotations());
            keyPoints.addAll(p.keyPoints());
        });
        for (int i = 0; i < cells.size(); i++) {
            if (i == columns.name() || i == columns.year() || i == columns.tags() || columns.keys().size() <= i
                    || columns.keys().get(i).equals("id") || columns.keys().get(i).equals("link")) {
                continue;
            }
            // Every descriptive column (Note, 解决了什么痛点, 主要贡献是什么, …) says something about the paper.
            InlineContent cell = cells.get(i);
            annotations.addAll(Annotations.parseLines(cell.lines(), draft.noteId, draft.slides.number(), rowLine));
            cell.lines().stream().filter(l -> !Annotations.startsWithGlyph(l)).map(Texts::squash)
                    .filter(l -> !l.isEmpty()).forEach(keyPoints::add);
            cell.lines().forEach(l -> draft.citations(l, rowLine, false));
        }
        List<Figure> figures = new ArrayList<>();
        List<Link> links = new ArrayList<>();
        for (InlineContent c : cells) {
            draft.slides.figures(c, figures);
            draft.links(c, links);
        }
        List<String> tags = new ArrayList<>();
        InlineContent tagCell = at(cells, columns.tags());
        if (tagCell != null) {
            for (String t : TAG_SEPARATORS.split(tagCell.text())) {
                String tag = Texts.squash(t);
                // A short row's cells shift left: its link can land under Tags ("link", "ReadPapers/220").
                if (!tag.isEmpty() && !NOT_A_TAG.matcher(tag).matches() && !tagCell.links().contains(tag)) {
                    tags.add(tag);
                }
            }
        }
        draft.slides.current().annotations.addAll(annotations);
        Citation c = title.citation;
        String name = title.name != null ? title.name : Texts.titlePrefix(c.title());
        String excerpt = cells.stream().map(x -> Texts.squash(x.text())).filter(t -> !t.isEmpty())
                .reduce((a, b) -> a + " | " + b).orElse(c.title());
        PaperMention mention = new PaperMention(MentionKind.TABLE_ROW, draft.noteId, rowLine, name, List.of(),
                new Citation(c.prefix(), c.authors(), c.title(), c.venue(), year),
                HeadingTree.categoryOf(draft.headings.current()), draft.slides.numbers(), keyPoints, figures,
                annotations, links, tags, excerpt);
        draft.rows.add(new NoteDraft.RowMention(mention, draft.slides.current(), draft.headings.current()));
    }

    /** A "More Works" paper found in a cell of another table. */
    void add(MoreWorksCell.Paper p, List<Figure> figures, int line) {
        List<Annotation> placed = p.annotations().stream()
                .map(a -> new Annotation(a.kind(), a.text(), a.note(), a.slide(), line)).toList();
        List<String> alt = new ArrayList<>();
        String prefix = Texts.titlePrefix(p.citation().title());
        if (prefix != null && (p.name() == null || !Texts.compact(prefix).equals(Texts.compact(p.name())))) {
            alt.add(prefix);
        }
        PaperMention mention = new PaperMention(MentionKind.MORE_WORKS, draft.noteId, line, p.name(), alt,
                p.citation(), HeadingTree.categoryOf(draft.headings.current()), draft.slides.numbers(), p.keyPoints(),
                figures, placed, p.links(), List.of(), p.text());
        draft.rows.add(new NoteDraft.RowMention(mention, draft.slides.current(), draft.headings.current()));
    }

    private record Title(String name, Citation citation) {
    }

    /** The title a name cell gives: a whole citation's, a name with its reference, or the cell as written. */
    private static Title title(InlineContent cell) {
        if (cell == null || cell.lines().isEmpty()) {
            return null;
        }
        String first = CitationRecognizer.strip(cell.lines().get(0));
        List<CitedPaper> cited = CitationRecognizer.all(first);
        // A whole citation (no name of its own), or a name at the start with its bracketed reference.
        if (!cited.isEmpty() && (cited.get(0).name() == null || first.startsWith(cited.get(0).name()))) {
            CitedPaper c = cited.get(0);
            return TitleCheck.isTitle(c.title()) ? new Title(c.name(), c.citation()) : null;
        }
        CitedPaper numbered = InlineReferences.numbered(first);
        String text = numbered != null ? numbered.title()
                : CitationParts.cleanTitle(Texts.squash(String.join(" ", cell.lines())));
        return TitleCheck.isTitle(text) ? new Title(null, new Citation(null, null, text, null, null)) : null;
    }

    private static InlineContent at(List<InlineContent> cells, int i) {
        return i >= 0 && i < cells.size() ? cells.get(i) : null;
    }
}
