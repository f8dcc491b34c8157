package app.vidatlas.launch;

import app.vidatlas.cli.NotesOpener;
import app.vidatlas.cli.VidAtlasCommand;
import app.vidatlas.cli.WarmUpCommands;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

/**
 * The command server (ADR 0014): a JVM that answers the commands of {@link CommandClient#ANSWERED}, one at a time,
 * each exactly as a JVM of its own would (its arguments, its working folder, its output's charset), so that a command
 * costs a JVM's start and not the index's code loaded and compiled again. Between commands it keeps only the notes the
 * last one opened, while they and their index are unchanged ({@link KeptNotes}); otherwise a command opens them as a
 * command always does, and sees every change made since. It ends after {@code vidatlas.commandServer.idleSeconds}
 * (default 3600: an hour) without a command, when its jar is rebuilt or removed, or when asked to stop.
 */
public final class CommandServer {
    private static final long CHECK_MILLIS = 30_000;
    /**
     * The warm-up stops after this long (WarmUpCommands lists more than fit): about 240 searches on the bundled notes;
     * on a library of 100,000 papers the first command, which opens the index, takes over a second of it.
     */
    private static final long WARM_UP_NANOS = 6_000_000_000L;

    private final String key;
    private final JarStamp jar;
    private final long idleMillis;
    /** The library the last command opened, kept open for the next while unchanged. */
    private final KeptNotes notes = new KeptNotes();

    CommandServer(String key, JarStamp jar, long idleMillis) {
        this.key = key;
        this.jar = jar;
        this.idleMillis = idleMillis;
    }

    /** {@code CommandServer SOCKET JAR}, the key and the first command on standard input. */
    public static void main(String[] args) throws IOException {
        Path socket = Path.of(args[0]);
        CommandFrames.Request first = CommandFrames.Request.readFrom(
                new DataInputStream(new BufferedInputStream(System.in)));
        long idle = Long.getLong("vidatlas.commandServer.idleSeconds", 3600) * 1000;
        CommandServer server = new CommandServer(first.key(), JarStamp.of(Path.of(args[1])), idle);
        server.serve(socket, first);
        System.exit(0);
    }

    /** Holds the lock, warms up on the first command, listens until idle. Returns at once if another server runs. */
    void serve(Path socket, CommandFrames.Request warmUp) throws IOException {
        Path lockFile = ServerPlace.sibling(socket, ".lock");
        try (FileChannel file = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock lock = tryLock(file)) {
            if (lock == null) {
                return;
            }
            // The log is appended to (a second server started by mistake must not empty this one's): each server
            // starts it afresh once it holds the lock.
            try (FileChannel log = FileChannel.open(ServerPlace.sibling(socket, ".log"), StandardOpenOption.WRITE)) {
                log.truncate(0);
            } catch (IOException | RuntimeException e) {
                // no log, or another's: it only loses its start
            }
            if (warmUp != null) {
                warmUp(warmUp);
                settle();
            }
            try (ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
                 Selector selector = Selector.open()) {
                try {
                    Files.deleteIfExists(socket);   // left by a server that was killed: this lock says none runs
                    server.bind(UnixDomainSocketAddress.of(socket));
                } catch (IOException | RuntimeException e) {
                    // A folder where no socket can be made (a network file system, say): said once, so that the
                    // commands do not start a server each time only to see it fail (CommandClient.recentlyFailed).
                    noteFailure(socket, e);
                    throw e;
                }
                Files.deleteIfExists(ServerPlace.sibling(socket, ".failed"));
                server.configureBlocking(false);
                server.register(selector, SelectionKey.OP_ACCEPT);
                listen(server, selector);
            } finally {
                Files.deleteIfExists(socket);
            }
        }
    }

    /** Leaves the note that stops commands starting servers here for an hour; the bind's error stays the one thrown. */
    private static void noteFailure(Path socket, Exception why) {
        try {
            Files.writeString(ServerPlace.sibling(socket, ".failed"),
                    "could not listen at " + socket + ": " + why + "\n");
        } catch (IOException | RuntimeException e) {
            // Without the note the next command starts a server again, which fails again: slower, not wrong.
        }
    }

    /** The lock, or null when another server (in another JVM, or in this one) holds it. */
    static FileLock tryLock(FileChannel file) throws IOException {
        try {
            return file.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null;
        }
    }

    private void listen(ServerSocketChannel server, Selector selector) throws IOException {
        long lastUsed = System.currentTimeMillis();
        Idle idle = new Idle();
        try {
            while (true) {
                long idleFor = System.currentTimeMillis() - lastUsed;
                if (idleFor >= idleMillis || !jar.unchanged() || Thread.currentThread().isInterrupted()) {
                    return;
                }
                long wait = idle.act(idleFor, notes);
                selector.select(Math.max(1, Math.min(CHECK_MILLIS, Math.min(wait, idleMillis - idleFor))));
                selector.selectedKeys().clear();
                SocketChannel client = server.accept();
                if (client != null) {
                    client.configureBlocking(true);
                    try (client) {
                        if (!answer(client)) {
                            return;
                        }
                    } catch (IOException | RuntimeException e) {
                        // That command's terminal went away (Ctrl+C) or spoke nonsense: the next one is answered. The
                        // log says so: the socket's or the protocol's message, but only the kind of any other failure,
                        // whose message could quote the command's arguments (a query, a path), which are never logged.
                        System.out.println("a command's connection dropped: "
                                + (e instanceof IOException ? e.toString() : e.getClass().getName()));
                    }
                    lastUsed = System.currentTimeMillis();
                    idle = new Idle();
                }
            }
        } finally {
            notes.release();
        }
    }

