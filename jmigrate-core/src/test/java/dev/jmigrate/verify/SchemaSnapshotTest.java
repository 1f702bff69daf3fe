package dev.jmigrate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SchemaSnapshotTest {
    private static final Set<String> IGNORED = Set.of("schema_migrations", "schema_migrations_history");

    private static final String[] USERS = {
        "CREATE TABLE users (id bigint PRIMARY KEY, email varchar(255) NOT NULL, name text)",
    };

    @Test
    void equalSchemasHaveNoDifferences() throws SQLException {
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            db.execute(RichSchema.STATEMENTS);
            SchemaSnapshot first = snapshot(db);
            SchemaSnapshot second = snapshot(db);

            assertThat(second.differencesFrom(first)).isEmpty();
            assertThat(second).isEqualTo(first).hasSameHashCodeAs(first);
            assertThat(first.isEmpty()).isFalse();
        }
    }

    @Test
    void snapshotsOfSeparateDatabasesBuiltAlikeAreEqual() throws SQLException {
        try (TestDatabase one = TestPostgres.server().createDatabase();
                TestDatabase two = TestPostgres.server().createDatabase()) {
            one.execute(RichSchema.STATEMENTS);
            two.execute("CREATE TABLE scratch (id int)", "DROP TABLE scratch"); // shifts the oids
            two.execute(RichSchema.STATEMENTS);

            SchemaSnapshot first = snapshot(one);
            SchemaSnapshot second = snapshot(two);

            assertThat(second.differencesFrom(first)).isEmpty();
            assertThat(second).isEqualTo(first);
            assertThat(first.toString()).doesNotContain(one.name()).doesNotContain(two.name());
        }
    }

    @Test
    void reportsEveryTopLevelObjectOfASchemaLeftBehind() {
        List<String> differences = describedDifferences(new String[0], RichSchema.STATEMENTS);

        assertThat(differences).containsExactly(
                "schema app still exists",
                "enum type app.mood still exists ('happy', 'sad')",
                "domain app.email still exists (text)",
                "composite type app.pair still exists",
                "range type app.floatrange still exists (double precision)",
                "sequence app.order_numbers still exists",
                "table app.cache still exists",
                "table app.events still exists",
                "table app.events_2024 still exists",
                "table app.orders still exists",
                "table app.users still exists",
                "view app.active still exists",
                "materialized view app.totals still exists",
                "function app.add(integer, integer) still exists",
                "function app.touch() still exists",
                "procedure app.reset() still exists",
                "aggregate app.total(integer) still exists");
    }

    @Test
    void columnOrderDoesNotMatter() throws SQLException {
        try (TestDatabase one = TestPostgres.server().createDatabase();
                TestDatabase two = TestPostgres.server().createDatabase()) {
            one.execute("CREATE TABLE t (a integer, b text)");
            two.execute("CREATE TABLE t (b text)", "ALTER TABLE t ADD COLUMN a integer");

            assertThat(snapshot(two).differencesFrom(snapshot(one))).isEmpty();
        }
    }

    @Test
    void databaseWithoutUserObjectsGivesAnEmptySnapshot() throws SQLException {
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            db.execute("DROP SCHEMA public CASCADE", "DROP EXTENSION plpgsql");

            assertThat(snapshot(db).isEmpty()).isTrue();
        }
    }

    @Test
    void columnLeftBehind() {
        List<SchemaDifference> differences = differences(USERS, "ALTER TABLE users ADD COLUMN phone varchar(20)");

        assertThat(differences).containsExactly(new SchemaDifference(
                "column", "public.users.phone", SchemaDifference.Change.UNEXPECTED, "character varying(20), nullable"));
        assertThat(differences.get(0).describe())
                .isEqualTo("column public.users.phone still exists (character varying(20), nullable)");
    }

    @Test
    void droppedColumn() {
        assertThat(describedDifferences(USERS, "ALTER TABLE users DROP COLUMN email"))
                .containsExactly("column public.users.email is missing (character varying(255), not null)");
    }

    @Test
    void droppedIndex() {
        String[] setup = with(USERS, "CREATE INDEX idx_users_email ON users (email)");

        List<SchemaDifference> differences = differences(setup, "DROP INDEX idx_users_email");

        assertThat(differences).containsExactly(new SchemaDifference(
                "index", "public.idx_users_email", SchemaDifference.Change.MISSING, ""));
        assertThat(differences.get(0).describe()).isEqualTo("index public.idx_users_email is missing");
    }

    @Test
    void changedColumnTypeNullabilityAndDefault() {
        assertThat(describedDifferences(USERS,
                "ALTER TABLE users ALTER COLUMN email TYPE text",
                "ALTER TABLE users ALTER COLUMN name SET NOT NULL",
                "ALTER TABLE users ALTER COLUMN name SET DEFAULT 'anonymous'"))
                .containsExactly(
                        "column public.users.email changed: type character varying(255) -> text",
                        "column public.users.name changed: nullability nullable -> not null;"
                                + " default (none) -> 'anonymous'::text");
    }

    @Test
    void leftoverEnumType() {
        assertThat(describedDifferences(USERS, "CREATE TYPE mood AS ENUM ('happy', 'sad')"))
                .containsExactly("enum type public.mood still exists ('happy', 'sad')");
    }

    @Test
    void addedEnumLabel() {
        String[] setup = {"CREATE TYPE mood AS ENUM ('happy', 'sad')"};

        assertThat(describedDifferences(setup, "ALTER TYPE mood ADD VALUE 'ok'"))
                .containsExactly("enum type public.mood changed: labels 'happy', 'sad' -> 'happy', 'sad', 'ok'");
    }

    @Test
    void functionLeftBehind() {
        assertThat(describedDifferences(USERS,
                "CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1'"))
                .containsExactly("function public.f(integer) still exists");
    }

    @Test
    void functionBodyChanged() {
        String[] setup = {"CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1'"};

        assertThat(describedDifferences(setup,
                "CREATE OR REPLACE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 2'"))
                .containsExactly("function public.f(integer) changed: body differs");
    }

    @Test
    void functionPropertiesChangedAndOverloadsKeptApart() {
        String[] setup = {
            "CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql AS 'SELECT x + 1'",
            "CREATE FUNCTION f(x text) RETURNS text LANGUAGE sql AS 'SELECT x'",
        };

        assertThat(describedDifferences(setup, "ALTER FUNCTION f(integer) IMMUTABLE STRICT"))
                .containsExactly("function public.f(integer) changed: volatility volatile -> immutable;"
                        + " strict no -> yes");
    }

    @Test
    void leftoverSequence() {
        assertThat(describedDifferences(USERS, "CREATE SEQUENCE order_numbers START 100"))
                .containsExactly("sequence public.order_numbers still exists");
    }

    @Test
    void changedSequence() {
        String[] setup = {"CREATE SEQUENCE order_numbers START 100"};

        assertThat(describedDifferences(setup, "SELECT nextval('order_numbers')",
                "ALTER SEQUENCE order_numbers INCREMENT BY 10 CYCLE"))
                .containsExactly("sequence public.order_numbers changed: increment 1 -> 10; cycle no -> yes");
    }

    @Test
    void views() {
        String[] setup = with(USERS, "CREATE VIEW named AS SELECT id, name FROM users WHERE name IS NOT NULL");

        assertThat(describedDifferences(setup,
                "CREATE OR REPLACE VIEW named AS SELECT id, name FROM users WHERE name <> ''",
                "CREATE VIEW emails AS SELECT email FROM users"))
                .containsExactly("view public.emails still exists", "view public.named changed: definition differs");
    }

    @Test
    void triggerLeftBehind() {
        String[] setup = with(USERS,
                "CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$");

        List<SchemaDifference> differences = differences(setup,
                "CREATE TRIGGER users_touch BEFORE UPDATE ON users FOR EACH ROW EXECUTE FUNCTION touch()");

        assertThat(differences).extracting(SchemaDifference::describe)
                .containsExactly("trigger public.users.users_touch still exists");
        assertThat(differences.get(0).objectKind()).isEqualTo("trigger");
    }

    @Test
    void constraints() {
        String[] setup = with(USERS, "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%')");

        assertThat(describedDifferences(setup,
                "ALTER TABLE users DROP CONSTRAINT users_email_check",
                "ALTER TABLE users ADD CONSTRAINT users_name_key UNIQUE (name)"))
                .containsExactly(
                        "constraint public.users.users_email_check is missing",
                        "constraint public.users.users_name_key still exists",
                        "index public.users_name_key still exists");
    }

    @Test
    void changedConstraintDefinition() {
        String[] setup = with(USERS, "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%')");

        assertThat(describedDifferences(setup,
                "ALTER TABLE users DROP CONSTRAINT users_email_check",
                "ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%.%')"))
                .containsExactly("constraint public.users.users_email_check changed: definition differs");
    }

    @Test
    void comments() {
        String[] setup = with(USERS, "COMMENT ON COLUMN users.email IS 'login'");

        assertThat(describedDifferences(setup,
                "COMMENT ON TABLE users IS 'people'",
                "COMMENT ON COLUMN users.email IS NULL"))
                .containsExactly(
                        "table public.users changed: comment (none) -> people",
                        "column public.users.email changed: comment login -> (none)");
    }

    @Test
    void extensionLeftBehindIsReportedAlone() {
        String extension;
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            extension = db.value("SELECT name FROM pg_available_extensions"
                    + " WHERE name IN ('pgcrypto', 'uuid-ossp') ORDER BY name LIMIT 1");
        }
        assumeThat(extension).as("pgcrypto or uuid-ossp available").isNotNull();

        assertThat(describedDifferences(USERS, "CREATE EXTENSION \"" + extension + "\""))
                .containsExactly("extension " + (extension.equals("pgcrypto") ? "pgcrypto" : "\"uuid-ossp\"")
                        + " still exists");
    }

    @Test
    void rowLevelSecurityPolicy() {
        assertThat(describedDifferences(USERS,
                "ALTER TABLE users ENABLE ROW LEVEL SECURITY",
                "CREATE POLICY own_rows ON users USING (name = current_user)"))
                .containsExactly(
                        "table public.users changed: row level security disabled -> enabled",
                        "policy public.users.own_rows still exists");
    }

    @Test
    void tableLeftBehindIsReportedWithoutWhatBelongsToIt() {
        assertThat(describedDifferences(USERS,
                "CREATE TABLE orders (id serial PRIMARY KEY, user_id bigint REFERENCES users (id), note text)",
                "CREATE INDEX orders_user ON orders (user_id)",
                "COMMENT ON TABLE orders IS 'orders'"))
                .containsExactly("table public.orders still exists");
    }

    @Test
    void schemaLeftBehind() {
        assertThat(describedDifferences(USERS, "CREATE SCHEMA reporting"))
                .containsExactly("schema reporting still exists");
    }

    @Test
    void ignoredTablesAndWhatBelongsToThemAreLeftOut() throws SQLException {
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            db.execute(USERS);
            SchemaSnapshot before = snapshot(db);
            db.execute(
                    "CREATE TABLE schema_migrations (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL)",
                    "CREATE SCHEMA other",
                    "CREATE TABLE other.schema_migrations_history (id serial PRIMARY KEY, version bigint"
                            + " CHECK (version > 0), applied timestamptz DEFAULT now())",
                    "CREATE INDEX history_version ON other.schema_migrations_history (version)",
                    "COMMENT ON TABLE schema_migrations IS 'migration state'");
            SchemaSnapshot after = snapshot(db);

            assertThat(after.differencesFrom(before)).extracting(SchemaDifference::describe)
                    .containsExactly("schema other still exists");
            assertThat(after.toString())
                    .doesNotContain("schema_migrations")
                    .doesNotContain("history_version");
            try (Connection c = db.connect()) {
                assertThat(SchemaSnapshot.capture(c, Set.of()).toString())
                        .contains("table public.schema_migrations", "index other.history_version");
            }
        }
    }

    @Test
    void leavesTheSearchPathAsItWas() throws SQLException {
        try (TestDatabase db = TestPostgres.server().createDatabase();
                Connection c = db.connect();
                Statement statement = c.createStatement()) {
            statement.execute("SET search_path = app, public");

            SchemaSnapshot.capture(c, IGNORED);

            try (ResultSet rows = statement.executeQuery("SHOW search_path")) {
                rows.next();
                assertThat(rows.getString(1)).isEqualTo("app, public");
            }
        }
    }

    private static List<String> describedDifferences(String[] setup, String... change) {
        return differences(setup, change).stream().map(SchemaDifference::describe).toList();
    }

    private static List<SchemaDifference> differences(String[] setup, String... change) {
        try (TestDatabase db = TestPostgres.server().createDatabase()) {
            db.execute(setup);
            SchemaSnapshot before = snapshot(db);
            db.execute(change);
            return snapshot(db).differencesFrom(before);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SchemaSnapshot snapshot(TestDatabase db) throws SQLException {
        try (Connection c = db.connect()) {
            return SchemaSnapshot.capture(c, IGNORED);
        }
    }

    private static String[] with(String[] statements, String... more) {
        String[] all = Arrays.copyOf(statements, statements.length + more.length);
        System.arraycopy(more, 0, all, statements.length, more.length);
        return all;
    }
}
