package app.vidatlas.ui;

import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CoalescedProgressTest {
    @Test
    void aFloodOfReportsReachesTheWindowAsOneTaskWithTheLatest() {
        Deque<Runnable> fxQueue = new ArrayDeque<>();
        List<String> shown = new ArrayList<>();
        CoalescedProgress progress = new CoalescedProgress(fxQueue::add,
                (phase, done, total) -> shown.add(phase + " " + done + "/" + total));

        for (int i = 1; i <= 100_000; i++) {
            progress.update("indexing", i, 100_000);
        }
        assertThat(fxQueue).hasSize(1);
        fxQueue.poll().run();
        assertThat(shown).containsExactly("indexing 100000/100000");

        // Once delivered, the next report is scheduled again.
        progress.update("indexing", 5, 9);
        assertThat(fxQueue).hasSize(1);
        fxQueue.poll().run();
        assertThat(shown).containsExactly("indexing 100000/100000", "indexing 5/9");
    }
}
