package app.vidatlas.notes;

import app.vidatlas.model.Diagnostic;
import app.vidatlas.model.Note;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order and titles that a folder's mdBook table of contents ({@link BookSummary}) gives its notes. Kept apart
 * from {@link NoteLoader} because both ways in (loading, and scanning for the index) must order and title the notes
 * the same way, and neither needs to know how.
 */
final class BookOrder {
    private BookOrder() {
    }

    /**
     * A file that may be a note: where it is, its id, how to name it, the title its book gives it (or null), which
     * folder it is in and where its book lists it ({@link Integer#MAX_VALUE} when it does not).
     */
    record Candidate(Path path, String id, String display, String title, int location, int rank, String branch) {
    }

    /** The files that may be notes under the folders, with their ids and their books' titles, in order. */
    static List<Candidate> candidates(List<NoteLocation> locations, List<Diagnostic> diagnostics) {
        List<Candidate> candidates = new ArrayList<>();
        for (int l = 0; l < locations.size(); l++) {
            NoteLocation location = locations.get(l);
            List<Path> paths = NoteFinder.find(location, diagnostics);
            if (paths.isEmpty() && Files.isDirectory(location.dir())) {
                diagnostics.add(Diagnostic.error(location.display(), 0,
                        "no notes here (looked for .md, .markdown and .txt files)"));
            }
            Map<String, Integer> rank = new HashMap<>();
            Map<String, String> title = new HashMap<>();
            BookSummary book = paths.isEmpty() ? null : BookSummary.read(location.dir(),
                    NoteFinder.display(location, BookSummary.FILE_NAME), diagnostics);
            for (BookSummary.Chapter chapter : book == null ? List.<BookSummary.Chapter>of() : book.chapters()) {
                // Listed twice: the first place counts. A draft chapter (no file) places no note.
                if (chapter.path() != null && !rank.containsKey(chapter.path())) {
                    rank.put(chapter.path(), rank.size());
                    title.put(chapter.path(), chapter.title().isBlank() ? null : chapter.title());
                }
            }
            for (Path p : paths) {
                String rel = location.dir().relativize(p).toString().replace('\\', '/');
                String id = locations.size() > 1 ? prefix(location) + "/" + rel : rel;
                String key = Normalizer.normalize(rel, Normalizer.Form.NFC);
                candidates.add(new Candidate(p, id, NoteFinder.display(location, rel), title.get(key), l,
                        rank.getOrDefault(key, Integer.MAX_VALUE), locations.size() > 1 ? prefix(location) : null));
            }
        }
        return inOrder(candidates);
    }

    /**
     * The notes in id order, except that each folder's notes, in the places they hold in that order, come in its
     * book's order (those the book does not list after the others, by id). Without a book: id order, as before
     * books were read.
     */
    private static List<Candidate> inOrder(List<Candidate> candidates) {
        List<Candidate> byId = new ArrayList<>(candidates);
        byId.sort(Comparator.comparing(Candidate::id));
        Map<Integer, java.util.Iterator<Candidate>> byBook = new HashMap<>();
        for (Candidate c : byId) {
            byBook.computeIfAbsent(c.location(), l -> byId.stream().filter(o -> o.location() == l)
                    .sorted(Comparator.comparingInt(Candidate::rank).thenComparing(Candidate::id))
                    .toList().iterator());
        }
        return byId.stream().map(c -> byBook.get(c.location()).next()).toList();
    }

    /** The note under the title its book gives it, when its book names it. */
    static Note titled(Note note, NoteFile file) {
        return file.title() == null || file.title().equals(note.title()) ? note
                : new Note(note.id(), file.title(), note.format(), note.slides(), note.siteUrl());
    }

    /** The note under this title (its book's), unless the title is null. */
    static ParsedNote titled(ParsedNote note, String title) {
        return title == null || title.equals(note.note().title()) ? note
                : new ParsedNote(new Note(note.note().id(), title, note.note().format(), note.note().slides(),
                note.note().siteUrl()), note.mentions(), note.passages(), note.diagnostics());
    }

    /**
     * The note with its categories under its folder's name, when notes come from more than one folder: each folder is
     * then a top-level branch of the category tree, instead of two folders' "Video Generation" becoming one.
     *
     * @param branch the folder's name, or null when only one folder is open
     */
    static ParsedNote branched(ParsedNote note, String branch) {
        if (branch == null) {
            return note;
        }
        List<PaperMention> mentions = note.mentions().stream().map(m -> {
            List<String> category = new java.util.ArrayList<>();
            category.add(branch);
            category.addAll(m.category());
            return new PaperMention(m.kind(), m.note(), m.line(), m.name(), m.altNames(), m.citation(), category,
                    m.slides(), m.keyPoints(), m.figures(), m.annotations(), m.links(), m.tags(), m.excerpt());
        }).toList();
        return new ParsedNote(note.note(), mentions, note.passages(), note.diagnostics());
    }

    /** The first part of an id when notes come from more than one folder, so that ids from different folders differ. */
    private static String prefix(NoteLocation location) {
        Path name = location.dir().getFileName();
        return name == null ? location.display() : name.toString();
    }
}
