package app.vidatlas.userdata;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The reading list and notes on disk: nothing the user kept is lost to a strange file or to a second window. */
class UserLibraryStoreTest {
    @TempDir
    Path config;

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"bookmarks\":[\"show-1\",42,{\"id\":\"lavie\"}],\"notes\":{\"show-1\":\"kept\",\"lavie\":{\"text\":\"…\"},\"svd\":7}}",
            "{\"bookmarks\":[\"show-1\"],\"notes\":[\"kept\"]}",
            "{\"bookmarks\":\"show-1\",\"notes\":{\"show-1\":\"kept\"}}",
            "{\"version\":2,\"bookmarks\":[\"show-1\"],\"notes\":{\"show-1\":\"kept\"}}"})
    void aFileHoldingWhatTheAppDoesNotWriteIsSetAsideWithANoticeBeforeTheNextBookmarkIsWritten(String content)
            throws IOException {
        Files.writeString(config.resolve("library.json"), content);
        UserLibraryStore store = new UserLibraryStore(config);
        UserLibrary loaded = store.load();
        assertThat(loaded).isEqualTo(UserLibrary.EMPTY);
        assertThat(store.notice()).contains("could not be read").contains("library.json.unreadable-");

        store.save(loaded.toggleBookmark("lavie"));
        assertThat(new UserLibraryStore(config).load().bookmarks()).containsExactly("lavie");
        assertThat(asideFiles()).singleElement().satisfies(aside ->
                assertThat(Files.readString(aside)).as("every note kept, as written").isEqualTo(content));
    }

    @Test
    void aFileSpoiledBetweenLoadingAndSavingIsSetAsideAndTheWindowsLibraryWrittenWhole() throws IOException {
        UserLibraryStore store = new UserLibraryStore(config);
        store.save(UserLibrary.EMPTY.toggleBookmark("show-1").withNote("show-1", "kept"));
        UserLibrary shown = store.load();
        String spoiled = "{\"bookmarks\":[\"show-1\"],\"notes\":{\"svd\":7}}";
        Files.writeString(config.resolve("library.json"), spoiled);

        UserLibrary saved = store.save(shown.toggleBookmark("lavie"));
        assertThat(store.notice()).contains("could not be read");
        assertThat(saved.bookmarks()).containsExactly("show-1", "lavie");
        assertThat(saved.note("show-1")).isEqualTo("kept");
        assertThat(new UserLibraryStore(config).load()).isEqualTo(saved);
        assertThat(Files.readString(asideFiles().get(0))).isEqualTo(spoiled);
    }

    @Test
    void aFileReadWholeGivesNoNoticeAndKeepsFieldsOfALaterAppOnSaving() throws IOException {
        Files.writeString(config.resolve("library.json"),
                "{\"version\":1,\"bookmarks\":[\"show-1\"],\"notes\":{\"show-1\":\"kept\"},\"tags\":{\"show-1\":[\"t2v\"]}}");
        UserLibraryStore store = new UserLibraryStore(config);
        UserLibrary loaded = store.load();
        assertThat(store.notice()).isNull();
        assertThat(loaded.bookmarks()).containsExactly("show-1");
        store.save(loaded.toggleBookmark("lavie"));
        assertThat(Files.readString(config.resolve("library.json"))).contains("\"tags\"").contains("t2v");
        assertThat(asideFiles()).isEmpty();
    }

    @Test
    void twoWindowsSavingInTurnKeepEachOthersBookmarksAndNotes() throws IOException {
        new UserLibraryStore(config).save(UserLibrary.EMPTY.toggleBookmark("show-1"));
        UserLibraryStore first = new UserLibraryStore(config);
        UserLibraryStore second = new UserLibraryStore(config);
        UserLibrary firstShows = first.load();
        UserLibrary secondShows = second.load();

        first.save(firstShows.toggleBookmark("lavie"));
        UserLibrary saved = second.save(secondShows.withNote("svd", "read the IJCV version"));

        assertThat(saved.bookmarks()).as("the second window now shows the first's bookmark")
                .containsExactly("show-1", "lavie");
        UserLibrary onDisk = new UserLibraryStore(config).load();
        assertThat(onDisk.bookmarks()).containsExactly("show-1", "lavie");
        assertThat(onDisk.note("svd")).isEqualTo("read the IJCV version");
    }

    @Test
    void aBookmarkRemovedInOneWindowIsNotBroughtBackByAnotherThatStillShowedIt() throws IOException {
        new UserLibraryStore(config).save(UserLibrary.EMPTY.toggleBookmark("show-1").withNote("show-1", "old"));
        UserLibraryStore first = new UserLibraryStore(config);
        UserLibraryStore second = new UserLibraryStore(config);
        UserLibrary firstShows = first.load();
        UserLibrary secondShows = second.load();

        first.save(firstShows.toggleBookmark("show-1").withNote("show-1", ""));
        second.save(secondShows.toggleBookmark("lavie"));

        UserLibrary onDisk = new UserLibraryStore(config).load();
        assertThat(onDisk.bookmarks()).containsExactly("lavie");
        assertThat(onDisk.notes()).isEmpty();
    }

    @Test
    void aWindowSeesAnotherWindowsChangesOnlyWhenTheFileChanged() throws IOException {
        UserLibraryStore first = new UserLibraryStore(config);
        UserLibraryStore second = new UserLibraryStore(config);
        UserLibrary firstShows = first.load();
        second.load();
        assertThat(second.reloadIfChanged()).isEmpty();

        first.save(firstShows.toggleBookmark("lavie"));
        assertThat(first.reloadIfChanged()).as("its own save is no news").isEmpty();
        assertThat(second.reloadIfChanged()).hasValueSatisfying(l ->
                assertThat(l.bookmarks()).containsExactly("lavie"));
        assertThat(second.reloadIfChanged()).isEmpty();
    }

    @Test
    void aChangeMadeAfterReloadingKeepsWhatTheOtherWindowDid() throws IOException {
        UserLibraryStore first = new UserLibraryStore(config);
        UserLibraryStore second = new UserLibraryStore(config);
        UserLibrary firstShows = first.load();
        second.load();
        first.save(firstShows.toggleBookmark("lavie"));
        UserLibrary secondShows = second.reloadIfChanged().orElseThrow();

        second.save(secondShows.toggleBookmark("lavie"));
        assertThat(new UserLibraryStore(config).load().bookmarks()).as("the second window took it off").isEmpty();
    }

    @Test
    void savingLeavesOnlyTheLibraryAndItsLockFile() throws IOException {
        UserLibraryStore store = new UserLibraryStore(config);
        UserLibrary shown = store.load();
        for (String id : List.of("show-1", "lavie", "svd")) {
            shown = store.save(shown.toggleBookmark(id));
        }
        try (Stream<Path> files = Files.list(config)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("library.json", "library.json.lock");
        }
    }

    private List<Path> asideFiles() throws IOException {
        try (Stream<Path> files = Files.list(config)) {
            return files.filter(p -> p.getFileName().toString().startsWith("library.json.unreadable-")).toList();
        }
    }

    @Test
    void aFileThatCanNeitherBeReadNorMovedAsideIsToldOnceNotAtEveryReload() throws Exception {
        // A file no rename can move (here a link to a kernel file; in life a folder left to root by `sudo`).
        java.nio.file.Path proc = java.nio.file.Path.of("/proc/version");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isReadable(proc), "needs /proc");
        java.nio.file.Files.createSymbolicLink(config.resolve("library.json"), proc);
        UserLibraryStore store = new UserLibraryStore(config);
        store.load();
        org.assertj.core.api.Assertions.assertThat(store.takeNotice()).contains("nor moved aside");
        for (int i = 0; i < 3; i++) {
            store.reloadIfChanged();
            org.assertj.core.api.Assertions.assertThat(store.takeNotice()).as("reload %d", i).isNull();
        }
        org.assertj.core.api.Assertions.assertThat(java.nio.file.Files.readString(proc)).startsWith("Linux");
    }
}
