package dev.jmigrate.bench.jmh;

import dev.jmigrate.bench.Generator;
import dev.jmigrate.source.Checksum;
import dev.jmigrate.source.DirectorySource;
import dev.jmigrate.source.Direction;
import dev.jmigrate.source.MigrationFile;
import dev.jmigrate.source.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reading and hashing every up file of a folder once, as {@code status} does, in a JVM that has just started and runs
 * with the CLI's flags: one shot per fork, no warm-up. {@code jmigrate} is {@link DirectorySource#read} then
 * {@link Checksum#of}; {@code filesReadAllBytes} reads each file as {@code DirectorySource} did before, with NIO's
 * {@code Files.readAllBytes}, then hashes it the same way.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(value = 10, jvmArgsAppend = {"-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC"})
public class HashFolderBenchmark {
    /** Up files in the folder (as many down files beside them). */
    @Param({"10000"})
    public int migrations;

    private Path folder;
    private DirectorySource source;
    private List<MigrationFile> ups;

    @Setup(Level.Trial)
    public void writeFolder() throws IOException {
        folder = Files.createTempDirectory("jmigrate-jmh-hash");
        Generator.writeGolangMigrate(Generator.plan(migrations, Generator.DEFAULT_SEED), folder);
        source = new DirectorySource(folder);
        Migrations listed = Migrations.load(source);
        ups = listed.versions().stream().map(v -> listed.file(v, Direction.UP).orElseThrow()).toList();
    }

    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        Generator.deleteRecursively(folder);
    }

    @Benchmark
    public void jmigrate(Blackhole sink) {
        for (MigrationFile file : ups) {
            sink.consume(Checksum.of(source.read(file)));
        }
    }

    @Benchmark
    public void filesReadAllBytes(Blackhole sink) throws IOException {
        for (MigrationFile file : ups) {
            sink.consume(Checksum.of(Files.readAllBytes(folder.resolve(file.name()))));
        }
    }
}
