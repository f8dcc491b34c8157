package app.vidatlas.ui;

import app.vidatlas.library.LibraryRequest;
import app.vidatlas.model.Progress;
import app.vidatlas.library.AppSession;
import app.vidatlas.work.TaskRunner;
import app.vidatlas.userdata.UserLibrary;
import app.vidatlas.userdata.UserLibraryStore;
import app.vidatlas.model.Paper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Two windows on one reading list: each keeps the other's bookmarks, and shows them on coming back to it. */
class ReadingListAcrossWindowsTest {
    @TempDir
    Path notes;
    @TempDir
    Path config;
    @TempDir
    Path index1;
    @TempDir
    Path index2;
    private MainViewModel first;
    private MainViewModel second;
    private UserLibraryStore secondStore;

    @BeforeEach
    void open() throws IOException {
        Files.writeString(notes.resolve("one.md"), "P1\n# 2 Video Generation\n\nP2\n## Omega\n\nO.\n\n"
                + "Wu et al., “Omega: A Paper,” arXiv 2023.\n\nP3\n## Sigma-Net\n\nS.\n\n"
                + "Li et al., “Sigma-Net: Flow Things,” ICCV 2022.\n\nP5\n## Tau\n\nT.\n\n"
                + "Ma et al., “Tau: Transformers,” arXiv 2024.\n");
        first = window(new UserLibraryStore(config), index1);
        secondStore = new UserLibraryStore(config);
        second = window(secondStore, index2);
    }

    @AfterEach
    void close() throws IOException {
        first.loading().libraryProperty().get().close();
        second.loading().libraryProperty().get().close();
    }

    private MainViewModel window(UserLibraryStore store, Path index) {
        MainViewModel model = new MainViewModel(TaskRunner.DIRECT, AppSession::open, u -> { }, t -> { });
        model.loading().load(new LibraryRequest(List.of(notes), List.of(), false, index, null), Progress.NONE);
        model.reading().keepLibrary(store.load(), library -> {
            try {
                return store.save(library);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return model;
    }

    @Test
    void aBookmarkFromTheFirstWindowShowsInTheSecondOnComingBackAndSurvivesItsSave() {
        first.reading().toggleBookmark("tau");
        second.browse().selectReadingList();
        assertThat(second.browse().papers()).isEmpty();

        secondStore.reloadIfChanged().ifPresent(second.reading()::showLibrary); // the window gains the focus
        assertThat(second.browse().papers()).extracting(Paper::id).containsExactly("tau");

        second.reading().toggleBookmark("omega");
        first.reading().toggleBookmark("sigma-net");
        UserLibrary onDisk = new UserLibraryStore(config).load();
        assertThat(onDisk.bookmarks()).containsExactly("tau", "omega", "sigma-net");
        assertThat(first.reading().libraryProperty().get()).as("the first window shows the second's bookmark too")
                .isEqualTo(onDisk);
    }

    @Test
    void aNoteWrittenInOneWindowIsKeptWhenTheOtherSavesItsOwn() {
        first.reading().saveNote("tau", "compare with Omega");
        second.reading().saveNote("omega", "flow-free");
        UserLibrary onDisk = new UserLibraryStore(config).load();
        assertThat(onDisk.note("tau")).isEqualTo("compare with Omega");
        assertThat(onDisk.note("omega")).isEqualTo("flow-free");
    }
}
