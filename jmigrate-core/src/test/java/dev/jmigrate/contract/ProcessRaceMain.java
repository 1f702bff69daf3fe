package dev.jmigrate.contract;

import dev.jmigrate.MigrationResult;
import dev.jmigrate.Migrator;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;

/**
 * One of the racing processes of {@link ProcessRaceTest}: prints {@code ready}, waits for a line on its standard
 * input, then runs {@code up} of the folder {@code args[0]} on the database {@code args[1]} with a 30 s lock timeout
 * and prints {@code applied=<n>}. Exits 1 with the stack trace on standard error when {@code up} fails.
 */
public final class ProcessRaceMain {
    private ProcessRaceMain() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println("ready");
        System.out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        try (Migrator m = Migrator.builder().path(Path.of(args[0])).database(args[1])
                .lockTimeout(Duration.ofSeconds(30)).build()) {
            MigrationResult result = m.up();
            System.out.println("applied=" + result.applied().size());
        } catch (RuntimeException e) {
            e.printStackTrace();
            System.exit(1);
        }
    }
}
