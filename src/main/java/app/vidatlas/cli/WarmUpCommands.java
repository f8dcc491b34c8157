package app.vidatlas.cli;

import picocli.CommandLine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command server runs before it answers anyone (ADR 0014): the command that started it, searches of every
 * kind (English, Chinese, mixed, a phrase, fields, a misspelling that falls back to close matches) in both formats on
 * that command's library, then that command again; the server stops it after six seconds. Measured on the bundled
 * notes, the first query of 30 commands each in its own process, answered by the server (median): 5-30 ms after three
 * runs of one command, 11 ms after 55 searches, 3 ms after this (a warm JVM: 4 ms for a query it has not seen, 1 ms
 * for one it has).
 */
public final class WarmUpCommands {
    private static final List<String> QUERIES = List.of("motion", "text-video alignment", "\"temporal attention\"",
            "运动", "光流 控制", "motion 一致性", "year:2022..2023 diffusion", "AnimateDiff", "moton", "cat:base -tag:x",
            "title:video OR author:wang", "扩散模型", "latent", "image-to-video editing", "SVD", "文生视频 consistency",
            "venue:CVPR", "noise prior", "3D", "训练 数据");
    private static final int ROUNDS = 12;

    private WarmUpCommands() {
    }

    /**
     * The command lines to run: {@code first}, then {@code first}'s library ({@code --notes}, {@code --index}, read
     * as picocli reads them, against {@code workingDir}) searched {@link #QUERIES} {@link #ROUNDS} times, then
     * {@code first} twice. Only {@code first} when it cannot be parsed (it then fails fast, as it did for the user).
     */
    public static List<List<String>> of(List<String> first, Path workingDir) {
        List<String> library = new ArrayList<>();
        try {
            CommandLine cli = VidAtlasCommand.commandLine(new VidAtlasCommand((n, f, i, p) -> {
            }), null);
            cli.registerConverter(Path.class, workingDir::resolve);
            CommandLine.ParseResult parsed = cli.parseArgs(first.toArray(String[]::new));
            CommandLine.ParseResult command = parsed.hasSubcommand() ? parsed.subcommand() : parsed;
            List<Path> notes = command.matchedOptionValue("--notes", List.of());
            Path index = command.matchedOptionValue("--index", null);
            notes.forEach(dir -> library.addAll(List.of("--notes", dir.toString())));
            if (index != null) {
                library.addAll(List.of("--index", index.toString()));
            }
        } catch (CommandLine.ParameterException | ClassCastException e) {
            return List.of(first);
        }
        List<List<String>> commands = new ArrayList<>();
        commands.add(first);   // first, so that the classes it needs are loaded even when time runs out
        for (int round = 0; round < ROUNDS; round++) {
            for (int i = 0; i < QUERIES.size(); i++) {
                List<String> search = new ArrayList<>(List.of("search", QUERIES.get(i),
                        "--format", (i + round) % 2 == 0 ? "table" : "json"));
                search.addAll(library);
                commands.add(search);
            }
        }
        commands.add(first);
        commands.add(first);
        return commands;
    }
}
