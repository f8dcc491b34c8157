package app.vidatlas.launch;

import app.vidatlas.cli.WindowArguments;
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

/**
 * Starts the app again in a JVM that maps its classes from a class-data archive (AppCDS), when it was started with
 * {@code java -jar vidatlas.jar}, which takes no JVM options from the jar (ADR 0011). Class loading is most of a
 * start: the archive takes a third off the window's first frame and a fifth off the first page, for about a tenth
 * of a second spent starting a second JVM. The first start writes the archive as it exits; every later start uses
 * it, and a JVM that cannot use it starts without it (it only logs why, and those logs are off). Commands are
 * relaunched by {@link CommandJvm}, after the command server had its chance.
 */
public final class Relaunch {
    /** {@code -Dvidatlas.sharedArchive=off} (or the environment variable {@code VIDATLAS_SHARED_ARCHIVE=off}). */
    public static final String SWITCH = "vidatlas.sharedArchive";

    /**
     * Given to the second JVM: a file it removes as soon as it runs the app's code. A JVM that ends with the file still
     * there never started (an option or an archive it refused), and the first JVM runs the app itself instead.
     */
    static final String STARTED_FLAG = "vidatlas.startedFlag";

    /** JVM options a second JVM must not repeat (a debugger's port, an agent) or that choose class sharing already. */
    private static final List<String> HANDS_OFF = List.of("-agentlib", "-agentpath", "-javaagent", "-Xdebug",
            "-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit", "-XX:+AutoCreateSharedArchive", "-Xshare");

    /**
     * For a large library (the last one the window opened, {@link CompilerHint}): the optimising compiler (C2) takes a
     * method up after ten times the calls and loops it does by default. On two cores its compiles of code that runs
     * only while the window starts competed with the JavaFX thread: the first frame came 0.19 s later
     * (docs/benchmarks.md, "Compiling"). Code that stays hot (a large catalog built, an index searched) still gets
     * there.
     */
    static final List<String> LATER_C2 = List.of("-XX:Tier4InvocationThreshold=50000",
            "-XX:Tier4MinInvocationThreshold=6000", "-XX:Tier4CompileThreshold=150000",
            "-XX:Tier4BackEdgeThreshold=400000");

    /**
     * For a small library: the quick compiler (C1) alone, without the profiling C2 would need: the first frame
     * 0.04–0.1 s sooner again, and the notes book's catalog and index no slower (docs/benchmarks.md, "Compiling").
     */
    static final List<String> QUICK_ONLY = List.of("-XX:TieredStopAtLevel=1");

    private Relaunch() {
    }

