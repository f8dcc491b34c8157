package app.vidatlas.launch;

import app.vidatlas.work.Timeline;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The command's side of the command server (ADR 0014): a command that only reads the notes is answered by a JVM that
 * has answered commands before, and so neither loads nor compiles the index's code again. When no server answers,
 * the command runs in its own JVM as always, and a server is started for the next one. Loads no command-line
 * library: this JVM's start is all the answer costs.
 */
public final class CommandClient {
    /** {@code -Dvidatlas.commandServer=off} (or {@code VIDATLAS_COMMAND_SERVER=off}): every command in its own JVM. */
    public static final String SWITCH = "vidatlas.commandServer";

    /** Commands that read the notes and print, and write nothing but the index (which any command brings up to date). */
    public static final Set<String> ANSWERED = Set.of("papers", "show", "search", "compare", "matrix", "export",
            "lineage", "timeline", "check");
    /** How long a server has to say it started a command: a server stopped or busy with another is not waited for. */
    static final int STARTED_WITHIN_MILLIS = 1_000;

    /** This JVM's server place, worked out once (a command that is not answered also starts a server). */
    private static Optional<ServerPlace> place;

    private CommandClient() {
    }

    private static synchronized Optional<ServerPlace> place() {
        if (place == null) {
            place = ServerPlace.ofThisJvm();
        }
        return place;
    }

    /** The exit code of the command as a server ran it, its output printed; empty to run it in this JVM. */
    public static OptionalInt answer(String[] args) {
        if (!answerable(args)) {
            return OptionalInt.empty();
        }
        Optional<ServerPlace> here = place();
        if (here.isEmpty() || !Files.exists(here.get().socket()) || here.get().privateFolder().isEmpty()) {
            return OptionalInt.empty();
        }
        return answer(here.get(), args, Path.of("").toAbsolutePath(), System.out, System.err);
    }

    /** Starts a server for the next command like this one, unless one is running or starting. */
    public static void startServerForNext(String[] args) {
        if (answerable(args)) {
            place().ifPresent(here -> start(here, args, Path.of("").toAbsolutePath()));
        }
    }

    /**
     * Commands that may be answered: the ones in {@link #ANSWERED}, with no {@code @file} argument (picocli would read
     * it relative to the server's folder; a relative folder is read against the command's, see LibraryOptions), the
     * server not switched off, in a JVM the user started (a command's own JVM, {@link CommandJvm}, was started
     * because no server answered, and its launcher starts the server for the next).
     */
    static boolean answerable(String[] args) {
        String setting = System.getProperty(SWITCH, System.getenv("VIDATLAS_COMMAND_SERVER"));
        if ("off".equalsIgnoreCase(setting) || "false".equalsIgnoreCase(setting) || args.length == 0
                || !ANSWERED.contains(args[0]) || System.getProperty(Timeline.STARTED_AT) != null) {
            return false;
        }
        for (String arg : args) {
            if (arg.startsWith("@") || arg.length() > CommandFrames.MAX_STRING / 4) {
                return false;
            }
        }
        return true;
    }

