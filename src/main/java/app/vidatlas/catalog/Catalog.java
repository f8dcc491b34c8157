package app.vidatlas.catalog;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.Texts;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every paper the notes talk about, once each, with the notes they came from and what went wrong while loading.
 *
 * @param papers      the papers, in the order the notes first bring them up
 * @param notes       the notes that loaded, in id order
 * @param diagnostics problems with notes or metadata
 */
public record Catalog(List<Paper> papers, List<Note> notes, List<Diagnostic> diagnostics) {
    public Catalog {
        papers = List.copyOf(papers);
        notes = List.copyOf(notes);
        diagnostics = List.copyOf(diagnostics);
    }

    public Optional<Paper> paper(String id) {
        return papers.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    public Optional<Note> note(String id) {
        return notes.stream().filter(n -> n.id().equals(id)).findFirst();
    }

    public Map<String, Paper> byId() {
        Map<String, Paper> map = new LinkedHashMap<>();
        papers.forEach(p -> map.put(p.id(), p));
        return map;
    }

    /**
     * The paper a mistyped id or name most likely meant, judged against ids, short names and aliases; empty when
     * nothing is close.
     */
    public Optional<Paper> closest(String query) {
        String q = Texts.compact(query);
        if (q.isEmpty()) {
            return Optional.empty();
        }
        record Scored(Paper paper, double score) {
        }
        return papers.stream()
                .map(p -> new Scored(p, p.names().stream().map(Texts::compact)
                        .map(n -> n.contains(q) || q.contains(n) && n.length() >= 3 ? 0.9 : similarity(q, n))
                        .max(Double::compare).orElse(0.0)))
                .map(s -> new Scored(s.paper, Math.max(s.score, similarity(q, Texts.compact(s.paper.id())))))
                .filter(s -> s.score >= 0.5)
                .max(Comparator.comparingDouble(Scored::score))
                .map(Scored::paper);
    }

    private static double similarity(String a, String b) {
        int max = Math.max(a.length(), b.length());
        return max == 0 ? 0 : 1.0 - (double) Texts.levenshtein(a, b) / max;
    }

    /** Whether any note loaded at all. */
    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
