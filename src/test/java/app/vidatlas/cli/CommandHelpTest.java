package app.vidatlas.cli;

import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Help and mistakes reach every command, though a command names only itself to picocli when it is the first argument
 * ({@code VidAtlasCommand.commandLine}).
 */
class CommandHelpTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return VidAtlasCommand.run(args, (notes, figures, index, probe) -> {
            throw new AssertionError("no window");
        }, new PrintWriter(out), new PrintWriter(err));
    }

    @Test
    void helpListsEveryCommandInItsOrder() {
        assertThat(run("--help")).isZero();
        StringBuilder order = new StringBuilder("(?s)");
        for (String name : VidAtlasCommand.COMMANDS) {
            order.append("\\n  ").append(Pattern.quote(name)).append(" .*");
        }
        assertThat(out.toString()).containsPattern(order.toString());
    }

    @Test
    void aCommandsOwnHelpAndHelpForACommandBothWork() {
        assertThat(run("search", "--help")).isZero();
        assertThat(out.toString()).startsWith("Usage: vidatlas search");
        out.getBuffer().setLength(0);
        assertThat(run("help", "show")).isZero();
        assertThat(out.toString()).startsWith("Usage: vidatlas show");
    }

    @Test
    void aMisspeltCommandIsExplainedWithTheCommandMeant() {
        assertThat(run("serach", "motion")).isEqualTo(2);
        assertThat(err.toString()).contains("Unmatched arguments").contains("search");
    }

    @Test
    void theVersionIsPrinted() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString()).startsWith("VidAtlas ");
    }
}
