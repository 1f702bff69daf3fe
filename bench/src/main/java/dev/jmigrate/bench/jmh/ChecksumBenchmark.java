package dev.jmigrate.bench.jmh;

import dev.jmigrate.source.Checksum;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The checksum of a 1 MiB file, {@code Checksum.of(bytes)}, with Unix and with Windows line endings. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ChecksumBenchmark {
    @Param({"lf", "crlf"})
    public String lineEndings;

    private byte[] content;

    @Setup(Level.Trial)
    public void makeContent() {
        String sql = SqlCorpus.of(SqlCorpus.MIB);
        if (lineEndings.equals("crlf")) {
            sql = sql.replace("\n", "\r\n");
        }
        byte[] bytes = sql.getBytes(StandardCharsets.UTF_8);
        content = java.util.Arrays.copyOf(bytes, SqlCorpus.MIB);
    }

    @Benchmark
    public String checksum() {
        return Checksum.of(content);
    }
}
