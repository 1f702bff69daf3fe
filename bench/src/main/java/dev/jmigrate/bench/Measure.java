package dev.jmigrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs whole processes and measures them: wall-clock time with {@link System#nanoTime()} around the processes;
 * peak memory and CPU time with GNU time when it is installed ({@code /usr/bin/time -f "%M %U %S"}: the peak resident
 * set size in KiB, then the user and system seconds, to a hundredth). Output goes to a log file, appended, so a
 * failure can be read afterwards.
 */
public final class Measure {
    private static final Path GNU_TIME = Path.of("/usr/bin/time");

    private final Path log;
    private final Path scratch;
    private final boolean gnuTime;

    /**
     * @param log     the file that collects every process's output
     * @param scratch a folder for GNU time's output files
     */
    public Measure(Path log, Path scratch) {
        this.log = log;
        this.scratch = scratch;
        this.gnuTime = Files.isExecutable(GNU_TIME);
    }

    /** The log file. */
    public Path log() {
        return log;
    }

    /**
     * Runs the invocation's processes in order.
     *
     * @throws ToolFailedException when a process exits with a non-zero status
     */
    public Sample run(String label, Invocation invocation) {
        try {
            Files.createDirectories(scratch);
            Path timesFile = Files.createTempFile(scratch, "times", ".txt");
            long peak = -1;
            double cpu = gnuTime ? 0 : -1;
            long start = System.nanoTime();
            for (List<String> command : invocation.commands()) {
                List<String> argv = new ArrayList<>();
                if (gnuTime) {
                    argv.addAll(List.of(GNU_TIME.toString(), "-f", "%M %U %S", "-o", timesFile.toString()));
                }
                argv.addAll(command);
                Files.writeString(log, "\n$ " + String.join(" ", command) + "\n", StandardCharsets.UTF_8,
                        java.nio.file.StandardOpenOption.CREATE, java.nio.file.StandardOpenOption.APPEND);
                ProcessBuilder pb = new ProcessBuilder(argv)
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                        .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
                pb.environment().putAll(invocation.env());
                int exit = pb.start().waitFor();
                if (exit != 0) {
                    throw new ToolFailedException(label + ": " + String.join(" ", command) + " exited with " + exit
                            + "; see " + log);
                }
                if (gnuTime) {
                    ProcessTimes times = ProcessTimes.parse(Files.readAllLines(timesFile, StandardCharsets.UTF_8));
                    peak = Math.max(peak, times.peakRssKib());
                    cpu = cpu < 0 || times.cpuSeconds() < 0 ? -1 : cpu + times.cpuSeconds();
                }
            }
            long end = System.nanoTime();
            Files.deleteIfExists(timesFile);
            return new Sample((end - start) / 1e9, peak, cpu);
        } catch (IOException e) {
            throw new UncheckedIOException(label + ": cannot run the process", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(label + ": interrupted", e);
        }
    }

    /**
     * What GNU time wrote for one process: the line of {@code "%M %U %S"}, the last one that has that shape (a line
     * such as "Command exited with non-zero status 1" may come before it).
     *
     * @param peakRssKib the peak resident set size in KiB; -1 when no line has the shape
     * @param cpuSeconds user plus system seconds; -1 when no line has the shape
     */
    record ProcessTimes(long peakRssKib, double cpuSeconds) {
        private static final Pattern LINE = Pattern.compile("(\\d+) (\\d+\\.\\d+) (\\d+\\.\\d+)");

        static ProcessTimes parse(List<String> lines) {
            for (int i = lines.size() - 1; i >= 0; i--) {
                Matcher m = LINE.matcher(lines.get(i).trim());
                if (m.matches()) {
                    return new ProcessTimes(Long.parseLong(m.group(1)),
                            Double.parseDouble(m.group(2)) + Double.parseDouble(m.group(3)));
                }
            }
            return new ProcessTimes(-1, -1);
        }
    }

    /** Runs a short command (a tool's version, say) and returns its output, or the reason it could not. */
    public static String capture(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            p.waitFor();
            return out;
        } catch (IOException e) {
            return "(" + command.get(0) + ": " + e.getMessage() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "(interrupted)";
        }
    }
}
