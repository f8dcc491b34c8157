package app.vidatlas.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** The window's own arguments, read without the whole command line, mean what the whole command line reads them as. */
class WindowArgumentsTest {
    /** What the app was started with, by either reader. */
    private record Started(List<Path> notes, List<Path> figures, Path index, boolean probe) {
    }

    private static Started byCommandLine(String... args) {
        List<Started> started = new ArrayList<>();
        VidAtlasCommand.run(args, (n, f, i, p) -> started.add(new Started(n, f, i, p != null)),
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        return started.isEmpty() ? null : started.get(0);
    }

    private static Started byWindowArguments(String... args) {
        Optional<WindowArguments.Parsed> parsed = WindowArguments.read(args);
        return parsed.map(p -> new Started(p.notes(), p.figures(), p.index(), p.probe() != null)).orElse(null);
    }

    @Test
    void theWindowsArgumentsAreReadAsTheCommandLineReadsThem() {
        for (String[] args : List.of(new String[]{}, new String[]{"--notes", "/a"},
                new String[]{"--notes", "/a", "--notes=/b", "--figures", "figs"}, new String[]{"--index=/tmp/i"},
                new String[]{"--startup-probe"}, new String[]{"--startup-probe=verbose", "--notes", "笔记"})) {
            assertThat(byWindowArguments(args)).as(String.join(" ", args)).isNotNull()
                    .isEqualTo(byCommandLine(args));
        }
    }

    @Test
    void anythingElseIsLeftToTheCommandLineWhichExplainsIt() {
        for (String[] args : List.of(new String[]{"search", "motion"}, new String[]{"--help"},
                new String[]{"--version"}, new String[]{"--notes"}, new String[]{"--notes", "--index", "x"},
                new String[]{"--nots", "/a"}, new String[]{"--index", "a", "--index", "b"},
                new String[]{"--startup-probe=loud"}, new String[]{"/a"}, new String[]{"--notes", "papers"},
                new String[]{"--notes", "@args.txt"}, new String[]{"--startup-probe", "--startup-probe"})) {
            assertThat(WindowArguments.read(args)).as(String.join(" ", args)).isEmpty();
        }
    }

    @Test
    void theProbesVerboseModeIsPassedOn() {
        assertThat(WindowArguments.read(new String[]{"--startup-probe=verbose"})).get()
                .extracting(WindowArguments.Parsed::probe).isEqualTo("verbose");
        assertThat(WindowArguments.read(new String[]{"--startup-probe"})).get()
                .extracting(WindowArguments.Parsed::probe).isEqualTo("brief");
    }
}
