package app.vidatlas.ui;

import app.vidatlas.ui.browse.ReadingListViewModel;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.userdata.UserLibraryStore;
import javafx.application.Platform;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * Keeps the window's reading list and notes and the file they live in together: every change saved at once (merged
 * with what other windows saved), other windows' changes shown when this one comes back into focus, and a failed
 * save tried again at the next change or on quitting, so that nothing the user did is lost.
 */
final class UserLibrarySync {
    private final UserLibraryStore store;
    private final ReadingListViewModel reading;
    private final Consumer<String> warn;
    /** The last save failed: the next change, a reload or quitting tries once more. */
    private boolean unsaved;

    /** @param warn tells the user (called later, never inside a save or a focus change) */
    UserLibrarySync(UserLibraryStore store, ReadingListViewModel reading, Consumer<String> warn) {
        this.store = store;
        this.reading = reading;
        this.warn = warn;
    }

    /**
     * Starts from the library on disk, as the store read it just now ({@link UserLibraryStore#load}); from now on
     * each change is saved as it happens.
     */
    void start(UserLibrary onDisk) {
        reading.keepLibrary(onDisk, library -> {
            try {
                UserLibrary saved = store.save(library);
                unsaved = false;
                return saved;
            } catch (IOException e) {
                // Kept in the window: the next change (or quitting) tries again with this one included.
                unsaved = true;
                if (store.notice() == null) { // else the notice below says it better
                    // Told later, not here: the window keeps this library only once the save returns, and a
                    // quit while the notice is open must find it there to save it.
                    String message = "Your reading list could not be saved: " + e.getMessage();
                    Platform.runLater(() -> warn.accept(message));
                }
                return library;
            } finally {
                warnNotice();
            }
        });
    }

    /** The reading list and notes as another window left them, if they changed on disk. */
    void reload() {
        if (unsaved) {
            // This window's last change is not on disk yet: save it first (merged with what the others saved), or
            // showing theirs would drop it.
            try {
                UserLibrary saved = store.save(reading.library());
                unsaved = false;
                reading.showLibrary(saved);
            } catch (IOException e) {
                // Still unsaved: the next change, or quitting, tries again.
            }
        } else {
            store.reloadIfChanged().ifPresent(reading::showLibrary);
        }
        warnNotice();
    }

    /** Quitting: a change whose save failed is tried once more; the reason why not, if it fails again. */
    String saveIfUnsaved() {
        if (!unsaved) {
            return null;
        }
        try {
            store.save(reading.library());
            unsaved = false;
            return null;
        } catch (IOException e) {
            return "Your reading list could not be saved: " + e.getMessage();
        }
    }

    /** What went wrong reading the file at start-up (set aside, merged), once. */
    String takeNotice() {
        return store.takeNotice();
    }

    /** Told later, not at once: this may run inside a focus change or a save, where a dialog must not open. */
    private void warnNotice() {
        String notice = store.takeNotice();
        if (notice != null) {
            Platform.runLater(() -> warn.accept(notice));
        }
    }
}
