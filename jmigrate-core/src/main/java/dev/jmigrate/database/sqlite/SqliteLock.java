package dev.jmigrate.database.sqlite;

import dev.jmigrate.database.DatabaseException;
import dev.jmigrate.database.LockReport;
import dev.jmigrate.database.ServerError;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The migration lock of one SQLite database, exclusive between processes and between drivers of one process.
 *
 * <p>golang-migrate's SQLite lock is a flag in the process; two processes migrating one file both run. jmigrate
 * takes an operating-system lock ({@link FileChannel#tryLock}: {@code fcntl} on Unix, {@code LockFileEx} on Windows)
 * on a sidecar file {@code <database file>.migrate-lock}. The operating system releases it when the process ends,
 * however it ends, so the lock can never go stale; the file itself stays (deleting it on release would let two
 * processes lock two different files of the same name).
 *
 * <p>The lock covers one byte far past the file's content, so that the content stays readable on systems with
 * mandatory locks; after locking, the holder writes its pid, host, user and start time there for
 * {@link #holder()}. Within one JVM, every driver of a database shares one open channel (closing a second channel on
 * the same file would release the process's lock on some systems), and a driver finds the lock taken by another
 * driver of the JVM without asking the operating system. An in-memory database needs no lock across processes: a
 * shared-cache one is locked within the JVM, a private one belongs to a single connection.
 */
final class SqliteLock {
    private static final long REGION = 1L << 30;
    private static final Map<String, Shared> REGISTRY = new HashMap<>();

    private final Shared shared;

    private SqliteLock(Shared shared) {
        this.shared = shared;
    }

    /** The lock of a database file. */
    static SqliteLock forFile(Path database) {
        Path lockFile = lockFileOf(database);
        return register(lockFile.toString(), lockFile);
    }

    /** The lock of a shared in-memory database, within this JVM. */
    static SqliteLock forSharedMemory(String name) {
        return register("memory:" + name, null);
    }

    /** A lock that is always free: a private in-memory database has one connection. */
    static SqliteLock none() {
        return new SqliteLock(null);
    }

    /** {@code <database file>.migrate-lock}, beside the database with symbolic links of its folder resolved. */
    static Path lockFileOf(Path database) {
        Path absolute = database.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        try {
            folder = folder == null ? null : folder.toRealPath();
        } catch (IOException e) {
            // the folder does not exist (yet): opening the database will say so
        }
        String name = absolute.getFileName() + ".migrate-lock";
        return folder == null ? Path.of(name).toAbsolutePath() : folder.resolve(name);
    }

    private static SqliteLock register(String key, Path lockFile) {
        synchronized (REGISTRY) {
            Shared s = REGISTRY.computeIfAbsent(key, k -> new Shared(k, lockFile));
            s.users++;
            return new SqliteLock(s);
        }
    }

    /** The sidecar file, or null when there is none. */
    Path file() {
        return shared == null ? null : shared.lockFile;
    }

    /** Takes the lock if free, without waiting. */
    boolean tryLock() {
        if (shared == null) {
            return true;
        }
        synchronized (REGISTRY) {
            if (shared.holder != null) {
                return false;
            }
            if (shared.lockFile != null) {
                FileLock lock = tryOsLock();
                if (lock == null) {
                    return false;
                }
                shared.osLock = lock;
                writeHolder();
            }
            shared.holder = this;
            return true;
        }
    }

    /** Releases the lock if this driver holds it. */
    void unlock() {
        if (shared == null) {
            return;
        }
        synchronized (REGISTRY) {
            if (shared.holder != this) {
                return;
            }
            shared.holder = null;
            FileLock lock = shared.osLock;
            shared.osLock = null;
            if (lock != null) {
                try {
                    lock.release();
                } catch (IOException e) {
                    throw failed("releasing the lock on " + shared.lockFile, e);
                }
            }
        }
    }

    /** Releases the lock if held and forgets the database; the shared channel closes with its last driver. */
    void close() {
        if (shared == null) {
            return;
        }
        synchronized (REGISTRY) {
            try {
                unlock();
            } finally {
                if (--shared.users == 0) {
                    REGISTRY.remove(shared.key);
                    closeChannel();
                }
            }
        }
    }

    /** Who holds the lock: this process or another one (as it wrote into the lock file); null when free. */
    LockReport.Session holder() {
        if (shared == null) {
            return null;
        }
        synchronized (REGISTRY) {
            if (shared.holder == null) {
                if (shared.lockFile == null) {
                    return null;
                }
                FileLock probe = tryOsLock();
                if (probe != null) {
                    try {
                        probe.release();
                    } catch (IOException e) {
                        throw failed("releasing the lock on " + shared.lockFile, e);
                    }
                    return null;
                }
            }
            return shared.lockFile == null ? session(Map.of("pid", String.valueOf(ProcessHandle.current().pid())))
                    : session(readHolder());
        }
    }

    private FileLock tryOsLock() {
        try {
            return channel().tryLock(REGION, 1, false);
        } catch (OverlappingFileLockException e) {
            return null;
        } catch (IOException e) {
            throw failed("locking " + shared.lockFile, e);
        }
    }

    private FileChannel channel() throws IOException {
        if (shared.channel == null || !shared.channel.isOpen()) {
            shared.channel = FileChannel.open(shared.lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
        }
        return shared.channel;
    }

    private void closeChannel() {
        if (shared.channel != null) {
            try {
                shared.channel.close();
            } catch (IOException e) {
                // the descriptor is gone either way
            }
            shared.channel = null;
        }
    }

    private void writeHolder() {
        String text = "pid=" + ProcessHandle.current().pid() + "\nhost=" + hostName() + "\nuser="
                + System.getProperty("user.name", "") + "\nsince=" + Instant.now() + "\ntool=jmigrate\n";
        try {
            FileChannel c = channel();
            c.truncate(0);
            ByteBuffer bytes = ByteBuffer.wrap(text.getBytes(StandardCharsets.UTF_8));
            long at = 0;
            while (bytes.hasRemaining()) {
                at += c.write(bytes, at);
            }
        } catch (IOException e) {
            // the lock is held all the same; only the report will know less
        }
    }

    private Map<String, String> readHolder() {
        Map<String, String> fields = new LinkedHashMap<>();
        try {
            FileChannel c = channel();
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            long at = 0;
            while (buffer.hasRemaining()) {
                int n = c.read(buffer, at);
                if (n <= 0) {
                    break;
                }
                at += n;
            }
            for (String line : new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).split("\n")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.put(line.substring(0, eq), line.substring(eq + 1));
                }
            }
        } catch (IOException e) {
            // an empty report: held, by whom unknown
        }
        return fields;
    }

    private LockReport.Session session(Map<String, String> fields) {
        Duration age = null;
        try {
            age = fields.containsKey("since") ? Duration.between(Instant.parse(fields.get("since")), Instant.now()) : null;
        } catch (DateTimeParseException e) {
            // written by something else; no age
        }
        String where = shared.lockFile == null ? "in this process" : "on " + shared.lockFile;
        return new LockReport.Session(fields.getOrDefault("pid", "?"), fields.getOrDefault("user", ""),
                fields.getOrDefault("tool", ""), fields.getOrDefault("host", ""), "holds the migration lock " + where, "",
                List.of(), age, "");
    }

    private static String hostName() {
        String env = System.getenv("HOSTNAME");
        if (env != null && !env.isBlank()) {
            return env;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static DatabaseException failed(String what, IOException e) {
        return new DatabaseException(what, new ServerError(String.valueOf(e), null, null, null, 0, 0), null);
    }

    /** One database's lock state in this JVM. */
    private static final class Shared {
        final String key;
        final Path lockFile;
        FileChannel channel;
        FileLock osLock;
        SqliteLock holder;
        int users;

        Shared(String key, Path lockFile) {
            this.key = key;
            this.lockFile = lockFile;
        }
    }
}
