package dev.jmigrate.bench.jmh;

import dev.jmigrate.bench.Generator;
import dev.jmigrate.source.DirectorySource;
import dev.jmigrate.source.Migrations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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

/** Listing and indexing a folder of migration files: {@code Migrations.load(new DirectorySource(dir))}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class LoadFolderBenchmark {
    /** Files in the folder: half up, half down. */
    @Param({"10000"})
    public int files;

    private Path folder;

    @Setup(Level.Trial)
    public void writeFolder() throws IOException {
        folder = Files.createTempDirectory("jmigrate-jmh-folder");
        Generator.writeGolangMigrate(Generator.plan(files / 2, Generator.DEFAULT_SEED), folder);
    }

    @TearDown(Level.Trial)
    public void deleteFolder() throws IOException {
        Generator.deleteRecursively(folder);
    }

    @Benchmark
    public Migrations load() {
        return Migrations.load(new DirectorySource(folder));
    }
}
