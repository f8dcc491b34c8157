package app.vidatlas.library;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An index let go while something still reads it is closed when that read ends, never under it. */
class ReadGuardTest {
    private final List<String> events = new ArrayList<>();
    private final ReadGuard guard = new ReadGuard(() -> events.add("closed"));

    @Test
    void aCloseDuringAReadWaitsForItAndLaterReadsFail() throws IOException {
        String read = guard.read(() -> {
            guard.close(); // other notes opened while this page renders
            events.add("still reading");
            return "page";
        });
        assertThat(read).isEqualTo("page");
        assertThat(events).containsExactly("still reading", "closed");
        assertThatThrownBy(() -> guard.read(() -> "another")).isInstanceOf(IOException.class)
                .hasMessageContaining("closed");
        guard.close();
        assertThat(events).as("closed once").containsExactly("still reading", "closed");
    }

    @Test
    void aCloseWithNothingReadingClosesAtOnce() throws IOException {
        guard.close();
        assertThat(events).containsExactly("closed");
    }

    @Test
    void aReadThatFailsStillLetsTheCloseHappen() throws IOException {
        assertThatThrownBy(() -> guard.read(() -> {
            guard.close();
            throw new IOException("damaged");
        })).hasMessage("damaged");
        assertThat(events).containsExactly("closed");
    }
}
