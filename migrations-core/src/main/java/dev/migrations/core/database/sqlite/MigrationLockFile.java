package dev.migrations.core.database.sqlite;

import dev.migrations.core.api.DatabaseException;
import dev.migrations.core.api.MigrationListener;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * An exclusive operating-system lock on {@code <database file>.migrations-lock}, held for a whole command. The
 * operating system drops it when the process ends, however it ends, so it is never stale; the file itself stays.
 *
 * <p>It is a separate file because POSIX record locks belong to the process: locking a byte range of the database
 * file, then closing any descriptor of it, would drop SQLite's own locks. Inside one JVM, locks on one file do not
 * exclude each other (the JVM owns them all, and closing one channel may release another's), so commands in the
 * same JVM first take the path from a process-wide set and only the holder opens the file.
 *
 * <pre>{@code
 * try (MigrationLockFile lock = MigrationLockFile.acquire(Path.of("app.db.migrations-lock"), timeout, listener)) {
 *     // migrate
 * }
 * }</pre>
 */
public final class MigrationLockFile implements AutoCloseable {

    /** Paths locked by this JVM; the process-wide part of the lock (see the class comment). */
    private static final Set<Path> HELD_IN_THIS_PROCESS = ConcurrentHashMap.newKeySet();
    private static final long POLL_MILLIS = 100;

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private MigrationLockFile(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file for a SQLite database file. */
    public static Path besides(Path databaseFile) {
        Path absolute = databaseFile.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + ".migrations-lock");
    }

    /**
     * Blocks until the lock is held or {@code timeout} passes, polling.
     *
     * @throws DatabaseException {@code DB-003} when the timeout passes, {@code DB-005} when the file cannot be
     *                           opened
     */
    public static MigrationLockFile acquire(Path file, Duration timeout, MigrationListener listener) {
        Path key = canonical(file);
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean announced = false;
        while (true) {
            if (HELD_IN_THIS_PROCESS.add(key)) {
                MigrationLockFile held = null;
                try {
                    held = lockFile(key, deadline, announced, listener);
                } finally {
                    if (held == null) {
                        HELD_IN_THIS_PROCESS.remove(key);
                    }
                }
                if (held != null) {
                    return held;
                }
                throw timedOut(key, timeout);
            }
            if (System.nanoTime() > deadline) {
                throw timedOut(key, timeout);
            }
            if (!announced) {
                listener.info("Waiting for the migration lock " + key + " (another command is migrating)");
                announced = true;
            }
            pause();
        }
    }

    /** Polls the operating-system lock until {@code deadline}; null when it passes. */
    private static MigrationLockFile lockFile(Path key, long deadline, boolean announced, MigrationListener listener) {
        FileChannel channel;
        try {
            channel = FileChannel.open(key, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw cannotOpen(key, e);
        }
        try {
            while (true) {
                FileLock lock;
                try {
                    lock = channel.tryLock();
                } catch (OverlappingFileLockException e) {
                    lock = null;
                }
                if (lock != null) {
                    return new MigrationLockFile(key, channel, lock);
                }
                if (System.nanoTime() > deadline) {
                    channel.close();
                    return null;
                }
                if (!announced) {
                    listener.info("Waiting for the migration lock " + key + " (another process is migrating)");
                    announced = true;
                }
                pause();
            }
        } catch (IOException | RuntimeException e) {
            try {
                channel.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            throw e instanceof IOException io ? cannotOpen(key, io) : (RuntimeException) e;
        }
    }

    private static Path canonical(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (!Files.exists(absolute)) {
                Files.createFile(absolute);
            }
            return absolute.toRealPath();
        } catch (java.nio.file.FileAlreadyExistsException e) {
            return canonical(absolute);
        } catch (IOException e) {
            throw cannotOpen(absolute, e);
        }
    }

    private static void pause() {
        try {
            Thread.sleep(POLL_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DatabaseException("DB-003", "Interrupted while waiting for the migration lock; nothing ran. "
                    + "Run the command again.", e);
        }
    }

    private static DatabaseException timedOut(Path key, Duration timeout) {
        return new DatabaseException("DB-003", "Another process held the migration lock " + key + " for longer "
                + "than the lock timeout (" + timeout.toSeconds() + " s). Wait until its migration ends, then run "
                + "the command again.");
    }

    private static DatabaseException cannotOpen(Path key, IOException e) {
        return new DatabaseException("DB-005", "Could not open the migration lock file " + key + ": " + e
                + ". Make its folder (the database file's folder) writable.", e);
    }

    /** Releases the lock; the file stays (deleting it could let two processes lock different files). */
    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            // closing the channel releases the lock in any case; nothing is left to undo
        } finally {
            HELD_IN_THIS_PROCESS.remove(path);
        }
    }
}
