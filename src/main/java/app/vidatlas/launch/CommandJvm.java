package app.vidatlas.launch;

import app.vidatlas.userdata.CompilerHint;
import app.vidatlas.userdata.UserDirs;
import app.vidatlas.work.Timeline;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * A command no server answered runs in a JVM made for a short life (ADR 0015): its classes mapped from the commands'
 * class-data archive, compiled by the quick compiler alone. Measured on the bundled notes, {@code search} took 0.5–0.65
 * s that way against 0.95–1.3 s in the JVM the user started, the second JVM included: most of a cold command was the
 * optimising compiler's work (half a second of CPU on the other core) and loading 2,100 classes from the jar.
 *
 * <p>The archive is made in the background after a command ran without it: a JVM with no terminal runs the commands
 * on the bundled notes ({@link CommandArchiveTraining}) and the JDK writes what they loaded as it exits; the shell
 * that started it moves the file in place only after a clean exit, so no command ever sees half of one.
 */
public final class CommandJvm {
    /** The archive's kind in its name (one for every command: their classes overlap most). */
    static final String KIND = "commands";
    /** A training JVM younger than this is still at work: another command does not start a second one. */
    private static final long TRAINING_MILLIS = TimeUnit.MINUTES.toMillis(2);

    private CommandJvm() {
    }

    /** The command's exit code, run in a JVM with the archive; empty to run it in this JVM. */
    public static OptionalInt run(String[] args) {
        Optional<Launch> launch = launch(args);
        if (launch.isEmpty()) {
            return OptionalInt.empty();
        }
        SharedArchive archive = launch.get().archive();
        if (!archive.exists()) {
            return OptionalInt.empty();
        }
        try {
            Path flag = Files.createFile(archive.file().resolveSibling(
                    "starting-" + ProcessHandle.current().pid() + "-" + System.nanoTime() + ".flag"));
            List<String> command = Relaunch.command(launch.get().jar(), launch.get().jvmOptions(), archive, false,
                    Long.toString(System.currentTimeMillis()), flag, compilation(), args);
            OptionalInt exit = Relaunch.run(command, flag, null);
            if (exit.isEmpty()) {
                archive.discard();   // it may be what that JVM refused; the next command's training writes another
            }
            return exit;
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();
        }
    }

    /**
     * After a command ran in this JVM: starts the training that writes the commands' archive, if it is missing and no
     * training is at work. Nothing waits for it; a failure only leaves the next command without the archive.
     */
    public static void prepareArchive(String[] args) {
        Optional<Launch> launch = launch(args);
        if (launch.isEmpty() || launch.get().archive().exists() || training(launch.get().archive())) {
            return;
        }
        SharedArchive archive = launch.get().archive();
        try {
            archive.removeOlderBuilds(launch.get().jar(), false);
            // Says "at work" to other commands until the JDK replaces it with the archive it writes.
            Files.write(archive.pending(), new byte[0]);
            new ProcessBuilder(trainingCommand(launch.get().jar(), launch.get().jvmOptions(), archive))
                    .directory(archive.file().getParent().toFile())
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
        } catch (IOException | RuntimeException e) {
            // No shell or no process: commands keep running in their own JVM, as they always could.
        }
    }

    /** What a relaunch needs: this jar, this JVM's options and the archive; empty when the command stays here. */
    private record Launch(Path jar, List<String> jvmOptions, SharedArchive archive) {
    }

    private static Optional<Launch> launch(String[] args) {
        if (!relaunchable(args)) {
            return Optional.empty();
        }
        // No lambdas or streams on this path: it runs before the command's JVM starts, and a JVM's first lambda costs
        // it 10-15 ms (Relaunch).
        Optional<Path> jar = Relaunch.jar();
        Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        Optional<List<String>> jvmOptions = commandLine.isPresent() ? Relaunch.jvmOptions(commandLine.get())
                : Optional.empty();
        if (jar.isEmpty() || jvmOptions.isEmpty() || Relaunch.handsOff(jvmOptions.get())) {
            return Optional.empty();
        }
        try {
            Path dir = UserDirs.cache().resolve("class-data");
            Files.createDirectories(dir);
            return Optional.of(new Launch(jar.get(), jvmOptions.get(), SharedArchive.of(dir, jar.get(), KIND)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Commands that read the notes and print (the server's, {@link CommandClient#ANSWERED}), in the JVM the user
     * started, archives not switched off. Others stay: {@code index} runs long enough to need the optimising
     * compiler, and {@code --help} or {@code --version} load little.
     */
    static boolean relaunchable(String[] args) {
        return args.length > 0 && CommandClient.ANSWERED.contains(args[0]) && !Relaunch.switchedOff()
                && System.getProperty(Timeline.STARTED_AT) == null;
    }

    /**
     * The quick compiler alone, unless the last library opened was large: there a command that builds the catalog
     * (100,000 papers: {@code show}, {@code papers}) took 45–51 s with it against 32–39 s, and the optimising compiler,
     * taken up later, keeps it at 32–36 s (docs/benchmarks.md, "The command line").
     */
    private static List<String> compilation() {
        return CompilerHint.lastWasLarge(UserDirs.cache()) ? Relaunch.LATER_C2 : Relaunch.QUICK_ONLY;
    }

    /**
     * {@code sh -c 'JVM && mv PENDING ARCHIVE || rm PENDING'}, in a session of its own (a terminal's Ctrl+C or hang-up
     * does not end it half-way): the JDK writes the archive as the JVM exits, after anything in it could move the file.
     */
    static List<String> trainingCommand(Path jar, List<String> jvmOptions, SharedArchive archive) {
        List<String> command = new ArrayList<>(trainingScript(archive.pending(), archive.file()));
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(Relaunch.archiveOptions(archive, true));
        // The training's own class instead of the jar's main, on the same class path (what the archive is checked by).
        command.addAll(List.of("-cp", jar.toString(), CommandArchiveTraining.class.getName()));
        return command;
    }

    /**
     * The shell that runs the command after it and moves {@code pending} to {@code archive} if it succeeds (removes it
     * if not). The paths are the script's arguments ({@code $0 $1}), never part of its text: no quoting to get wrong.
     */
    static List<String> trainingScript(Path pending, Path archive) {
        List<String> script = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            script.add(setsid.toString());
        }
        String run = "p=\"$0\"; a=\"$1\"; shift; \"$@\" && mv -f \"$p\" \"$a\" || rm -f \"$p\"";
        script.addAll(List.of("/bin/sh", "-c", run, pending.toString(), archive.toString()));
        return script;
    }

    /** Whether a training of this archive started in the last two minutes is still writing it. */
    private static boolean training(SharedArchive archive) {
        String pending = archive.file().getFileName() + ".";
        try (java.util.stream.Stream<Path> files = Files.list(archive.file().getParent())) {
            long now = System.currentTimeMillis();
            return files.anyMatch(p -> p.getFileName().toString().startsWith(pending)
                    && p.getFileName().toString().endsWith(".tmp") && now - modified(p) < TRAINING_MILLIS);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    private static long modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }
}
