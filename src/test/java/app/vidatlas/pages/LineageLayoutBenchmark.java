package app.vidatlas.pages;

import app.vidatlas.catalog.lineage.EdgeKind;
import app.vidatlas.catalog.lineage.Lineage;
import app.vidatlas.catalog.lineage.LineageEdge;
import app.vidatlas.catalog.lineage.LineageLayout;
import app.vidatlas.catalog.lineage.LineageNode;
import app.vidatlas.catalog.lineage.PaperDate;
import app.vidatlas.model.Evidence;
import javafx.application.Platform;
import javafx.concurrent.Worker;
import javafx.scene.web.WebView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Prints figures; asserts nothing about time. Run with {@code mvn -Pbench verify -Dtest=LineageLayoutBenchmark}.
 * The lineage graph at 100 to 2,000 nodes (the page draws at most 500): the layout in Java, the SVG it becomes, and
 * how long the web view takes to lay out and show a page holding it.
 */
@Tag("benchmark")
class LineageLayoutBenchmark {
    @Test
    void layoutAndDrawing() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        try {
            Platform.startup(started::countDown);
        } catch (IllegalStateException alreadyRunning) {
            started.countDown();
        }
        started.await(10, TimeUnit.SECONDS);
        System.out.printf(Locale.ROOT, "%n%-7s %-7s %12s %12s %10s %14s%n", "nodes", "edges", "layout ms", "svg ms",
                "svg KB", "web view ms");
        for (int round = 0; round < 2; round++) {
            for (int n : new int[]{100, 500, 1000, 2000}) {
                Lineage lineage = graph(n, new Random(n));
                long t0 = System.nanoTime();
                LineageLayout.of(lineage);
                long t1 = System.nanoTime();
                String svg = app.vidatlas.export.LineageImage.svg(lineage, null, id -> "#", null);
                long t2 = System.nanoTime();
                long shown = n <= 1000 ? webView(svg) : -1;
                System.out.printf(Locale.ROOT, "%-7d %-7d %12.1f %12.1f %10d %14s%n", n, lineage.edges().size(),
                        (t1 - t0) / 1e6, (t2 - t1) / 1e6, svg.length() / 1024, shown < 0 ? "-" : Long.toString(shown));
            }
        }
    }

    /** A field of {@code n} papers over four years, each building on one or two earlier ones or on a known model. */
    private static Lineage graph(int n, Random random) {
        List<LineageNode> nodes = new ArrayList<>();
        List<LineageEdge> edges = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            nodes.add(new LineageNode("outside:m" + i, "Base model " + i, false, PaperDate.UNKNOWN, ""));
        }
        for (int i = 0; i < n; i++) {
            int month = i * 48 / n;
            nodes.add(new LineageNode("p" + i, "Paper " + i, true, new PaperDate(2021 + month / 12, month % 12 + 1, "test"),
                    "Lane " + (i % 4)));
            int bases = 1 + random.nextInt(2);
            for (int b = 0; b < bases; b++) {
                String to = i < 20 || random.nextInt(5) == 0 ? "outside:m" + random.nextInt(12) : "p" + random.nextInt(i);
                edges.add(new LineageEdge("p" + i, to, EdgeKind.BUILDS_ON,
                        List.of(new Evidence("n.md", 1 + i, "Paper " + i + " is built on " + to))));
            }
        }
        return Lineage.of(nodes, edges.stream().distinct().toList());
    }

    /** Milliseconds from handing a page with the drawing to a web view to its having loaded and laid it out. */
    private static long webView(String svg) throws Exception {
        String html = "<!DOCTYPE html><html><body><div class=\"graph\">" + svg + "</div></body></html>";
        CountDownLatch done = new CountDownLatch(1);
        AtomicLong took = new AtomicLong();
        Platform.runLater(() -> {
            WebView view = new WebView();
            long t0 = System.nanoTime();
            view.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    view.getEngine().executeScript("document.body.offsetHeight");
                    took.set((System.nanoTime() - t0) / 1_000_000);
                    done.countDown();
                }
            });
            view.getEngine().loadContent(html);
        });
        done.await(60, TimeUnit.SECONDS);
        return took.get();
    }
}
