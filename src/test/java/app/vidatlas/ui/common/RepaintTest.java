package app.vidatlas.ui.common;

import javafx.application.Platform;
import javafx.scene.layout.StackPane;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

import static org.assertj.core.api.Assertions.assertThat;

/** A repaint leaves the pane as the user set it: the change it makes to have it painted is undone. */
@ExtendWith(ApplicationExtension.class)
class RepaintTest {
    @Test
    void thePaneLooksAsBeforeOnceRepainted() {
        StackPane opaque = new StackPane();
        StackPane faded = new StackPane();
        faded.setOpacity(0.5);
        Platform.runLater(() -> {
            Repaint.whole(opaque);
            Repaint.whole(faded);
        });
        for (int i = 0; i < 3; i++) {
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertThat(opaque.getOpacity()).isEqualTo(1.0);
        assertThat(faded.getOpacity()).isEqualTo(0.5);
    }
}
