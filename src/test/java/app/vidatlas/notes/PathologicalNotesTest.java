package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Slide;
import app.vidatlas.pages.NoteHtml;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile inputs that overflowed the stack or ran for seconds now load and render, say where they were cut, and
 * keep their text. (How long they take is printed by {@code PathologicalNotesBenchmark}, not asserted here.)
 */
class PathologicalNotesTest {

    private static ParsedNote parse(String markdown) {
        return new MarkdownNoteParser().parse("hostile.md", markdown);
    }

    private static String renderAll(ParsedNote n) {
        StringBuilder html = new StringBuilder();
        for (Slide s : n.note().slides()) {
            html.append(NoteHtml.render(s.markdown(), n.note().id(), s.number(), NoteHtml.figures(f -> ""), null, null));
        }
        return html.toString();
    }

    private static List<String> warnings(ParsedNote n) {
        return n.diagnostics().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void aThousandListMarkersOnALineNoLongerOverflowTheStack() {
        ParsedNote n = parse("P1\n## Deep\n\n" + "- ".repeat(1000) + "x\n");
        assertThat(renderAll(n)).contains("x");
        assertThat(warnings(n)).anyMatch(w -> w.startsWith("hostile.md:4: warning: nested more than 16 levels"));
    }

    @Test
    void fiveThousandQuoteMarkersAreKeptAsText() {
        ParsedNote n = parse("> ".repeat(5000) + "deep words\n");
        assertThat(n.note().slides().get(0).text()).contains("deep words").contains(">");
        assertThat(renderAll(n)).contains("deep words");
        assertThat(warnings(n)).anyMatch(w -> w.startsWith("hostile.md:1: warning: nested more than 16 levels"));
    }

    @Test
    void nestedBracketsAndAnEnormousLineAreBoundedAndSaid() {
        ParsedNote brackets = parse("P1\n" + ("[".repeat(19_990) + "\n").repeat(8) + "[".repeat(90_000) + "end\n");
        assertThat(brackets.note().slides().get(0).text()).endsWith("end");
        assertThat(warnings(brackets)).anyMatch(w -> w.contains("unclosed ["));

        ParsedNote line = parse("P1\n" + "[".repeat(8_000_000) + "\nafter\n");
        assertThat(warnings(line)).anyMatch(w -> w.startsWith("hostile.md:2: warning: a line of 8000000 characters"));
        assertThat(line.note().slides().get(0).text()).contains("after");
        assertThat(renderAll(line)).contains("after");
    }

    @Test
    void deepIndentationAndHugeTablesLoadWithTheirText() {
        StringBuilder indented = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            indented.append(" ".repeat(2 * i)).append("- item").append(i).append('\n');
        }
        ParsedNote n = parse(indented.toString());
        assertThat(renderAll(n)).contains("item299");
        assertThat(warnings(n)).anyMatch(w -> w.contains("indented more than 64 columns"));

        StringBuilder table = new StringBuilder("|Method|Idea|\n|---|---|\n");
        for (int i = 0; i < 5_000; i++) {
            table.append("|m").append(i).append("|idea|\n");
        }
        ParsedNote big = parse(table.toString());
        assertThat(warnings(big)).anyMatch(w -> w.startsWith("hostile.md:2003: warning: a table of more than 2000 rows"));
        assertThat(big.note().slides().get(0).text()).contains("m0").contains("m4999");
        assertThat(renderAll(big)).contains("m4999");
    }

    @Test
    void aNoteOfOrdinarySizeIsLeftAsItIs() {
        String note = "P1\n## Show-1\n\n- a [link](https://example.org) and *emphasis*\n\n> &#x2705; 注释\n";
        assertThat(NoteBounds.bound("n.md", note).text()).isEqualTo(note);
        assertThat(NoteBounds.bound("n.md", note).diagnostics()).isEmpty();
    }

    @Test
    void pastItsTimeTheRestOfABigNoteIsReadAsPlainTextWithItsSlides() {
        // A note in pieces (over 2,000 non-blank lines in a row) with no time at all: the first piece is parsed,
        // the rest read line by line, slide markers included, and said.
        StringBuilder md = new StringBuilder("P1\n## First\n\n");
        md.append("line\n".repeat(2_500)).append("P2\n**last words**\n");
        ParsedNote n = new MarkdownWalk("big.md", md.toString(), s -> org.commonmark.parser.Parser.builder().extensions(List.of(org.commonmark.ext.gfm.tables.TablesExtension.create())).includeSourceSpans(org.commonmark.parser.IncludeSourceSpans.BLOCKS).build().parse(s), 0).run();
        assertThat(n.note().slides()).extracting(Slide::number).containsExactly(1, 2);
        assertThat(n.note().slides().get(1).text()).contains("**last words**");
        assertThat(warnings(n)).anyMatch(w -> w.startsWith("big.md:2004: warning: the note took over 0.0 s to read"));
    }
}
