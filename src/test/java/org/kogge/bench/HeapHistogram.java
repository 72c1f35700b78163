package org.kogge.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import javax.management.ObjectName;

/** Class histograms of the benchmark's own heap, and what grew between two of them (as {@code jcmd} shows them). */
final class HeapHistogram {

    private HeapHistogram() {
    }

    /**
     * The live objects' bytes and instances per class (a full collection first), as {@code jcmd GC.class_histogram},
     * written to a file: kept in the heap, it would be counted by the next reading.
     */
    static Path write() {
        try {
            String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
            Path file = Files.createTempFile("kogge-histogram", ".txt");
            file.toFile().deleteOnExit();
            Files.writeString(file, text);
            return file;
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    private static Map<String, long[]> read(Path histogram) {
        try {
            Map<String, long[]> classes = new HashMap<>();
            for (String line : Files.readAllLines(histogram)) {
                String[] cols = line.trim().split("\\s+");
                if (cols.length >= 4 && cols[0].endsWith(":")) {
                    classes.merge(cols[3], new long[] {Long.parseLong(cols[2]), Long.parseLong(cols[1])},
                            (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
                }
            }
            return classes;
        } catch (Exception e) {
            throw new IllegalStateException("no class histogram", e);
        }
    }

    static void printGrowth(Path fromFile, Path toFile) {
        Map<String, long[]> from = read(fromFile);
        read(toFile).entrySet().stream()
                .map(e -> Map.entry(e.getKey(), new long[] {
                        e.getValue()[0] - from.getOrDefault(e.getKey(), new long[2])[0],
                        e.getValue()[1] - from.getOrDefault(e.getKey(), new long[2])[1]}))
                .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0]))
                .limit(Integer.getInteger("kogge.bench.classes", 15))
                .forEach(e -> System.out.printf(Locale.ROOT, "  %+10d %+7d %s%n", e.getValue()[0], e.getValue()[1],
                        e.getKey()));
    }
}
