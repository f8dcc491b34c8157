package app.vidatlas.cli;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.Reachability;
import app.vidatlas.model.Slide;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.Findings;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.library.IndexedNotes;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code vidatlas check}: what the notes gave, note by note: the papers found, the lines that looked like citations
 * but gave no paper, the other warnings, and the words no page shows. For whoever writes or fixes the notes.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check the notes: per note, the papers found, lines that look like citations but gave no paper, "
                + "other warnings, and text that no page shows.")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json }


    /** One note's findings, in the shape both formats print. */
    record NoteReport(String note, String title, int paperCount, List<String> papers, List<Diagnostic> unreadCitations,
                      List<Diagnostic> warnings, List<Reachability.Gap> unreachable) {
    }

    @Mixin
    LibraryOptions library;

    @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
    Format format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return library.runOnCatalog(spec, false, this::check);
    }

    private int check(Catalog catalog, IndexedNotes notes, PrintWriter out, PrintWriter err)
            throws JsonProcessingException {
        if (catalog.isEmpty()) {
            catalog.diagnostics().forEach(d -> err.println(Terminal.safe(d.toString())));
            library.reportNothingLoaded(err);
            return 1;
        }
        // The note files, by id: the sources for the lines no slide holds, the names diagnostics use.
        Map<String, NoteFile> fileById = new HashMap<>();
        Map<String, String> idByDisplay = new HashMap<>();
        notes.noteFiles().forEach(f -> {
            fileById.put(f.id(), f);
            idByDisplay.put(f.display(), f.id());
        });
        Map<String, List<Reachability.Gap>> gaps = Reachability.of(catalog, n -> source(fileById.get(n.id())));

        Map<String, List<Diagnostic>> byNote = new HashMap<>();
        List<Diagnostic> other = new ArrayList<>();
        for (Diagnostic d : catalog.diagnostics()) {
            String id = idByDisplay.get(d.file());
            if (id != null && catalog.note(id).isPresent()) {
                byNote.computeIfAbsent(id, k -> new ArrayList<>()).add(d);
            } else {
                other.add(d);
            }
        }
        Map<String, List<String>> papersByNote = new HashMap<>();
        for (Paper p : catalog.papers()) {
            p.sources().forEach(s -> papersByNote.computeIfAbsent(s.note(), k -> new ArrayList<>()).add(p.shortName()));
        }
        List<NoteReport> reports = new ArrayList<>();
        for (Note n : catalog.notes()) {
            List<Diagnostic> unread = new ArrayList<>();
            List<Diagnostic> warnings = new ArrayList<>();
            for (Diagnostic d : byNote.getOrDefault(n.id(), List.of())) {
                (d.message().startsWith(Findings.UNREAD_CITATION) ? unread : warnings).add(d);
            }
            List<String> papers = papersByNote.getOrDefault(n.id(), List.of());
            reports.add(new NoteReport(n.id(), n.title(), papers.size(), papers, unread, warnings,
                    gaps.getOrDefault(n.id(), List.of())));
        }
        if (format == Format.json) {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("notes", reports);
            json.put("other", other);
            out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(json));
        } else {
            reports.forEach(r -> print(r, out));
            if (!other.isEmpty()) {
                out.println("Other problems (" + other.size() + ")");
                other.forEach(d -> out.println("  " + Terminal.safe(d.toString())));
            }
        }
        return 0;
    }

    private static void print(NoteReport r, PrintWriter out) {
        out.println(Terminal.safe(r.note()) + " — " + Terminal.safe(r.title()));
        out.println("  papers: " + r.paperCount() + (r.papers().isEmpty() ? ""
                : " (" + Terminal.safe(String.join(", ", r.papers())) + ")"));
        out.println("  lines that look like citations but gave no paper: " + r.unreadCitations().size());
        r.unreadCitations().forEach(d -> out.println("    line " + d.line() + ": " + Terminal.safe(d.message())));
        out.println("  other warnings: " + r.warnings().size());
        r.warnings().forEach(d -> out.println("    line " + d.line() + ": " + Terminal.safe(d.message())));
        List<Reachability.Gap> lost = r.unreachable().stream().filter(g -> !g.reachable()).toList();
        List<Reachability.Gap> apart = r.unreachable().stream().filter(Reachability.Gap::reachable).toList();
        out.println("  text no page shows: " + lost.size());
        lost.forEach(g -> print(g, out));
        out.println("  text shown only below its slide (the slide's markdown does not hold it): " + apart.size());
        apart.forEach(g -> print(g, out));
    }

    /** How much of a text the report quotes: the line tells where the rest is (a huge line would fill the terminal). */
    static final int QUOTED = 200;

    private static void print(Reachability.Gap g, PrintWriter out) {
        String text = g.text().length() <= QUOTED ? g.text()
                : g.text().substring(0, QUOTED) + "… (" + g.text().length() + " characters)";
        out.println("    " + (g.slide() > 0 ? Slide.label(g.slide()) + " " : "") + "line " + g.line() + " (" + g.what()
                + "): " + Terminal.safe(text));
    }

    /** The note as written, or null when it cannot be read again (its lines are then not checked). */
    private static String source(NoteFile f) {
        if (f == null) {
            return null;
        }
        try {
            return Files.readString(f.path(), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }
}
