package dev.jmigrate.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;

/**
 * Makes N realistic PostgreSQL migrations, each with a down that undoes it, and writes them in the layout of each
 * tool. The mix: mostly {@code CREATE TABLE} with an index (some with a foreign key to an earlier table), some
 * {@code ALTER TABLE ... ADD COLUMN}, {@code CREATE INDEX} and seed {@code INSERT}s. The same N and seed always give
 * the same files, and the plan says what applying all of them leaves in the catalog.
 */
public final class Generator {
    /** The seed the bench uses, so every run migrates the same files. */
    public static final long DEFAULT_SEED = 20_260_101L;

    private static final String[] NOUNS = {
        "customers", "orders", "order_items", "invoices", "payments", "products", "categories", "suppliers",
        "shipments", "warehouses", "employees", "departments", "projects", "tasks", "comments", "tags",
        "user_sessions", "audit_events", "notifications", "subscriptions", "coupons", "refunds", "addresses",
        "price_lists", "stock_moves",
    };

    private static final Column[] EXTRA_COLUMNS = {
        new Column("status", "varchar(32) NOT NULL DEFAULT 'new'", "'active'"),
        new Column("amount", "numeric(12,2)", "19.99"),
        new Column("quantity", "integer NOT NULL DEFAULT 0", "3"),
        new Column("email", "text", "'someone@example.com'"),
        new Column("description", "text", "'seeded by the bench'"),
        new Column("is_active", "boolean NOT NULL DEFAULT true", "true"),
        new Column("external_ref", "uuid", "NULL"),
        new Column("payload", "jsonb NOT NULL DEFAULT '{}'::jsonb", "'{\"source\": \"seed\"}'"),
        new Column("due_date", "date", "DATE '2026-01-31'"),
        new Column("priority", "smallint NOT NULL DEFAULT 3", "1"),
        new Column("country_code", "char(2)", "'DE'"),
        new Column("version_no", "integer NOT NULL DEFAULT 1", "1"),
    };

    private static final Column[] ADDED_COLUMNS = {
        new Column("archived_at", "timestamptz", null),
        new Column("notes", "text", null),
        new Column("discount_pct", "numeric(5,2) NOT NULL DEFAULT 0", null),
        new Column("is_deleted", "boolean NOT NULL DEFAULT false", null),
        new Column("tenant_id", "bigint", null),
        new Column("source_system", "varchar(64)", null),
    };

    private Generator() {
    }

    /** One migration: its version, its title (the file name's middle part) and the SQL of both directions. */
    public record Migration(long version, String title, String up, String down) {
    }

    /**
     * What applying every migration leaves in schema {@code public} (the tools' own history tables aside).
     *
     * @param tables        ordinary tables
     * @param indexes       indexes, primary keys included
     * @param columns       columns of those tables
     * @param seedRows      rows the seed migrations insert
     * @param seededTables  the tables those rows go to, for {@link #seedRowsQuery()}
     */
    public record Expected(int tables, int indexes, int columns, int seedRows, List<String> seededTables) {
        public Expected {
            seededTables = List.copyOf(seededTables);
        }

        /** One query giving the number of seed rows in the seeded tables (0 when there are none). */
        public String seedRowsQuery() {
            if (seededTables.isEmpty()) {
                return "SELECT 0";
            }
            StringBuilder sql = new StringBuilder("SELECT 0");
            for (String table : seededTables) {
                sql.append(" + (SELECT count(*) FROM ").append(table).append(" WHERE name LIKE 'seed\\_%')");
            }
            return sql.toString();
        }
    }

    /** The migrations in version order and what they create. */
    public record Plan(List<Migration> migrations, Expected expected) {
        public Plan {
            migrations = List.copyOf(migrations);
        }

        public int size() {
            return migrations.size();
        }

        public long lastVersion() {
            return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
        }

        /** How many migrations of each kind, for the report. */
        public String mix() {
            int tables = 0;
            int columns = 0;
            int indexes = 0;
            int seeds = 0;
            for (Migration m : migrations) {
                if (m.title().startsWith("create_index")) {
                    indexes++;
                } else if (m.title().startsWith("create_")) {
                    tables++;
                } else if (m.title().startsWith("add_")) {
                    columns++;
                } else {
                    seeds++;
                }
            }
            return tables + " CREATE TABLE (with an index), " + columns + " ADD COLUMN, " + indexes
                    + " CREATE INDEX, " + seeds + " seed INSERT";
        }
    }

