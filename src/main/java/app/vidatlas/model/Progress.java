package app.vidatlas.model;

/**
 * How far a long piece of work is: its phase ("reading notes", "indexing") and how much of it is done. The one
 * progress type of the app: the notes loader, the index, the library, the window and the command line all speak it.
 * Called from whichever thread does the work; a listener that draws hands it to its own thread.
 */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, done, total) -> { };

    void update(String phase, int done, int total);
}
