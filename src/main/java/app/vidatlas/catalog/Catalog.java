package app.vidatlas.catalog;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.notes.Texts;

import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every paper the notes talk about, once each, with the notes they came from and what went wrong while loading.
 *
 * <p>Immutable; the look-ups by id are built once here, not by each caller (a catalog can hold 100,000 papers).
 */
public final class Catalog {
    private final List<Paper> papers;
    private final List<Note> notes;
    private final List<Diagnostic> diagnostics;
    private final Map<String, Paper> papersById;
    private final Map<String, Note> notesById;

    /**
     * @param papers      the papers, in the order the notes first bring them up
     * @param notes       the notes that loaded, in the loader's order (a book's, else their ids')
     * @param diagnostics problems with notes or metadata
     */
    public Catalog(List<Paper> papers, List<Note> notes, List<Diagnostic> diagnostics) {
        this.papers = List.copyOf(papers);
        this.notes = List.copyOf(notes);
        this.diagnostics = List.copyOf(diagnostics);
        this.papersById = index(this.papers, Paper::id);
        this.notesById = index(this.notes, Note::id);
    }

    private static <T> Map<String, T> index(List<T> items, Function<T, String> id) {
        Map<String, T> map = new LinkedHashMap<>();
        items.forEach(t -> map.put(id.apply(t), t));
        return Collections.unmodifiableMap(map);
    }

    public List<Paper> papers() {
        return papers;
    }

    public List<Note> notes() {
        return notes;
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    public Optional<Paper> paper(String id) {
        return Optional.ofNullable(papersById.get(id));
    }

    public Optional<Note> note(String id) {
        return Optional.ofNullable(notesById.get(id));
    }

    /** The papers by id, in catalog order (read-only). */
    public Map<String, Paper> byId() {
        return papersById;
    }

    /** The notes by id, in the catalog's order of notes (read-only). */
    public Map<String, Note> notesById() {
        return notesById;
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
                        .map(n -> n.contains(q) || q.contains(n) && n.length() >= 3 ? 0.9 : Texts.similarity(q, n))
                        .max(Double::compare).orElse(0.0)))
                .map(s -> new Scored(s.paper, Math.max(s.score, Texts.similarity(q, Texts.compact(s.paper.id())))))
                .filter(s -> s.score >= 0.5)
                .max(Comparator.comparingDouble(Scored::score))
                .map(Scored::paper);
    }

    /** Whether any note loaded at all. */
    public boolean isEmpty() {
        return notes.isEmpty();
    }
}