    /**
     * What an idle server gives back. After a minute, a full collection: the heap its warm-up and commands grew
     * (500 MB resident) back to the system (about 130 MB). G1's periodic collection did not shrink it; a heap kept
     * tight with MaxHeapFreeRatio collected all the time and slowed queries three-fold. After ten minutes, the notes
     * kept open too (at 100,000 papers their catalog is 600 MB): a command after that opens them again.
     */
    static final class Idle {
        static final long COLLECT_AFTER_MILLIS = 60_000;
        static final long RELEASE_AFTER_MILLIS = 600_000;
        private boolean collected;
        private boolean released;

        /** Does what is due after {@code idleFor} ms; returns how long until the next thing is due. */
        long act(long idleFor, KeptNotes notes) {
            if (!released && idleFor >= RELEASE_AFTER_MILLIS) {
                notes.release();
                System.gc();
                released = true;
                collected = true;
            } else if (!collected && idleFor >= COLLECT_AFTER_MILLIS) {
                System.gc();
                collected = true;
            }
            long next = !collected ? COLLECT_AFTER_MILLIS : !released ? RELEASE_AFTER_MILLIS : Long.MAX_VALUE;
            return next == Long.MAX_VALUE ? Long.MAX_VALUE : next - idleFor;
        }
    }

    /** Answers one connection; false when it asked the server to stop. */
    private boolean answer(SocketChannel client) throws IOException {
        if (!ServerPlace.sameUser(client)) {
            System.out.println("a connection from another user, not answered");
            return true;
        }
        CommandFrames.Request request = CommandFrames.Request.readFrom(
                new DataInputStream(new BufferedInputStream(Channels.newInputStream(client))));
        DataOutputStream frames = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(client)));
        if (request.kind() == CommandFrames.STOP) {
            CommandFrames.writeExit(frames, 0);
            return false;
        }
        if (!key.equals(request.key()) || request.kind() != CommandFrames.RUN) {
            CommandFrames.writeFrame(frames, CommandFrames.REFUSED);
            return true;
        }
        CommandFrames.writeFrame(frames, CommandFrames.STARTED);
        long start = System.nanoTime();
        int exit = run(request, notes, CommandFrames.frames(frames, CommandFrames.OUT),
                CommandFrames.frames(frames, CommandFrames.ERR));
        CommandFrames.writeExit(frames, exit);
        // The server's log (its standard output): what it ran and how long it took, never the arguments.
        System.out.printf("%s: exit %d, %d ms%n", request.args().isEmpty() ? "" : request.args().get(0), exit,
                (System.nanoTime() - start) / 1_000_000);
        return true;
    }

    /** Runs the command as its own JVM would, its paths read against the folder it was given in. */
    static int run(CommandFrames.Request request, NotesOpener opener, OutputStream stdout, OutputStream stderr) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(stdout, Charset.forName(request.outCharset())), true);
        PrintWriter err = new PrintWriter(new OutputStreamWriter(stderr, Charset.forName(request.errCharset())), true);
        try {
            return VidAtlasCommand.run(request.args().toArray(String[]::new), CommandServer::noWindow, out, err,
                    Path.of(request.workingDir()), opener);
        } finally {
            out.flush();
            err.flush();
        }
    }

    /**
     * Runs searches on the first command's library and then that command, their output dropped, so that the code
     * commands need is loaded and compiled before the server is asked (WarmUpCommands).
     */
    private void warmUp(CommandFrames.Request first) {
        long until = System.nanoTime() + WARM_UP_NANOS;
        for (List<String> args : WarmUpCommands.of(first.args(), Path.of(first.workingDir()))) {
            if (System.nanoTime() > until) {
                return;
            }
            try {
                run(first.withArgs(args), notes, OutputStream.nullOutputStream(), OutputStream.nullOutputStream());
            } catch (RuntimeException e) {
                return;
            }
        }
    }

    /**
     * Waits (up to five seconds) for the JIT to finish compiling what the warm-up ran: measured, the first commands
     * answered while it still compiled took 30 ms instead of 2.
     */
    private static void settle() {
        java.lang.management.CompilationMXBean jit = java.lang.management.ManagementFactory.getCompilationMXBean();
        if (jit == null || !jit.isCompilationTimeMonitoringSupported()) {
            return;
        }
        long before = -1;
        for (int i = 0; i < 20 && jit.getTotalCompilationTime() != before; i++) {
            before = jit.getTotalCompilationTime();
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static void noWindow(List<Path> notes, List<Path> figures, Path index,
                                 java.util.function.ObjLongConsumer<String> probe) {
        throw new IllegalStateException("the command server opens no window");
    }

    /** Asks the server at {@code socket} to stop; true when it said it would. */
    static boolean stop(Path socket) {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Channels.newOutputStream(channel)));
            new CommandFrames.Request(CommandFrames.STOP, "", "", "UTF-8", "UTF-8", List.of()).writeTo(out);
            DataInputStream in = new DataInputStream(Channels.newInputStream(channel));
            return in.readByte() == CommandFrames.EXIT;
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** The jar's size and time when the server started: a rebuilt jar is answered by a server of its own. */
    record JarStamp(Path path, long size, long modified) {
        static JarStamp of(Path jar) throws IOException {
            return new JarStamp(jar, Files.size(jar), Files.getLastModifiedTime(jar).toMillis());
        }

        boolean unchanged() {
            try {
                return Files.size(path) == size && Files.getLastModifiedTime(path).toMillis() == modified;
            } catch (IOException e) {
                return false;
            }
        }
    }
}
