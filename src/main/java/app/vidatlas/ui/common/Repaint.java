package app.vidatlas.ui.common;

import javafx.application.Platform;
import javafx.scene.Node;

/**
 * Asks JavaFX to paint a node's whole area again. With the software pipeline (machines without a GPU JavaFX accepts,
 * virtual machines, remote desktops), rows that a table made after its first paint were sometimes never painted: the
 * list of papers stayed blank ("No papers here") while it held every paper, until something else repainted it.
 * Marking the whole pane as changed is the one public way to have it painted; the opacity change is not visible.
 */
public final class Repaint {
    private Repaint() {
    }

    /** Paints {@code node} whole in the next frame. */
    public static void whole(Node node) {
        Platform.runLater(() -> {
            double opacity = node.getOpacity();
            node.setOpacity(opacity == 1 ? 0.999 : 1);
            Platform.runLater(() -> node.setOpacity(opacity));
        });
    }
}
