package app.vidatlas.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command lines that only open the window ({@code vidatlas}, {@code --notes DIR}, {@code --figures DIR},
 * {@code --index DIR}, {@code --startup-probe[=verbose]}), read without building the whole command line: picocli
 * takes a fifth of a second to set up every command, which a user opening the window would wait for. Anything
 * else (a command, help, a misspelt option, a missing value) is left to {@link VidAtlasCommand}, which explains it.
 */
public final class WindowArguments {
    /** What the window was asked for. */
    public record Parsed(List<Path> notes, List<Path> figures, Path index, String probe) {
    }

    private WindowArguments() {
    }

    /** The window's arguments, or empty when the command line is anything else. */
    public static Optional<Parsed> read(String[] args) {
        List<Path> notes = new ArrayList<>();
        List<Path> figures = new ArrayList<>();
        Path index = null;
        String probe = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            String value = null;
            int eq = a.indexOf('=');
            String name = eq > 0 && a.startsWith("--") ? a.substring(0, eq) : a;
            if (eq > 0 && a.startsWith("--")) {
                value = a.substring(eq + 1);
            }
            switch (name) {
                case "--startup-probe" -> {
                    if (probe != null || value != null && !value.equals("verbose") && !value.equals("brief")) {
                        return Optional.empty(); // given twice, or a value picocli would refuse
                    }
                    probe = value == null ? "brief" : value;
                }
                case "--notes", "--figures", "--index" -> {
                    if (value == null) {
                        if (i + 1 >= args.length || args[i + 1].startsWith("-")) {
                            return Optional.empty(); // picocli says what is missing
                        }
                        value = args[++i];
                    }
                    // Picocli reads these otherwise: a command's name as a missing value, @FILE as a file of
                    // arguments. Left to it.
                    if (value.isEmpty() || value.startsWith("@") || VidAtlasCommand.COMMANDS.contains(value)) {
                        return Optional.empty();
                    }
                    Path p;
                    try {
                        p = Path.of(value);
                    } catch (RuntimeException e) {
                        return Optional.empty();
                    }
                    if (name.equals("--notes")) {
                        notes.add(p);
                    } else if (name.equals("--figures")) {
                        figures.add(p);
                    } else if (index == null) {
                        index = p;
                    } else {
                        return Optional.empty(); // given twice: picocli's message
                    }
                }
                default -> {
                    return Optional.empty();
                }
            }
        }
        return Optional.of(new Parsed(notes, figures, index, probe));
    }
}
