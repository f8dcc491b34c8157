package app.vidatlas.bench;

import app.vidatlas.model.CategoryPath;
import app.vidatlas.model.Paper;
import app.vidatlas.ui.FakeLibrary;
import app.vidatlas.ui.browse.BrowseViewModel;
import app.vidatlas.ui.browse.PaperTable;
import app.vidatlas.ui.browse.ReadingListViewModel;
import app.vidatlas.ui.common.StatusLine;
import app.vidatlas.ui.compare.CompareViewModel;
import app.vidatlas.ui.reader.ReaderViewModel;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.work.Workers;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Prints figures; asserts nothing about time. Run with {@code mvn -Pbench verify -Dtest=FilterStallBenchmark}.
 * The JavaFX thread's longest stall while a 100,000-paper list is filtered by category, year and venue, in a shown
 * window with the paper table: filtering on the JavaFX thread (as before) against filtering in the background (as
 * now), in one run. A probe thread posts a task to the JavaFX thread every 2 ms; a stall is how late one runs.
 */
@Tag("benchmark")
class FilterStallBenchmark {
    private static final int PAPERS = 100_000;
    private static final int CHANGES = 24;

    @Test
    void filteringA100kList() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false); // each round closes its window; the toolkit stays for the next
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(10, TimeUnit.SECONDS);
        FakeLibrary library = new FakeLibrary(papers());
        System.out.printf(Locale.ROOT, "%nfilter changes on %,d papers (%d changes, a table shown)%n", PAPERS, CHANGES);
        System.out.printf(Locale.ROOT, "%-34s %12s %12s %12s%n", "where the filtering runs", "longest ms", "p99 ms",
                "median ms");
        for (int round = 0; round < 2; round++) {
            report("on the JavaFX thread (before)", run(library, TaskRunner.DIRECT));
            report("in the background (now)", run(library, Workers.delivering(Platform::runLater)));
        }
    }

    private static List<Paper> papers() {
        List<Paper> out = new ArrayList<>(PAPERS);
        String[] venues = {"arXiv", "CVPR", "ICCV", "NeurIPS", null};
        for (int i = 0; i < PAPERS; i++) {
            out.add(FakeLibrary.paper("p" + i, "Paper number " + i + " on video diffusion", 2018 + i % 8,
                    venues[i % venues.length], "Area " + (i % 12) + " / Topic " + (i % 40)));
        }
        return out;
    }

    private static long[] run(FakeLibrary library, TaskRunner runner) throws Exception {
        BrowseViewModel[] browse = new BrowseViewModel[1];
        onFx(() -> {
            browse[0] = new BrowseViewModel(runner);
            ReaderViewModel reader = new ReaderViewModel(runner);
            PaperTable table = new PaperTable(browse[0], reader, new CompareViewModel(runner, new StatusLine()),
                    new ReadingListViewModel());
            Stage stage = new Stage();
            stage.setScene(new Scene(table.root(), 900, 700));
            stage.show();
            browse[0].showNew(library);
        });
        Thread.sleep(1500); // the first list and facets in, the table drawn
        List<Long> lateness = new ArrayList<>();
        AtomicBoolean probing = new AtomicBoolean(true);
        Thread probe = new Thread(() -> {
            while (probing.get()) {
                long posted = System.nanoTime();
                CountDownLatch ran = new CountDownLatch(1);
                Platform.runLater(() -> {
                    synchronized (lateness) {
                        lateness.add(System.nanoTime() - posted);
                    }
                    ran.countDown();
                });
                try {
                    ran.await();
                    Thread.sleep(2);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "stall-probe");
        probe.start();
        for (int i = 0; i < CHANGES; i++) {
            int k = i;
            Platform.runLater(() -> {
                switch (k % 4) {
                    case 0 -> browse[0].selectCategory(CategoryPath.parse("Area " + (k % 12)));
                    case 1 -> browse[0].filterYear(String.valueOf(2018 + k % 8));
                    case 2 -> browse[0].filterVenue(k % 8 == 2 ? "CVPR" : null);
                    default -> {
                        browse[0].filterYear(null);
                        browse[0].selectCategory(null);
                    }
                }
            });
            Thread.sleep(150);
        }
        Thread.sleep(500);
        probing.set(false);
        probe.join();
        onFx(() -> Stage.getWindows().stream().filter(w -> w instanceof Stage).toList()
                .forEach(w -> ((Stage) w).close()));
        synchronized (lateness) {
            return lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        }
    }

    private static void report(String label, long[] sorted) {
        System.out.printf(Locale.ROOT, "%-34s %12.1f %12.1f %12.2f%n", label, sorted[sorted.length - 1] / 1e6,
                sorted[(int) (sorted.length * 0.99)] / 1e6, sorted[sorted.length / 2] / 1e6);
    }

    private static void onFx(Runnable r) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        Platform.runLater(() -> {
            try {
                r.run();
            } finally {
                done.countDown();
            }
        });
        done.await(30, TimeUnit.SECONDS);
    }
}
