package dev.jmigrate.bench.jmh;

import dev.jmigrate.sql.ParsedScript;
import dev.jmigrate.sql.PostgresScriptParser;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Lexing, splitting and classifying a 1 MiB PostgreSQL script: {@code new PostgresScriptParser(15).parse(sql)}. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ParseBenchmark {
    private String sql;

    @Setup(Level.Trial)
    public void makeScript() {
        sql = SqlCorpus.of(SqlCorpus.MIB);
    }

    @Benchmark
    public ParsedScript parse() {
        return new PostgresScriptParser(15).parse(sql);
    }
}
