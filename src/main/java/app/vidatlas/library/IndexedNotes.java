package app.vidatlas.library;

import app.vidatlas.catalog.Catalog;
import app.vidatlas.index.NotesIndex;
import app.vidatlas.index.QuickStart;
import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;
import app.vidatlas.model.Paper;
import app.vidatlas.model.Progress;
import app.vidatlas.notes.NoteFile;
import app.vidatlas.notes.NoteLocation;
import app.vidatlas.search.RecoveringSearcher;
import app.vidatlas.search.SearchBackend;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.work.Workers;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A set of notes with their index: the catalog made by the one {@link CatalogPipeline} from the notes the index
 * parsed (or kept parsed), search over the index, and the quick-start reads that need no catalog. What the window's
 * {@link AppSession} and every CLI command stand on.
 */
public final class IndexedNotes implements Closeable {
    private final NotesIndex index;
    private final CatalogPipeline pipeline;
    private final SearchBackend search;

    private IndexedNotes(NotesIndex index, CatalogPipeline pipeline) {
        this.index = index;
        this.pipeline = pipeline;
        this.search = new RecoveringSearcher(index);
    }

    /** Opens the index of these notes (building or updating it as needed), with the bundled metadata. */
    public static IndexedNotes open(Path indexDir, List<NoteLocation> notes, Progress progress) throws IOException {
        return open(indexDir, notes, CatalogPipeline.bundled(), progress, Workers.shared());
    }

    /** Opens the index of these notes with this metadata; parsing and indexing run on {@code runner}. */
    public static IndexedNotes open(Path indexDir, List<NoteLocation> notes, Path papersJson, String papersDisplay,
                                    Progress progress) throws IOException {
        return open(indexDir, notes, new CatalogPipeline(papersJson, papersDisplay), progress, Workers.shared());
    }

    public static IndexedNotes open(Path indexDir, List<NoteLocation> notes, CatalogPipeline pipeline,
                                    Progress progress, TaskRunner runner) throws IOException {
        return open(new NotesIndex.Source(indexDir, notes, pipeline.metadataKey()), pipeline, progress, runner);
    }

    /** Opens the index as {@code source} says (tests pass folders that fail as disks do). */
    public static IndexedNotes open(NotesIndex.Source source, CatalogPipeline pipeline, Progress progress,
                                    TaskRunner runner) throws IOException {
        NotesIndex index = NotesIndex.open(source, pipeline::catalog, progress, runner);
        try {
            return new IndexedNotes(index, pipeline);
        } catch (RuntimeException | Error e) {
            index.close();
            throw e;
        }
    }

    /** The source an index of these notes at {@code indexDir} with this pipeline's metadata is opened from. */
    public static NotesIndex.Source source(Path indexDir, List<NoteLocation> notes, CatalogPipeline pipeline,
                                           NotesIndex.Folders folders) {
        return new NotesIndex.Source(indexDir, notes, pipeline.metadataKey(), folders);
    }

    /** The default place for the index of these notes: the user's cache folder, one index per set of folders. */
    public static Path defaultLocation(List<NoteLocation> notes) {
        return NotesIndex.defaultLocation(notes);
    }

    /** The whole catalog; built from the index the first time when the index was reused as it was. */
    public Catalog catalog() {
        return catalog(Progress.NONE);
    }

    /**
     * The whole catalog: built when the index was written, else now from the notes the index keeps parsed (no note
     * is parsed again, but every one is read and the papers merged: seconds for a large library).
     */
    public synchronized Catalog catalog(Progress progress) {
        Catalog c = pipeline.built();
        if (c == null) {
            c = pipeline.catalog(index.parsedNotes((phase, done, total) ->
                    progress.update("loading the catalog", done, total)), progress);
        }
        return c;
    }

    /** Whether {@link #catalog()} is at hand, or would have to be built first. */
    public boolean catalogReady() {
        return pipeline.built() != null;
    }

    /** Searches the index; rebuilds it once, with a notice in that search's result, if it turns out damaged. */
    public SearchBackend searcher() {
        return search;
    }

    /** Prepares what the first search needs, so that it is not slower than the next ones. */
    public void warmUp() {
        search.warmUp();
    }

    /**
     * Every paper, in catalog order, as the list shows it: the catalog's own papers once it is built, else read from
     * the index (only ids, titles, names, years, venues and categories filled in).
     */
    public List<Paper> paperSummaries() throws IOException {
        Catalog c = pipeline.built();
        return c != null ? c.papers() : index.quickStart().paperSummaries();
    }

    /** Every note that loaded, in the catalog's order and with its titles (from the index: without its slides). */
    public List<Note> noteHeadings() throws IOException {
        Catalog c = pipeline.built();
        return c != null ? c.notes() : index.quickStart().noteHeadings();
    }

    /** These papers, whole, in this order (ids of no paper left out), without building the catalog. */
    public List<Paper> papers(Collection<String> ids) throws IOException {
        Catalog c = pipeline.built();
        QuickStart stored = c == null ? index.quickStart() : null;
        List<Paper> papers = new ArrayList<>();
        for (String id : ids) {
            Paper p = c != null ? c.paper(id).orElse(null) : stored.paper(id);
            if (p != null) {
                papers.add(p);
            }
        }
        return papers;
    }

    /**
     * A catalog of just these papers (as the whole catalog has them) and the notes they are discussed in, plus the
     * notes asked for: what a page needs, without building the whole catalog. Ids it does not know are left out.
     */
    public Catalog partialCatalog(Collection<String> paperIds, Collection<String> noteIds) throws IOException {
        Catalog c = pipeline.built();
        List<Paper> papers = papers(paperIds);
        Set<String> wanted = new TreeSet<>(noteIds);
        papers.forEach(p -> p.sources().forEach(s -> wanted.add(s.note())));
        QuickStart stored = c == null ? index.quickStart() : null;
        List<Note> notes = new ArrayList<>();
        for (String id : wanted) {
            Note n = c != null ? c.note(id).orElse(null) : stored.note(id);
            if (n != null) {
                notes.add(n);
            }
        }
        return new Catalog(papers, notes, List.of());
    }

    /** How many notes had to be parsed to open the index: 0 when it was reused as it was. */
    public int notesParsed() {
        return index.notesParsed();
    }

    /** Where each note is, by id. */
    public Map<String, Path> notePaths() {
        return index.notePaths();
    }

    /** The notes' files, in the notes' order: where each is and how messages name it. */
    public List<NoteFile> noteFiles() {
        return index.noteFiles();
    }

    public int noteCount() {
        return index.noteCount();
    }

    /** Problems with the notes' files, known without parsing; the catalog's diagnostics hold them too. */
    public List<Diagnostic> fileDiagnostics() {
        return index.fileDiagnostics();
    }

    /** What happened to the index on opening (rebuilt, updated, in memory), and since. */
    /** Whether the index on disk is still the one these notes read (nothing committed to it since). */
    public boolean current() {
        return index.current();
    }

    public List<String> notices() {
        return index.notices();
    }

    @Override
    public void close() throws IOException {
        index.close();
    }
}
