package dev.migrations.core.script;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads the scripts of a jar's folder in one piece: the span of the file that holds them is read at once, and
 * each script is inflated from memory, a few per task on the common fork-join pool with one inflater per task.
 * Opening the jar as a {@code JarFile} reads each entry with two reads of the file and a fresh inflating stream,
 * which for hundreds of small scripts costs more than the inflating itself; at every application start, that is
 * most of reading the scripts.
 *
 * <p>Every script is checked against the jar's directory (its size and CRC-32). Anything this class does not
 * read with certainty (see {@link JarDirectory#filesIn}, a method other than stored or deflated, scripts spread
 * far apart in a large jar, a mismatch) answers empty, and the caller reads the jar with the JDK instead.
 */
final class JarScripts {

    private static final int LOCAL_SIGNATURE = 0x04034b50;
    private static final int LOCAL_SIZE = 30;
    /** Room after the last script's data for its local header's extra field, which the directory does not give. */
    private static final int SLACK = 4096;
    private static final int SCRIPTS_PER_TASK = 16;

    private JarScripts() {
    }

    /**
     * The {@code .sql} files directly inside {@code prefix} (which ends with {@code /}), each with what
     * {@code work} made of it, in the jar's order; empty when the jar must be read with the JDK.
     */
    static <T> Optional<List<ScriptSource.Worked<T>>> read(Path jar, String prefix, String location,
                                                        Function<ScriptFile, T> work) {
        try (FileChannel channel = FileChannel.open(jar, StandardOpenOption.READ)) {
            List<JarDirectory.Entry> entries = JarDirectory.filesIn(channel, prefix, ".sql").orElse(null);
            if (entries == null) {
                return Optional.empty();
            }
            if (entries.isEmpty()) {
                return Optional.of(List.of());
            }
            long start = Long.MAX_VALUE;
            long end = 0;
            long wanted = 0;
            for (JarDirectory.Entry entry : entries) {
                if (entry.method() != 0 && entry.method() != 8) {
                    return Optional.empty();
                }
                long headerAndName = LOCAL_SIZE + entry.name().length();
                start = Math.min(start, entry.offset());
                end = Math.max(end, entry.offset() + headerAndName + entry.compressed());
                wanted += headerAndName + entry.compressed();
            }
            end = Math.min(end + SLACK, channel.size());
            if (end - start > Integer.MAX_VALUE - 16 || end - start > 2 * wanted + (1 << 20)) {
                return Optional.empty(); // the scripts are spread through a large jar: let the JDK seek to each
            }
            ByteBuffer span = JarDirectory.read(channel, start, (int) (end - start));
            if (span == null) {
                return Optional.empty();
            }
            return inflate(span, start, entries, prefix, location, work);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static <T> Optional<List<ScriptSource.Worked<T>>> inflate(ByteBuffer span, long start,
                                                                    List<JarDirectory.Entry> entries, String prefix,
                                                                    String location, Function<ScriptFile, T> work) {
        Object[] results = new Object[entries.size()];
        int tasks = (entries.size() + SCRIPTS_PER_TASK - 1) / SCRIPTS_PER_TASK;
        IntStream.range(0, tasks).parallel().forEach(task -> {
            Inflater inflater = new Inflater(true);
            try {
                int last = Math.min(entries.size(), (task + 1) * SCRIPTS_PER_TASK);
                for (int i = task * SCRIPTS_PER_TASK; i < last; i++) {
                    JarDirectory.Entry entry = entries.get(i);
                    byte[] bytes = content(span, start, entry, inflater);
                    if (bytes == null) {
                        return; // results[i] stays null: the whole jar is read with the JDK instead
                    }
                    ScriptFile file = new ScriptFile("classpath:" + entry.name() + " (" + location + ")",
                            entry.name().substring(prefix.length()), bytes);
                    results[i] = new ScriptSource.Worked<>(file, work.apply(file));
                }
            } finally {
                inflater.end();
            }
        });
        List<ScriptSource.Worked<T>> files = new ArrayList<>(results.length);
        for (Object result : results) {
            if (result == null) {
                return Optional.empty();
            }
            @SuppressWarnings("unchecked")
            ScriptSource.Worked<T> worked = (ScriptSource.Worked<T>) result;
            files.add(worked);
        }
        return Optional.of(files);
    }

    /** One script's content, checked against the directory; {@code null} when anything does not match. */
    private static byte[] content(ByteBuffer span, long start, JarDirectory.Entry entry, Inflater inflater) {
        int header = (int) (entry.offset() - start);
        if (header < 0 || header + LOCAL_SIZE > span.limit() || span.getInt(header) != LOCAL_SIGNATURE) {
            return null;
        }
        int data = header + LOCAL_SIZE + (span.getShort(header + 26) & 0xffff) + (span.getShort(header + 28) & 0xffff);
        if (data + entry.compressed() > span.limit()) {
            return null;
        }
        byte[] bytes = new byte[entry.size()];
        if (entry.method() == 0) {
            if (entry.compressed() != entry.size()) {
                return null;
            }
            span.get(data, bytes);
        } else {
            byte[] compressed = new byte[(int) entry.compressed()];
            span.get(data, compressed);
            inflater.reset();
            inflater.setInput(compressed);
            try {
                int n = 0;
                while (n < bytes.length && !inflater.finished()) {
                    int got = inflater.inflate(bytes, n, bytes.length - n);
                    if (got == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        return null;
                    }
                    n += got;
                }
                if (n != bytes.length || !inflater.finished() && inflater.inflate(new byte[1]) != 0) {
                    return null;
                }
            } catch (DataFormatException e) {
                return null;
            }
        }
        CRC32 crc = new CRC32();
        crc.update(bytes);
        return crc.getValue() == entry.crc() ? bytes : null;
    }
}