    static OptionalInt answer(ServerPlace place, String[] args, Path workingDir, PrintStream out, PrintStream err) {
        boolean printed = false;
        try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
            channel.connect(UnixDomainSocketAddress.of(place.socket()));
            if (!ServerPlace.sameUser(channel)) {
                return OptionalInt.empty();
            }
            request(place, args, workingDir, out, err).writeTo(
                    new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel))));
            if (!started(channel)) {
                return OptionalInt.empty();
            }
            DataInputStream answer = new DataInputStream(new BufferedInputStream(Channels.newInputStream(channel)));
            if (answer.readByte() != CommandFrames.STARTED || answer.readInt() != 0) {
                return OptionalInt.empty();
            }
            while (true) {
                byte kind = answer.readByte();
                int length = answer.readInt();
                if (kind == CommandFrames.EXIT) {
                    out.flush();
                    err.flush();
                    return OptionalInt.of(answer.readInt());
                }
                if ((kind != CommandFrames.OUT && kind != CommandFrames.ERR) || length < 0) {
                    return printed ? stopped(err) : OptionalInt.empty();
                }
                PrintStream to = kind == CommandFrames.OUT ? out : err;
                to.write(answer.readNBytes(length));
                to.flush();
                printed = true;
            }
        } catch (IOException | RuntimeException e) {
            // No server there (a socket left by one that was killed), or it went away: run the command here, unless
            // part of its output is printed already, which would then be printed twice.
            return printed ? stopped(err) : OptionalInt.empty();
        }
    }

    /**
     * Whether the server said within {@link #STARTED_WITHIN_MILLIS} that it runs the command. A server stopped
     * ({@code kill -STOP}), hung, or running another command (one at a time) does not, and the command runs in its
     * own JVM instead of waiting behind it. Leaves the channel blocking.
     */
    private static boolean started(SocketChannel channel) throws IOException {
        channel.configureBlocking(false);
        try (Selector selector = Selector.open()) {
            SelectionKey key = channel.register(selector, SelectionKey.OP_READ);
            boolean ready = selector.select(STARTED_WITHIN_MILLIS) > 0;
            key.cancel();
            selector.selectNow();
            return ready;
        } finally {
            channel.configureBlocking(true);
        }
    }

    /** This command, to be run as this JVM would run it: in its folder, printed in its charsets. */
    private static CommandFrames.Request request(ServerPlace place, String[] args, Path workingDir, PrintStream out,
                                                 PrintStream err) {
        return new CommandFrames.Request(CommandFrames.RUN, place.key(), workingDir.toString(), charsetOf(out).name(),
                charsetOf(err).name(), List.of(args));
    }

    private static OptionalInt stopped(PrintStream err) {
        err.println("vidatlas: the command server stopped before the command finished; run the command again");
        err.flush();
        return OptionalInt.of(1);
    }

    /**
     * The charset this JVM's commands print in: since Java 18 a {@code PrintWriter} over {@code System.out} takes the
     * stream's own ({@code stdout.encoding}), before that the default one. The server prints in the same.
     */
    static Charset charsetOf(PrintStream stream) {
        try {
            return (Charset) PrintStream.class.getMethod("charset").invoke(stream);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return Charset.defaultCharset();
        }
    }

    /**
     * Starts the server in the background, in a session of its own (so a terminal's hang-up or Ctrl+C does not end
     * it), with this JVM's options and environment; the key and the command it warms up with go to its standard
     * input, not its command line, where other users could read them.
     */
    static void start(ServerPlace place, String[] args, Path workingDir) {
        if (place.privateFolder().isEmpty() || running(place) || recentlyFailed(place)) {
            return;
        }
        List<String> command = new ArrayList<>();
        Path setsid = Path.of("/usr/bin/setsid");
        if (Files.isExecutable(setsid)) {
            command.add(setsid.toString());
        }
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(place.jvmOptions());
        command.addAll(List.of("-cp", place.jar().toString(), CommandServer.class.getName(),
                place.socket().toString(), place.jar().toString()));
        try {
            Process server = new ProcessBuilder(command).directory(place.socket().getRoot().toFile())
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(place.log().toFile())).redirectErrorStream(true)
                    .start();
            try (DataOutputStream in = new DataOutputStream(new BufferedOutputStream(server.getOutputStream()))) {
                request(place, args, workingDir, System.out, System.err).writeTo(in);
            }
        } catch (IOException | RuntimeException e) {
            // No server: the next command runs in its own JVM too, as it always could.
        }
    }

    /** Whether a server for this place could not listen within the hour (it left a note saying why). */
    static boolean recentlyFailed(ServerPlace place) {
        Path failed = place.failed();
        try {
            return Files.exists(failed) && System.currentTimeMillis()
                    - Files.getLastModifiedTime(failed).toMillis() < java.util.concurrent.TimeUnit.HOURS.toMillis(1);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether a server holds the place's lock (running, or starting up). */
    static boolean running(ServerPlace place) {
        try (FileChannel file = FileChannel.open(place.lock(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = CommandServer.tryLock(file)) {
            return lock == null;
        } catch (IOException | RuntimeException e) {
            return true;   // cannot tell: start none rather than one too many
        }
    }
}
