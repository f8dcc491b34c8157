package app.vidatlas.cli;

import app.vidatlas.model.Progress;

import java.io.PrintWriter;

/** Progress of long work on stderr: a line per phase at each tenth, quiet for small jobs unless asked. */
final class StderrProgress implements Progress {
    private static final int SMALL = 50;
    private final PrintWriter err;
    private final boolean always;
    private String phase = "";
    private int shownTenth = -1;

    StderrProgress(PrintWriter err, boolean always) {
        this.err = err;
        this.always = always;
    }

    @Override
    public synchronized void update(String phase, int done, int total) {
        if (!always && total < SMALL) {
            return;
        }
        if (!phase.equals(this.phase)) {
            this.phase = phase;
            shownTenth = -1;
        }
        int tenth = total == 0 ? 10 : done * 10 / total;
        if (tenth != shownTenth || done == total) {
            shownTenth = tenth;
            err.printf("%s: %d/%d%n", phase, done, total);
            err.flush();
        }
    }
}
