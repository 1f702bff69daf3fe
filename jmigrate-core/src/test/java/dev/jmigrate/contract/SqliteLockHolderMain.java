package dev.jmigrate.contract;

import dev.jmigrate.database.DatabaseDriver;
import dev.jmigrate.database.DatabaseDrivers;
import dev.jmigrate.database.DatabaseUrl;
import dev.jmigrate.database.DriverSettings;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Another process for the SQLite lock tests: takes the migration lock of the database URL in {@code args[0]}, prints
 * {@code locked}, holds it until its standard input ends, then releases it and prints {@code released}. When the lock
 * stays taken for {@code args[1]} milliseconds (default 10000), prints {@code busy} and exits with status 3.
 */
public final class SqliteLockHolderMain {
    private SqliteLockHolderMain() {
    }

    public static void main(String[] args) throws Exception {
        try (DatabaseDriver driver = DatabaseDrivers.open(DatabaseUrl.parse(args[0]), new DriverSettings("test", "holder"))) {
            long waitMillis = args.length > 1 ? Long.parseLong(args[1]) : 10_000;
            long until = System.nanoTime() + waitMillis * 1_000_000L;
            while (!driver.tryLock()) {
                if (System.nanoTime() > until) {
                    System.out.println("busy");
                    System.exit(3);
                }
                Thread.sleep(20);
            }
            System.out.println("locked");
            System.out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (in.readLine() != null) {
                // hold the lock until the parent closes our standard input
            }
            driver.unlock();
            System.out.println("released");
        }
    }
}
