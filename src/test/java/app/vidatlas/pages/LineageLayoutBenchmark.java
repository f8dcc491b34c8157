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
        System.out.printf(Locale.ROOT, "%n%-7s %-7s %10s %9s %8s %12s %13s %12s %13s%n", "nodes", "edges", "layout ms",
                "svg ms", "svg KB", "web view ms", "web repaint", "javafx ms", "fx repaint");
        for (int round = 0; round < 2; round++) {
            for (int n : new int[]{100, 500, 1000, 2000}) {
                Lineage lineage = graph(n, new Random(n));
                long t0 = System.nanoTime();
                LineageLayout.of(lineage);
                long t1 = System.nanoTime();
                String svg = app.vidatlas.export.LineageImage.svg(lineage, null, id -> "#", null);
                long t2 = System.nanoTime();
                long[] web = n <= 1000 ? webView(svg) : new long[]{-1, -1};
                long[] fx = n <= 1000 ? javaFx(lineage) : new long[]{-1, -1};
                System.out.printf(Locale.ROOT, "%-7d %-7d %10.1f %9.1f %8d %12s %13s %12s %13s%n", n,
                        lineage.edges().size(), (t1 - t0) / 1e6, (t2 - t1) / 1e6, svg.length() / 1024, ms(web[0]),
                        ms(web[1]), ms(fx[0]), ms(fx[1]));
            }
        }
    }

    private static String ms(long v) {
        return v < 0 ? "-" : Long.toString(v);
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

    /**
     * Milliseconds from handing a page with the drawing to a web view to its having loaded, laid it out and been drawn
     * (a snapshot), then to draw it again scrolled by half a screen: the cost of a pan.
     */
    private static long[] webView(String svg) throws Exception {
        String html = "<!DOCTYPE html><html><body><div class=\"graph\" id=\"g\" style=\"overflow:auto;width:1200px;"
                + "height:800px\">" + svg + "</div></body></html>";
        CountDownLatch done = new CountDownLatch(1);
        long[] took = new long[2];
        Platform.runLater(() -> {
            WebView view = new WebView();
            view.setPrefSize(1200, 800);
            new javafx.scene.Scene(new javafx.scene.Group(view), 1200, 800);
            long t0 = System.nanoTime();
            view.getEngine().getLoadWorker().stateProperty().addListener((o, was, now) -> {
                if (now == Worker.State.SUCCEEDED) {
                    view.getEngine().executeScript("document.body.offsetHeight");
                    view.snapshot(null, null);
                    took[0] = (System.nanoTime() - t0) / 1_000_000;
                    long t1 = System.nanoTime();
                    view.getEngine().executeScript("document.getElementById('g').scrollLeft += 600");
                    view.snapshot(null, null);
                    took[1] = (System.nanoTime() - t1) / 1_000_000;
                    done.countDown();
                }
            });
            view.getEngine().loadContent(html);
        });
        done.await(60, TimeUnit.SECONDS);
        return took;
    }

    /**
     * The same drawing made of JavaFX shapes (the native choice ADR 0012 weighed): milliseconds to build and draw it
     * (a snapshot), then to draw it again moved by half a screen.
     */
    private static long[] javaFx(Lineage lineage) throws Exception {
        CountDownLatch done = new CountDownLatch(1);
        long[] took = new long[2];
        Platform.runLater(() -> {
            long t0 = System.nanoTime();
            var layout = app.vidatlas.catalog.lineage.LineageLayout.of(lineage);
            javafx.scene.Group g = new javafx.scene.Group();
            for (var line : app.vidatlas.export.LineageGeometry.lines(lineage, layout)) {
                javafx.scene.shape.Path p = new javafx.scene.shape.Path();
                double[] c = new double[6];
                for (var it = line.path().getPathIterator(null); !it.isDone(); it.next()) {
                    switch (it.currentSegment(c)) {
                        case java.awt.geom.PathIterator.SEG_MOVETO -> p.getElements().add(new javafx.scene.shape.MoveTo(c[0], c[1]));
                        case java.awt.geom.PathIterator.SEG_LINETO -> p.getElements().add(new javafx.scene.shape.LineTo(c[0], c[1]));
                        case java.awt.geom.PathIterator.SEG_CUBICTO -> p.getElements().add(
                                new javafx.scene.shape.CubicCurveTo(c[0], c[1], c[2], c[3], c[4], c[5]));
                        default -> { }
                    }
                }
                g.getChildren().add(p);
            }
            for (var b : layout.boxes()) {
                javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(b.x(), b.y(), b.w(), b.h());
                r.setArcWidth(12);
                r.setArcHeight(12);
                javafx.scene.text.Text t = new javafx.scene.text.Text(b.x() + 8, b.centerY() + 4.5, b.node().label());
                g.getChildren().addAll(r, t);
            }
            javafx.scene.control.ScrollPane pane = new javafx.scene.control.ScrollPane(g);
            pane.setPrefSize(1200, 800);
            new javafx.scene.Scene(pane, 1200, 800);
            pane.snapshot(null, null);
            took[0] = (System.nanoTime() - t0) / 1_000_000;
            long t1 = System.nanoTime();
            pane.setHvalue(0.5);
            pane.snapshot(null, null);
            took[1] = (System.nanoTime() - t1) / 1_000_000;
            done.countDown();
        });
        done.await(60, TimeUnit.SECONDS);
        return took;
    }
}
