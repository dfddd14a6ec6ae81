package dev.migrations.core.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Tells from a jar's central directory alone, without opening it as a {@code JarFile}, whether any entry's name
 * starts with a folder prefix. The class path of an application holds many jars, and all but one have no
 * revision scripts: this lets the script source skip them after one read of their directory, where opening each
 * would index every entry of every library.
 *
 * <p>It only ever answers "no" when the directory proves it: anything it does not read with certainty (ZIP64, a
 * damaged or unusual directory, a prefix outside ASCII) answers "maybe", and the jar is then opened as before.
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
        for (int i = 0; i < prefix.length(); i++) {
            if (prefix.charAt(i) >= 0x80) {
                return true;
            }
        }
        byte[] wanted = prefix.getBytes(StandardCharsets.US_ASCII);
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            long size = channel.size();
            int tailLength = (int) Math.min(size, END_SIZE + MAX_COMMENT);
            ByteBuffer tail = read(channel, size - tailLength, tailLength);
            if (tail == null) {
                return true;
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
                return true;
            }
            int entries = tail.getShort(end + 10) & 0xffff;
            long directorySize = tail.getInt(end + 12) & 0xffffffffL;
            long directoryOffset = tail.getInt(end + 16) & 0xffffffffL;
            if (entries == 0xffff || directorySize == 0xffffffffL || directoryOffset == 0xffffffffL
                    || directorySize > Integer.MAX_VALUE) {
                return true; // ZIP64: leave it to the JDK
            }
            // the directory ends where the end record starts (a launch script may precede the archive)
            long directoryStart = size - tailLength + end - directorySize;
            ByteBuffer directory = read(channel, directoryStart, (int) directorySize);
            if (directory == null) {
                return true;
            }
            int at = 0;
            for (int n = 0; n < entries; n++) {
                if (at + ENTRY_SIZE > directory.limit() || directory.getInt(at) != ENTRY_SIGNATURE) {
                    return true;
                }
                int nameLength = directory.getShort(at + 28) & 0xffff;
                int extraLength = directory.getShort(at + 30) & 0xffff;
                int commentLength = directory.getShort(at + 32) & 0xffff;
                int name = at + ENTRY_SIZE;
                if (name + nameLength > directory.limit()) {
                    return true;
                }
                if (nameLength >= wanted.length && startsWith(directory, name, wanted)) {
                    return true;
                }
                at = name + nameLength + extraLength + commentLength;
            }
            return at != directory.limit();
        } catch (IOException | RuntimeException e) {
            return true;
        }
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
    private static ByteBuffer read(FileChannel channel, long position, int length) throws IOException {
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
