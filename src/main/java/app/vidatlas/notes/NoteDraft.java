package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Link;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What the walk over one note has gathered so far, shared by the readers of each construct: the slides, the heading
 * tree, the papers of table rows, the citations read in text, the numbered reference list and the findings.
 */
final class NoteDraft {
    private static final int EXCERPT = 120;
    /** No citation is this long (the notes book's longest reference entry has about 500 characters). */
    private static final int MAX_CITATION = 2_000;

    final String noteId;
    final String[] lines;
    final SlideTrack slides;
    final HeadingTree headings = new HeadingTree();
    final List<Diagnostic> diagnostics = new ArrayList<>();
    final ReferenceList references = new ReferenceList();
    /** Papers of table rows and "More Works" cells, with the slide they sit on. */
    final List<RowMention> rows = new ArrayList<>();
    /** Citations that cannot make a heading a paper section: in tables, annotations, or bracketed in a sentence. */
    final List<HeadingTree.CitationAt> loose = new ArrayList<>();

    record RowMention(PaperMention mention, SlideTrack.Draft slide, HeadingTree.Section section) {
    }

    NoteDraft(String noteId, String[] lines) {
        this.noteId = noteId;
        this.lines = lines;
        this.slides = new SlideTrack(noteId);
    }

    /** The current slide is part of the current section. */
    void touch() {
        headings.current().slides.add(slides.number());
    }

    void links(InlineContent content, List<Link> into) {
        content.links().forEach(url -> into.add(Link.of(url)));
    }

    /**
     * Reads every line of some content for the papers it cites. {@code canOwn}: a citation line standing in the
     * text under a heading may make that heading the paper's section; one in a table or an annotation never does.
     */
    void citations(List<String> contentLines, int line, boolean canOwn) {
        for (int i = 0; i < contentLines.size(); i++) {
            citations(contentLines.get(i), line > 0 ? line + i : line, canOwn);
        }
    }

    void citations(String text, int line, boolean canOwn) {
        if (text.length() > MAX_CITATION) {
            return;
        }
        List<CitedPaper> several = CitationRecognizer.several(text);
        if (several.size() > 1) {
            // Which of them a heading above would be is not for one line to say: each is a reference.
            int slide = slides.number();
            several.forEach(c -> add(new HeadingTree.CitationAt(c, slide, line), false));
            return;
        }
        int slide = slides.number();
        Optional<CitedPaper> whole = CitationRecognizer.whole(text);
        if (whole.isPresent() && !TitleCheck.isTitle(whole.get().title())) {
            finding(line, Findings.UNREAD_CITATION, text);
            return;
        }
        if (whole.isPresent()) {
            CitedPaper c = whole.get();
            if (c.marker() != null && CitationRecognizer.strip(text).startsWith("[")) {
                references.entry(c, slide, line);
            } else {
                add(new HeadingTree.CitationAt(c, slide, line), canOwn);
            }
            return;
        }
        CitedPaper numbered = InlineReferences.numbered(CitationRecognizer.strip(text));
        if (numbered != null) {
            references.marker(numbered, slide, line);
            return;
        }
        List<CitedPaper> inline = InlineReferences.findAll(text);
        inline.forEach(c -> loose.add(new HeadingTree.CitationAt(c, slide, line)));
        if (inline.isEmpty() && CitationRecognizer.looksCited(text)) {
            finding(line, Findings.UNREAD_CITATION, text);
        }
    }

    private void add(HeadingTree.CitationAt c, boolean canOwn) {
        if (canOwn) {
            headings.current().citations.add(c);
        } else {
            loose.add(c);
        }
    }

    void finding(int line, String what, String text) {
        String t = Texts.squash(text);
        String excerpt = t.length() > EXCERPT ? t.substring(0, EXCERPT) + "…" : t;
        diagnostics.add(Diagnostic.notice(noteId, line, what + ": «" + excerpt + "»"));
    }
}
