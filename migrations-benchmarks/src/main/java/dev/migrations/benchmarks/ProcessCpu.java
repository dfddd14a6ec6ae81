package dev.migrations.benchmarks;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has used, all threads together. On a shared machine it varies far less than wall
 * time, which also counts the time other processes hold the cores. Linux counts it in 10 ms steps, so a phase
 * of a few tens of milliseconds reads as a few steps.
 */
final class ProcessCpu {

    private ProcessCpu() {
    }

    /** Nanoseconds of CPU time used so far; fails on a JVM that cannot tell. */
    static long nanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            if (nanos >= 0) {
                return nanos;
            }
        }
        throw new IllegalStateException("[BENCH-004] this JVM does not report the process CPU time; run the "
                + "benchmark on a HotSpot-based JDK 17 or later");
    }
}
