package dev.jmigrate.bench;

/**
 * One measured operation.
 *
 * @param seconds    wall-clock time from the first process's start to the last one's exit
 * @param peakRssKib the largest peak resident set size of its processes, in KiB; -1 when not measured
 * @param cpuSeconds the user and system CPU time of its processes, summed; -1 when not measured
 */
public record Sample(double seconds, long peakRssKib, double cpuSeconds) {
}
