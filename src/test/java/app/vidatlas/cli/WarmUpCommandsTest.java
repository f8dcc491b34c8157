package app.vidatlas.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The command server warms up on the library the user asked about, with searches of every kind (ADR 0014). */
class WarmUpCommandsTest {
    private final Path folder = Path.of("/home/a/project");

    @Test
    void itSearchesTheFirstCommandsLibraryAndRunsThatCommandBeforeAndAfter() {
        List<String> first = List.of("show", "show-1", "--notes", "notes", "--notes", "/abs/more", "--index", "idx");
        List<List<String>> commands = WarmUpCommands.of(first, folder);

        assertThat(commands.get(0)).isEqualTo(first);
        assertThat(commands.get(commands.size() - 1)).isEqualTo(first);
        List<List<String>> searches = commands.subList(1, commands.size() - 2);
        assertThat(searches).hasSizeGreaterThan(40).allSatisfy(c -> assertThat(c).startsWith("search")
                .containsSubsequence("--notes", "/home/a/project/notes", "--notes", "/abs/more", "--index",
                        "/home/a/project/idx"));
        assertThat(searches).extracting(c -> c.get(1)).contains("运动", "\"temporal attention\"", "motion 一致性");
        assertThat(searches).extracting(c -> c.get(3)).contains("table", "json");
    }

    @Test
    void aCommandThatCannotBeParsedIsOnlyRunAgain() {
        List<String> wrong = List.of("search", "motion", "--limit", "many");
        assertThat(WarmUpCommands.of(wrong, folder)).containsExactly(wrong);
    }

    @Test
    void theBundledNotesWhenNoFolderIsGiven() {
        assertThat(WarmUpCommands.of(List.of("papers"), folder).get(1)).doesNotContain("--notes", "--index");
    }
}