    /**
     * Where {@link #write} put each tool's files.
     *
     * @param golang   golang-migrate layout ({@code 000001_title.up.sql} / {@code .down.sql}): jmigrate, psql
     * @param flyway   Flyway layout ({@code V1__title.sql}, up only)
     * @param dbmate   dbmate layout ({@code 000001_title.sql} with {@code -- migrate:up} / {@code -- migrate:down})
     * @param psqlUp   a psql script running every up file in version order, one transaction per file
     * @param psqlDown a psql script running every down file in reverse order, one transaction per file
     */
    public record Layout(Plan plan, Path root, Path golang, Path flyway, Path dbmate, Path psqlUp, Path psqlDown) {
    }

    private record Column(String name, String definition, String sample) {
    }

    private static final class Table {
        final String name;
        final List<Column> columns = new ArrayList<>();
        final List<String> unindexed = new ArrayList<>();

        Table(String name) {
            this.name = name;
        }
    }

    /** Plans {@code count} migrations with versions 1..count. */
    public static Plan plan(int count, long seed) {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1: " + count);
        }
        Random random = new Random(seed);
        List<Migration> migrations = new ArrayList<>(count);
        List<Table> tables = new ArrayList<>();
        List<String> seeded = new ArrayList<>();
        int indexes = 0;
        int columns = 0;
        int seedRows = 0;
        for (int version = 1; version <= count; version++) {
            int roll = random.nextInt(100);
            Table target = tables.isEmpty() ? null : tables.get(random.nextInt(tables.size()));
            if (target == null || roll < 55) {
                Table table = new Table(NOUNS[random.nextInt(NOUNS.length)] + "_" + version);
                Table reference = tables.isEmpty() || random.nextInt(10) >= 3 ? null
                        : tables.get(random.nextInt(tables.size()));
                migrations.add(createTable(version, table, reference, random));
                tables.add(table);
                indexes += 2;
                columns += table.columns.size();
            } else if (roll < 75) {
                Column added = ADDED_COLUMNS[random.nextInt(ADDED_COLUMNS.length)];
                Column column = new Column(added.name() + "_" + version, added.definition(), null);
                target.columns.add(column);
                target.unindexed.add(column.name());
                columns++;
                migrations.add(new Migration(version, "add_" + column.name() + "_to_" + target.name,
                        header(version, "add column " + column.name() + " to " + target.name)
                                + "ALTER TABLE " + target.name + " ADD COLUMN " + column.name() + " "
                                + column.definition() + ";\n",
                        header(version, "drop column " + column.name() + " from " + target.name)
                                + "ALTER TABLE " + target.name + " DROP COLUMN " + column.name() + ";\n"));
            } else if (roll < 90 && !target.unindexed.isEmpty()) {
                String column = target.unindexed.remove(random.nextInt(target.unindexed.size()));
                String index = target.name + "_" + column + "_idx";
                indexes++;
                migrations.add(new Migration(version, "create_index_" + index,
                        header(version, "index " + target.name + " by " + column)
                                + "CREATE INDEX " + index + " ON " + target.name + " (" + column + ");\n",
                        header(version, "drop index " + index)
                                + "DROP INDEX " + index + ";\n"));
            } else {
                int rows = 3 + random.nextInt(8);
                seedRows += rows;
                if (!seeded.contains(target.name)) {
                    seeded.add(target.name);
                }
                migrations.add(seed(version, target, rows));
            }
        }
        return new Plan(migrations, new Expected(tables.size(), indexes, columns, seedRows, seeded));
    }

    private static Migration createTable(int version, Table table, Table reference, Random random) {
        table.columns.add(new Column("id", "bigserial PRIMARY KEY", null));
        table.columns.add(new Column("name", "text NOT NULL", null));
        if (reference != null) {
            String fk = reference.name + "_id";
            table.columns.add(new Column(fk, "bigint REFERENCES " + reference.name + " (id)", "NULL"));
            table.unindexed.add(fk);
        }
        List<Column> pool = new ArrayList<>(List.of(EXTRA_COLUMNS));
        int extras = 2 + random.nextInt(5);
        for (int i = 0; i < extras; i++) {
            Column column = pool.remove(random.nextInt(pool.size()));
            table.columns.add(column);
            table.unindexed.add(column.name());
        }
        table.columns.add(new Column("created_at", "timestamptz NOT NULL DEFAULT now()", null));
        table.columns.add(new Column("updated_at", "timestamptz", null));
        table.unindexed.add("updated_at");

        StringBuilder up = new StringBuilder(header(version, "create table " + table.name));
        up.append("CREATE TABLE ").append(table.name).append(" (\n");
        for (int i = 0; i < table.columns.size(); i++) {
            Column column = table.columns.get(i);
            up.append("    ").append(column.name()).append(' ').append(column.definition())
                    .append(i + 1 < table.columns.size() ? ",\n" : "\n");
        }
        up.append(");\n\n");
        up.append("CREATE INDEX ").append(table.name).append("_created_at_idx ON ").append(table.name)
                .append(" (created_at);\n");
        String down = header(version, "drop table " + table.name) + "DROP TABLE " + table.name + ";\n";
        return new Migration(version, "create_" + table.name, up.toString(), down);
    }

    private static Migration seed(int version, Table table, int rows) {
        List<Column> samples = table.columns.stream().filter(c -> c.sample() != null).toList();
        StringBuilder columns = new StringBuilder("name");
        for (Column c : samples) {
            columns.append(", ").append(c.name());
        }
        StringBuilder up = new StringBuilder(header(version, "seed " + table.name));
        up.append("INSERT INTO ").append(table.name).append(" (").append(columns).append(") VALUES\n");
        for (int r = 1; r <= rows; r++) {
            up.append("    ('").append(seedName(version, r)).append('\'');
            for (Column c : samples) {
                up.append(", ").append(c.sample());
            }
            up.append(r < rows ? "),\n" : ");\n");
        }
        String down = header(version, "remove the seed rows of " + table.name)
                + "DELETE FROM " + table.name + " WHERE name LIKE '" + seedPrefix(version) + "%';\n";
        return new Migration(version, "seed_" + table.name + "_" + version, up.toString(), down);
    }

    private static String seedPrefix(int version) {
        return String.format(Locale.ROOT, "seed_%06d_", version);
    }

    private static String seedName(int version, int row) {
        return seedPrefix(version) + row;
    }

    private static String header(int version, String what) {
        return String.format(Locale.ROOT, "-- Migration %06d: %s.%n", version, what);
    }

    /** Writes the plan for every tool under {@code root}, which is emptied first. */
    public static Layout write(Plan plan, Path root) {
        try {
            deleteRecursively(root);
            Path golang = Files.createDirectories(root.resolve("golang-migrate"));
            Path flyway = Files.createDirectories(root.resolve("flyway"));
            Path dbmate = Files.createDirectories(root.resolve("dbmate"));
            Path psql = Files.createDirectories(root.resolve("psql"));
            writeGolangMigrate(plan, golang);
            StringBuilder up = new StringBuilder("\\set ON_ERROR_STOP 1\n");
            StringBuilder down = new StringBuilder("\\set ON_ERROR_STOP 1\n");
            for (Migration m : plan.migrations()) {
                write(flyway.resolve("V" + m.version() + "__" + m.title() + ".sql"), m.up());
                write(dbmate.resolve(fileStem(m) + ".sql"),
                        "-- migrate:up\n" + m.up() + "\n-- migrate:down\n" + m.down());
                up.append("BEGIN;\n\\i '").append(golang.resolve(fileStem(m) + ".up.sql")).append("'\nCOMMIT;\n");
            }
            for (int i = plan.size() - 1; i >= 0; i--) {
                Migration m = plan.migrations().get(i);
                down.append("BEGIN;\n\\i '").append(golang.resolve(fileStem(m) + ".down.sql")).append("'\nCOMMIT;\n");
            }
            Path psqlUp = psql.resolve("up.sql");
            Path psqlDown = psql.resolve("down.sql");
            write(psqlUp, up.toString());
            write(psqlDown, down.toString());
            return new Layout(plan, root, golang, flyway, dbmate, psqlUp, psqlDown);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the migrations under " + root, e);
        }
    }

    /** Writes only the golang-migrate files ({@code .up.sql} and {@code .down.sql}) into {@code folder}. */
    public static void writeGolangMigrate(Plan plan, Path folder) throws IOException {
        Files.createDirectories(folder);
        for (Migration m : plan.migrations()) {
            write(folder.resolve(fileStem(m) + ".up.sql"), m.up());
            write(folder.resolve(fileStem(m) + ".down.sql"), m.down());
        }
    }

    private static String fileStem(Migration m) {
        return String.format(Locale.ROOT, "%06d_%s", m.version(), m.title());
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    /** Deletes a file or folder tree; nothing when it does not exist. */
    public static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
