package app.vidatlas.cli;

import app.vidatlas.launch.CommandClient;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The command client knows which options of the commands the server answers take a path (ADR 0014): a relative one
 * runs the command in its own JVM. A path option it did not know of would be read against the server's folder.
 */
class PathOptionsTest {
    @Test
    void everyPathTheAnsweredCommandsTakeIsAnOptionTheClientKnows() {
        CommandLine cli = new CommandLine(new VidAtlasCommand((n, f, i, p) -> { }));
        Set<String> pathOptions = new HashSet<>();
        for (String name : CommandClient.ANSWERED) {
            CommandLine.Model.CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
            for (CommandLine.Model.OptionSpec option : spec.options()) {
                if (takesPath(option)) {
                    pathOptions.addAll(List.of(option.names()));
                }
            }
            assertThat(spec.positionalParameters()).as(name + ": a path as a positional parameter")
                    .noneMatch(PathOptionsTest::takesPath);
        }
        assertThat(pathOptions).isNotEmpty();
        assertThat(CommandClient.PATH_OPTIONS).containsAll(pathOptions);
    }

    private static boolean takesPath(CommandLine.Model.ArgSpec arg) {
        return Path.class.isAssignableFrom(arg.type()) || java.io.File.class.isAssignableFrom(arg.type())
                || List.of(arg.auxiliaryTypes()).stream()
                .anyMatch(t -> Path.class.isAssignableFrom(t) || java.io.File.class.isAssignableFrom(t));
    }
}
