package app.vidatlas.catalog.lineage;

import app.vidatlas.Fixtures;
import app.vidatlas.catalog.Catalog;
import app.vidatlas.catalog.CrossReferences;
import app.vidatlas.library.TestCatalogs;
import app.vidatlas.model.Evidence;
import app.vidatlas.notes.NoteLocation;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The lineage of the whole notes book (../shared/notes-book, skipped when absent): every edge read from the notes has
 * its sentence, and a fixed sample of 50 edges (the builds-on edges first, then mentions) is printed with its
 * sentence to judge by hand
 * (docs/extraction.md has the judgement).
 */
class LineageOnTheNotesBookTest {
    @Test
    void everyEdgeHasItsSentenceAndASampleIsPrintedToJudge() {
        Path shared = Fixtures.shared();
        assumeTrue(shared != null && Files.isRegularFile(shared.resolve("notes-book/SUMMARY.md")),
                "../shared/notes-book is not on this machine");
        Catalog catalog = TestCatalogs.load(List.of(new NoteLocation(shared.resolve("notes-book"), "notes-book")));
        Lineage lineage = Lineage.of(catalog, CrossReferences.of(catalog));
        List<LineageEdge> buildsOn = new ArrayList<>();
        int mentions = 0;
        int curated = 0;
        for (LineageEdge e : lineage.edges()) {
            switch (e.kind()) {
                case BUILDS_ON -> buildsOn.add(e);
                case MENTIONS -> mentions++;
                case CURATED -> curated++;
            }
            if (e.kind() != EdgeKind.CURATED) {
                assertThat(e.evidence()).as(e.toString()).isNotEmpty()
                        .allSatisfy(ev -> assertThat(ev.sentence()).isNotBlank());
            }
        }
        long outside = lineage.nodes().stream().filter(n -> !n.inNotes()).count();
        long dated = lineage.nodes().stream().filter(n -> n.inNotes() && n.date().known()).count();
        System.out.printf("notes book lineage: %d papers (%d dated), %d models outside the notes; %d builds-on, "
                        + "%d curated, %d mentions edges; %d papers with a builds-on edge%n",
                catalog.papers().size(), dated, outside, buildsOn.size(), curated, mentions,
                buildsOn.stream().map(LineageEdge::from).distinct().count());
        assertThat(buildsOn).as("builds-on edges read from the notes book").isNotEmpty();
        List<LineageEdge> sample = new ArrayList<>(buildsOn);
        Collections.shuffle(sample, new Random(50));
        List<LineageEdge> named = lineage.edges().stream().filter(e -> e.kind() == EdgeKind.MENTIONS).toList();
        sample.addAll(named.subList(0, Math.min(named.size(), Math.max(0, 50 - sample.size()))));
        for (LineageEdge e : sample.subList(0, Math.min(50, sample.size()))) {
            Evidence ev = e.evidence().get(0);
            System.out.printf("SAMPLE %s %s -> %s | %s | %s%n", e.kind().key(), lineage.node(e.from()).label(),
                    lineage.node(e.to()).label(),
                    ev.sentence(), ev.note() + " P" + ev.slide());
        }
    }
}
