package app.vidatlas.cli;

import app.vidatlas.search.SearchWarmUp;
import app.vidatlas.work.Workers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.ArrayList;
import picocli.CommandLine.Option;

/** {@code vidatlas}: opens the app; its subcommands are the command line. */
@Command(name = "vidatlas", mixinStandardHelpOptions = true, version = "VidAtlas 0.1.0",
        description = "A reference browser for video diffusion papers. Without a command, opens the app.")
public final class VidAtlasCommand implements Callable<Integer> {
    /** Returned by {@link #run} when the app window was started instead of a command. */
    public static final int APP_STARTED = -1;

    /** The subcommands' names, in the order help lists them ({@link #commandLine}; {@link WindowArguments}). */
    static final List<String> COMMANDS = List.of("papers", "show", "search", "index", "compare", "matrix", "export",
            "check", "lineage", "timeline", "bench-corpus", "help");

    /** Opens the window with the notes, figure folders and index folder given. */
    @FunctionalInterface
    public interface AppStarter {
        /**
         * @param probe when not null, the app opens the first paper, reports the milliseconds since the JVM started
         *              once its page has rendered ({@code "ready"}) and once the whole catalog has loaded
         *              ({@code "catalog"}), and quits ({@code --startup-probe})
         */
        void start(List<Path> notes, List<Path> figures, Path index, java.util.function.ObjLongConsumer<String> probe);
    }

    @Mixin
    LibraryOptions library;

    @Option(names = "--figures", paramLabel = "DIR",
            description = "Also look for the notes' figures in DIR (by file name). Repeatable.")
    List<Path> figures = new ArrayList<>();

    @Option(names = "--startup-probe", arity = "0..1", fallbackValue = "brief", paramLabel = "verbose",
            description = "Open the window, print 'window <ms since JVM start>' at its first frame, 'ready <ms>' once "
            + "the first paper page has rendered and 'catalog <ms>' once the whole catalog (list, tree, links between "
            + "papers) has loaded, and quit. With =verbose, also every phase of the start.")
    String startupProbe;

    private final AppStarter app;
    /** How the commands open the notes: each its own, or kept open by the command server (ADR 0014). */
    final NotesOpener opener;
    /** The folder a relative path is read against: the command's, in the command server; null in its own JVM. */
    final Path workingDir;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;
    private boolean appStarted;

    VidAtlasCommand(AppStarter app) {
        this(app, NotesOpener.EACH_COMMAND, null);
    }

    VidAtlasCommand(AppStarter app, NotesOpener opener, Path workingDir) {
        this.app = app;
        this.opener = opener;
        this.workingDir = workingDir;
    }

    @Override
    public Integer call() {
        appStarted = true;
        PrintWriter out = spec == null ? new PrintWriter(System.out, true) : spec.commandLine().getOut();
        startWindow(app, new WindowArguments.Parsed(library.notes, figures, library.index, startupProbe), out);
        return 0;
    }

    /** Opens the window as asked; the start-up probe's events go to the standard output. */
    public static void startWindow(AppStarter app, WindowArguments.Parsed args) {
        startWindow(app, args, new PrintWriter(System.out, true));
    }

    /** Opens the window as asked; with the start-up probe, its events are printed to {@code out}. */
    public static void startWindow(AppStarter app, WindowArguments.Parsed args, PrintWriter out) {
        if ("verbose".equals(args.probe())) {
            System.setProperty("vidatlas.probe.verbose", "true");
        }
        app.start(args.notes(), args.figures(), args.index(), args.probe() != null ? (event, ms) -> {
            out.println(event + " " + ms);
            out.flush();
        } : null);
    }

    /** Runs the command line; {@code app} opens the window (only when no subcommand is given). */
    public static int run(String[] args, AppStarter app) {
        return run(args, app, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
    }

    public static int run(String[] args, AppStarter app, PrintWriter out, PrintWriter err) {
        return run(args, app, out, err, null);
    }

    /**
     * Runs the command line as if started in {@code workingDir} (the command server's commands, ADR 0014): a
     * relative folder given is read against it and named as given (LibraryOptions), not read against this JVM's own
     * folder. Null: this JVM's folder.
     */
    public static int run(String[] args, AppStarter app, PrintWriter out, PrintWriter err, Path workingDir) {
        return run(args, app, out, err, workingDir, NotesOpener.EACH_COMMAND);
    }

    /** As above, the notes opened by {@code opener} (the command server keeps them open between commands). */
    public static int run(String[] args, AppStarter app, PrintWriter out, PrintWriter err, Path workingDir,
                          NotesOpener opener) {
        if (args.length > 0 && "search".equals(args[0])) {
            // The dictionaries a first query needs are read on another core while picocli reads the annotations.
            SearchWarmUp.shared(Workers.shared());
        }
        VidAtlasCommand top = new VidAtlasCommand(app, opener, workingDir);
        // Everything any command prints passes the terminal filter; so help is left uncoloured, its ANSI codes
        // would be shown as text.
        PrintWriter safeOut = Terminal.writer(out);
        PrintWriter safeErr = Terminal.writer(err);
        CommandLine cli = commandLine(top, args.length > 0 ? args[0] : null).setOut(safeOut).setErr(safeErr).setCaseInsensitiveEnumValuesAllowed(true)
                .setColorScheme(CommandLine.Help.defaultColorScheme(CommandLine.Help.Ansi.OFF));
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            // Never a stack trace: say what failed in one line.
            commandLine.getErr().println("vidatlas: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        });
        int exit = cli.execute(args);
        safeOut.flush();
        safeErr.flush();
        return top.appStarted && exit == 0 ? APP_STARTED : exit;
    }

    /**
     * The command line of {@code top} with its subcommands: only the one {@code first} names, when it names one, for
     * picocli reads each command's annotations as it is added (in a new JVM, 50-80 ms for all twelve); all of them
     * otherwise: for help, the suggestion for a misspelt command, or options given before the command.
     */
    static CommandLine commandLine(VidAtlasCommand top, String first) {
        CommandLine cli = new CommandLine(top);
        boolean one = first != null && COMMANDS.contains(first) && !"help".equals(first);
        for (String name : one ? List.of(first) : COMMANDS) {
            cli.addSubcommand(name, subcommand(name));
        }
        return cli;
    }

    private static Object subcommand(String name) {
        return switch (name) {
            case "papers" -> new PapersCommand();
            case "show" -> new ShowCommand();
            case "search" -> new SearchCommand();
            case "index" -> new IndexCommand();
            case "compare" -> new CompareCommand();
            case "matrix" -> new MatrixCommand();
            case "export" -> new ExportCommand();
            case "check" -> new CheckCommand();
            case "lineage" -> new LineageCommand();
            case "timeline" -> new TimelineCommand();
            case "bench-corpus" -> new BenchCorpusCommand();
            case "help" -> new CommandLine.HelpCommand();
            default -> throw new IllegalArgumentException("no such command: " + name);
        };
    }
}
