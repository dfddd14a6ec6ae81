package dev.migrations.core.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tells from a jar's central directory alone, without opening it as a {@code JarFile}, whether any entry's name
 * starts with a folder prefix. The class path of an application holds many jars, and all but one have no
 * revision scripts: this lets the script source skip them after one read of their directory, where opening each
 * would index every entry of every library.
 *
 * <p>It only ever answers "no" when the directory proves it: anything it does not read with certainty (ZIP64, a
 * damaged or unusual directory, a prefix outside ASCII) answers "maybe", and the jar is then opened as before.
 *
 * <p>It also lists the scripts of a folder with where their bytes are ({@link #filesIn}), so that {@link JarScripts}
 * can read them all in one piece.
 */
final class JarDirectory {

    private static final int END_SIGNATURE = 0x06054b50;
    private static final int ENTRY_SIGNATURE = 0x02014b50;
    private static final int END_SIZE = 22;
    private static final int ENTRY_SIZE = 46;
    private static final int MAX_COMMENT = 0xffff;

    private JarDirectory() {
    }

    /** {@code false} when no entry of {@code jar} has a name starting with {@code prefix}; {@code true} otherwise. */
    static boolean mayHoldPrefix(Path jar, String prefix) {
        byte[] wanted = ascii(prefix);
        if (wanted == null) {
            return true;
        }
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            Directory directory = directory(channel);
            if (directory == null) {
                return true;
            }
            ByteBuffer entries = directory.entries();
            int at = 0;
            for (int n = 0; n < directory.count(); n++) {
                int name = at + ENTRY_SIZE;
                if (at + ENTRY_SIZE > entries.limit() || entries.getInt(at) != ENTRY_SIGNATURE
                        || name + (entries.getShort(at + 28) & 0xffff) > entries.limit()) {
                    return true;
                }
                int nameLength = entries.getShort(at + 28) & 0xffff;
                if (nameLength >= wanted.length && startsWith(entries, name, wanted)) {
                    return true;
                }
                at = name + nameLength + (entries.getShort(at + 30) & 0xffff) + (entries.getShort(at + 32) & 0xffff);
            }
            return at != entries.limit();
        } catch (IOException | RuntimeException e) {
            return true;
        }
    }

    /**
     * The files directly inside the folder {@code prefix} whose names end with {@code suffix}, as the directory
     * describes them; empty when the directory holds anything this class does not read with certainty (ZIP64, an
     * encrypted entry, a name that is not ASCII, a damaged directory): the caller then reads the jar with the JDK.
     */
    static Optional<List<Entry>> filesIn(FileChannel channel, String prefix, String suffix) throws IOException {
        byte[] wanted = ascii(prefix);
        if (wanted == null) {
            return Optional.empty();
        }
        Directory directory = directory(channel);
        if (directory == null) {
            return Optional.empty();
        }
        ByteBuffer entries = directory.entries();
        List<Entry> found = new ArrayList<>();
        int at = 0;
        for (int n = 0; n < directory.count(); n++) {
            if (at + ENTRY_SIZE > entries.limit() || entries.getInt(at) != ENTRY_SIGNATURE) {
                return Optional.empty();
            }
            int flags = entries.getShort(at + 8) & 0xffff;
            int nameLength = entries.getShort(at + 28) & 0xffff;
            int name = at + ENTRY_SIZE;
            if (name + nameLength > entries.limit()) {
                return Optional.empty();
            }
            if (nameLength > wanted.length && startsWith(entries, name, wanted)) {
                byte[] nameBytes = new byte[nameLength];
                entries.get(name, nameBytes);
                String entryName = new String(nameBytes, StandardCharsets.ISO_8859_1);
                if (entryName.indexOf('/', prefix.length()) < 0 && entryName.endsWith(suffix)) {
                    long compressed = entries.getInt(at + 20) & 0xffffffffL;
                    long size = entries.getInt(at + 24) & 0xffffffffL;
                    long offset = entries.getInt(at + 42) & 0xffffffffL;
                    if ((flags & 1) != 0 || !isAscii(nameBytes) || compressed == 0xffffffffL
                            || size == 0xffffffffL || offset == 0xffffffffL || size > Integer.MAX_VALUE - 16) {
                        return Optional.empty();
                    }
                    found.add(new Entry(entryName, entries.getShort(at + 10) & 0xffff, compressed, (int) size,
                            entries.getInt(at + 16) & 0xffffffffL, directory.base() + offset));
                }
            }
            at = name + nameLength + (entries.getShort(at + 30) & 0xffff) + (entries.getShort(at + 32) & 0xffff);
        }
        return at == entries.limit() ? Optional.of(found) : Optional.empty();
    }

    /**
     * One file as the central directory describes it.
     *
     * @param name       its full name in the jar
     * @param method     0 stored, 8 deflated
     * @param compressed its size in the jar
     * @param size       its size
     * @param crc        the CRC-32 of its content
     * @param offset     where its local header starts in the file
     */
    record Entry(String name, int method, long compressed, int size, long crc, long offset) {
    }

    /**
     * The central directory's records, how many there are, and where the archive starts in the file (after a
     * launch script, when the offsets were not moved with it).
     */
    private record Directory(ByteBuffer entries, int count, long base) {
    }

    /** The central directory; {@code null} when it cannot be read with certainty (ZIP64, damage). */
    private static Directory directory(FileChannel channel) throws IOException {
        long size = channel.size();
        int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
        ByteBuffer tail = read(channel, size - tailLength, tailLength);
        if (tail == null) {
            return null;
        }
        int end = -1;
        for (int at = tailLength - END_SIZE; at >= 0; at--) {
            if (tail.getInt(at) == END_SIGNATURE && at + END_SIZE + (tail.getShort(at + 20) & 0xffff)
                    == tailLength) {
                end = at;
                break;
            }
        }
        if (end < 0) {
            return null;
        }
        int entries = tail.getShort(end + 10) & 0xffff;
        long directorySize = tail.getInt(end + 12) & 0xffffffffL;
        long directoryOffset = tail.getInt(end + 16) & 0xffffffffL;
        if (entries == 0xffff || directorySize == 0xffffffffL || directoryOffset == 0xffffffffL
                || directorySize > Integer.MAX_VALUE) {
            return null; // ZIP64: leave it to the JDK
        }
        // the directory ends where the end record starts (a launch script may precede the archive)
        long directoryStart = size - tailLength + end - directorySize;
        ByteBuffer directory = read(channel, directoryStart, (int) directorySize);
        return directory == null ? null : new Directory(directory, entries, directoryStart - directoryOffset);
    }

    private static byte[] ascii(String prefix) {
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) >= 0x80) {
                return null;
            }
        }
        return prefix.getBytes(StandardCharsets.US_ASCII);
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWith(ByteBuffer buffer, int at, byte[] wanted) {
        for (int i = 0; i < wanted.length; i++) {
            if (buffer.get(at + i) != wanted[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code length} bytes from {@code position}, little-endian; {@code null} when the file is shorter. */
    static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
        if (position < 0) {
            return null;
        }
        ByteBuffer buffer = ByteBuffer.allocate(length).order(ByteOrder.LITTLE_ENDIAN);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, position + buffer.position()) < 0) {
                return null;
            }
        }
        return buffer.flip();
    }
}