    /** Whether the user's own JVM options choose how code is compiled (then theirs stand, ours are not added). */
    static boolean choosesCompilation(List<String> jvmOptions) {
        for (String option : jvmOptions) {
            if (option.contains("Tier") || option.contains("CompileThreshold") || option.startsWith("-Xint")
                    || option.startsWith("-Xcomp") || option.startsWith("-XX:CompilationMode")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Runs the app in a JVM with the archive and returns its exit code, or empty to go on in this JVM.
     *
     * <p>Everything here runs before the window's JVM is started, in a JVM that maps none of the app's classes, so
     * each first use counts: no streams or lambdas (the first one costs a JVM milliseconds to set up), no regular
     * expressions, no {@code Files.createTempFile} (its {@code SecureRandom} takes 20 ms to seed), and the management
     * beans a probed start reads only once the second JVM is on its way (from {@code main} to the spawn: about 120 ms
     * before, 50–60 ms now; ADR 0011).
     */
    public static OptionalInt withSharedArchive(String[] args) {
        Optional<Path> jar = jar();
        Optional<String> kind = kind(args);
        if (jar.isEmpty() || kind.isEmpty() || switchedOff() || System.getProperty(Timeline.STARTED_AT) != null) {
            return OptionalInt.empty();
        }
        Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        Optional<List<String>> jvmOptions = commandLine.isPresent() ? jvmOptions(commandLine.get()) : Optional.empty();
        if (jvmOptions.isEmpty() || handsOff(jvmOptions.get())) {
            return OptionalInt.empty();
        }
        try {
            Path cache = UserDirs.cache();
            Path dir = cache.resolve("class-data");
            Files.createDirectories(dir);
            SharedArchive archive = SharedArchive.of(dir, jar.get(), kind.get());
            boolean writing = !archive.exists();
            String unique = ProcessHandle.current().pid() + "-" + System.nanoTime();
            Path flag = Files.createFile(dir.resolve("starting-" + unique + ".flag"));
            Path startedAt = probed(args) ? dir.resolve("started-" + unique + ".time") : null;
            List<String> compilation = CompilerHint.lastWasLarge(cache) ? LATER_C2 : QUICK_ONLY;
            List<String> command = command(jar.get(), jvmOptions.get(), archive, writing,
                    startedAt != null ? "@" + startedAt : Long.toString(System.currentTimeMillis()), flag, compilation,
                    args);
            OptionalInt exit = run(command, flag, startedAt);
            if (writing && exit.isPresent() && exit.getAsInt() == 0) {
                archive.install(jar.get());
            } else if (writing) {
                archive.discardPending();
            } else if (exit.isEmpty()) {
                archive.discard();   // it may be what that JVM refused; the next start writes a new one
            }
            return exit;
        } catch (IOException | RuntimeException e) {
            return OptionalInt.empty();   // no second JVM: this one runs the app, only slower to start
        }
    }

    /**
     * Whether a JVM option here, or in the environment (which the second JVM inherits), must not be repeated: a
     * debugger's port would be taken twice, and class sharing is chosen already.
     */
    static boolean handsOff(List<String> jvmOptions) {
        String environment = System.getenv().getOrDefault("JAVA_TOOL_OPTIONS", "") + " "
                + System.getenv().getOrDefault("JDK_JAVA_OPTIONS", "");
        for (String hands : HANDS_OFF) {
            if (environment.contains(hands)) {
                return true;
            }
            for (String option : jvmOptions) {
                if (option.startsWith(hands)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Runs the second JVM and returns its exit code, or empty when it ended without running the app's code (the
     * {@code flag} file is still there), so that this JVM runs the app instead of leaving the user without a window.
     */
    static OptionalInt run(List<String> command, Path flag, Path startedAt) throws IOException {
        try {
            Process app = new ProcessBuilder(command).inheritIO().start();
            if (startedAt != null) {
                Timeline.writeStartFile(startedAt);
            }
            int exit = waitFor(app);
            return exit != 0 && Files.exists(flag) ? OptionalInt.empty() : OptionalInt.of(exit);
        } finally {
            Files.deleteIfExists(flag);
            if (startedAt != null) {
                Files.deleteIfExists(startedAt);
            }
        }
    }

    /**
     * Called first thing in every JVM: in a second JVM it tells the launcher the app started (removes the flag), and
     * ends the window when the launcher is gone without stopping it ({@code kill -9}), so no window outlives it unseen
     * by the desktop that started it. A command's JVM is not watched (watching costs it 15-25 ms of its start): it
     * ends with its command, and a launcher stopped by a signal stops it first (see waitFor).
     */
    public static void confirmStarted(String[] args) {
        String flag = System.getProperty(STARTED_FLAG);
        if (flag == null) {
            return;
        }
        try {
            Files.deleteIfExists(Path.of(flag));
        } catch (IOException | RuntimeException ignored) {
            // The launcher then reads a failed exit as "never started" and runs the app again: a second window.
        }
        if (kind(args).isPresent()) {
            ProcessHandle.current().parent().ifPresent(launcher -> launcher.onExit().thenRun(() -> System.exit(0)));
        }
    }

    /** The second JVM's command line: this JVM's options, the archive's, and the same jar and arguments. */
    static List<String> command(Path jar, List<String> jvmOptions, SharedArchive archive, boolean writing,
                                String startedAt, Path startedFlag, List<String> compilation, String[] args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(archiveOptions(archive, writing));
        if (!choosesCompilation(jvmOptions)) {
            command.addAll(compilation);
        }
        command.add("-D" + Timeline.STARTED_AT + "=" + startedAt);
        command.add("-D" + STARTED_FLAG + "=" + startedFlag);
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return command;
    }

    /** The options that give a JVM the archive to map ({@code writing}: to write as it exits), and quietly. */
    static List<String> archiveOptions(SharedArchive archive, boolean writing) {
        List<String> options = new ArrayList<>();
        options.add(writing ? "-XX:ArchiveClassesAtExit=" + archive.pending()
                : "-XX:SharedArchiveFile=" + archive.file());
        options.add("-Xshare:auto");
        // Where the JDK maps archives at a random address (Debian's 17 does, by default), relocating 40 MB of classes
        // takes 0.15 s, more than the archive saves on a small start; at the address the archive was made for it is
        // mapped at once. A JDK without the option ignores it instead of refusing to start.
        options.add("-XX:+IgnoreUnrecognizedVMOptions");
        options.add("-XX:+UnlockDiagnosticVMOptions");
        options.add("-XX:ArchiveRelocationMode=0");
        // The JVM explains on standard output why a class is not archived or an archive not used; neither is the
        // user's business, and standard output is the commands' output.
        options.add("-Xlog:cds=off");
        options.add("-Xlog:cds+dynamic=off");
        return options;
    }

    /**
     * {@code window} for the window, empty for a command: a command no server answers is relaunched later, once no
     * server answered it ({@link CommandJvm}, ADR 0015). The window's command lines are told apart as {@code Main}
     * tells them ({@link WindowArguments}), so the two never disagree.
     */
    static Optional<String> kind(String[] args) {
        return WindowArguments.read(args).isPresent() ? Optional.of("window") : Optional.empty();
    }

    /** A probed start counts from this JVM's start, which the second JVM is told through a file (see run). */
    private static boolean probed(String[] args) {
        for (String a : args) {
            if (a.startsWith("--startup-probe")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The JVM options of this JVM's command line: what comes before {@code -jar}. Options from the environment
     * ({@code JDK_JAVA_OPTIONS}) are not on it, and reach the second JVM through the environment it inherits. (Read
     * from the process rather than the management beans, which take 40 ms to load.)
     */
    static Optional<List<String>> jvmOptions(String[] commandLine) {
        List<String> all = List.of(commandLine);
        int jarAt = all.indexOf("-jar");
        return jarAt < 0 ? Optional.empty() : Optional.of(all.subList(0, jarAt));
    }

    /**
     * The jar this JVM was started from with {@code -jar}, if it was, and if it is the jar these classes come from (a
     * test runner's own launcher jar is not).
     */
    static Optional<Path> jar() {
        String classPath = System.getProperty("java.class.path", "");
        String command = System.getProperty("sun.java.command", "");
        if (!classPath.endsWith(".jar") || classPath.contains(java.io.File.pathSeparator)
                || !command.startsWith(classPath)) {
            return Optional.empty();
        }
        try {
            Path ours = Path.of(Relaunch.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path jar = Path.of(classPath).toAbsolutePath();
            return Files.isRegularFile(jar) && Files.isSameFile(jar, ours) ? Optional.of(jar) : Optional.empty();
        } catch (IOException | java.net.URISyntaxException | RuntimeException e) {
            return Optional.empty();
        }
    }

    static boolean switchedOff() {
        String setting = System.getProperty(SWITCH, System.getenv("VIDATLAS_SHARED_ARCHIVE"));
        return "off".equalsIgnoreCase(setting) || "false".equalsIgnoreCase(setting);
    }

    /**
     * Waits for the app, passing this JVM's end on to it: a launcher stopped (by a terminal or a desktop) stops the
     * app it started instead of leaving it behind.
     */
    private static int waitFor(Process app) {
        // A named class rather than a lambda: this JVM's first lambda would cost it milliseconds while the app starts.
        Runtime.getRuntime().addShutdownHook(new Thread(new StopApp(app), "vidatlas-stop-app"));
        while (true) {
            try {
                return app.waitFor();
            } catch (InterruptedException e) {
                app.destroy();
            }
        }
    }

    /** Stops the app when this JVM is stopped. */
    private static final class StopApp implements Runnable {
        private final Process app;

        StopApp(Process app) {
            this.app = app;
        }

        @Override
        public void run() {
            app.destroy();
        }
    }
}
