package app.vidatlas.cli;

import app.vidatlas.launch.CommandClient;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.lang.reflect.Field;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In the command server a relative path is read against the command's working folder by {@link LibraryOptions}
 * (ADR 0014): a path option of an answered command declared anywhere else would be read against the server's folder.
 */
class PathOptionsTest {
    @Test
    void everyPathTheAnsweredCommandsTakeIsReadByLibraryOptions() {
        CommandLine cli = VidAtlasCommand.commandLine(new VidAtlasCommand((n, f, i, p) -> { }), null);
        int paths = 0;
        for (String name : CommandClient.ANSWERED) {
            CommandLine.Model.CommandSpec spec = cli.getSubcommands().get(name).getCommandSpec();
            for (CommandLine.Model.ArgSpec arg : spec.args()) {
                if (takesPath(arg)) {
                    paths++;
                    assertThat(arg.userObject()).as(name + " " + arg.paramLabel()).isInstanceOf(Field.class);
                    assertThat(((Field) arg.userObject()).getDeclaringClass()).as(name + " " + arg.paramLabel())
                            .isEqualTo(LibraryOptions.class);
                }
            }
        }
        assertThat(paths).as("--notes and --index of each command").isEqualTo(2 * CommandClient.ANSWERED.size());
    }

    private static boolean takesPath(CommandLine.Model.ArgSpec arg) {
        return Path.class.isAssignableFrom(arg.type()) || java.io.File.class.isAssignableFrom(arg.type())
                || List.of(arg.auxiliaryTypes()).stream()
                .anyMatch(t -> Path.class.isAssignableFrom(t) || java.io.File.class.isAssignableFrom(t));
    }
}
