package app.vidatlas.bench;

import app.vidatlas.model.Slide;
import app.vidatlas.notes.MarkdownNoteParser;
import app.vidatlas.notes.ParsedNote;
import app.vidatlas.pages.NoteHtml;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Prints figures; asserts nothing about time. Run with {@code mvn -Pbench verify -Dtest=PathologicalNotesBenchmark}.
 * The worst inputs found so far, each parsed and rendered as a page would be, after the bounds: time, bytes
 * allocated, and the heap still held after a GC with the parsed note alive.
 */
@Tag("benchmark")
class PathologicalNotesBenchmark {

    private static Map<String, String> inputs() {
        Map<String, String> in = new LinkedHashMap<>();
        in.put("\"- \" x 1000 + \"x\"", "- ".repeat(1000) + "x\n");
        in.put("\"> \" x 5000", "> ".repeat(5000) + "x\n");
        in.put("160 KB of nested [", ("[".repeat(20_000) + "\n").repeat(8));
        in.put("8 MB line of [", "[".repeat(8_000_000) + "\n");
        in.put("100k * and _", "*_".repeat(50_000) + "x" + "_*".repeat(50_000) + "\n");
        StringBuilder indent = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            indent.append(" ".repeat(2 * i)).append("- x\n");
        }
        in.put("2000 lines indented 2 more each (4 MB)", indent.toString());
        StringBuilder table = new StringBuilder("|h|h|h|\n|-|-|-|\n");
        table.append("|a|b|c|\n".repeat(200_000));
        in.put("table of 200k rows (1.6 MB)", table.toString());
        StringBuilder cites = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            cites.append("Zhang et al., “Title number ").append(i).append(",” arXiv 2023.\n");
        }
        in.put("100k citation lines, one paragraph (5 MB)", cites.toString());
        in.put("8 MB of lines of [", ("[".repeat(19_999) + "\n").repeat(400));
        return in;
    }

    @Test
    void worstCases() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Map<String, String> in = inputs();
        System.out.printf(Locale.ROOT, "%n%-44s %9s %9s %11s %9s%n", "input", "parse ms", "page ms", "alloc MB",
                "held MB");
        for (int round = 0; round < 2; round++) {
            for (Map.Entry<String, String> e : in.entrySet()) {
                long tid = Thread.currentThread().getId();
                long allocated = threads.getThreadAllocatedBytes(tid);
                long t0 = System.nanoTime();
                ParsedNote note = new MarkdownNoteParser().parse("hostile.md", e.getValue());
                long t1 = System.nanoTime();
                for (Slide s : note.note().slides()) {
                    NoteHtml.render(s.markdown(), "hostile.md", s.number(), NoteHtml.figures(f -> ""), null, null);
                }
                long t2 = System.nanoTime();
                long alloc = threads.getThreadAllocatedBytes(tid) - allocated;
                System.gc();
                long held = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
                if (round == 1) {
                    System.out.printf(Locale.ROOT, "%-44s %9d %9d %11d %9d%n", e.getKey(), (t1 - t0) / 1_000_000,
                            (t2 - t1) / 1_000_000, alloc >> 20, held >> 20);
                }
                note.note().slides().size();
            }
        }
    }
}
