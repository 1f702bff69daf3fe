package dev.jmigrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.jmigrate.MigrationPlan;
import dev.jmigrate.MigrationResult;
import dev.jmigrate.Migrator;
import dev.jmigrate.PlannedMigration;
import dev.jmigrate.database.VersionState;
import dev.jmigrate.testing.TestDatabase;
import dev.jmigrate.testing.TestPostgres;
import dev.jmigrate.verify.SchemaDifference;
import dev.jmigrate.verify.SchemaSnapshot;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The real {@code migrations/000001_init_schema} against a real PostgreSQL, through the library: what the up
 * migration creates (read from the catalog), that its constraints reject bad rows, that its trigger maintains
 * {@code updated_at}, and that the down migration removes all of it.
 *
 * <p>The catalog and data tests share one migrated database (they only add rows with distinct keys); the
 * round-trip tests take fresh ones.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitSchemaTest {
    private static final Set<String> TABLES = Set.of("users", "sessions", "audit_logs", "feature_flags", "api_keys");
    private static final Set<String> VERSION_TABLES = Set.of("schema_migrations", "schema_migrations_history");

    private static final String ALICE = "11111111-1111-1111-1111-111111111111";
    private static final String BOB = "22222222-2222-2222-2222-222222222222";
    private static final String ALICE_KEY = "33333333-3333-3333-3333-333333333333";
    private static final String PHC_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG";

    private final Path migrations = RepositoryFiles.migrations();
    private TestDatabase db;

    @BeforeAll
    void migrateUp() {
        db = TestPostgres.server().createDatabase();
        try (Migrator migrator = migrator(db)) {
            MigrationResult result = migrator.up();
            assertThat(result.applied()).as("applied migrations").hasSize(1);
            assertThat(migrator.version()).isEqualTo(VersionState.clean(1));
        }
        db.execute(
                "INSERT INTO users (id, email, display_name, password_hash) VALUES ('" + ALICE
                        + "', 'alice@example.com', 'Alice', '" + PHC_HASH + "')",
                "INSERT INTO sessions (user_id, token_hash, refresh_token_hash, expires_at, refresh_expires_at)"
                        + " VALUES ('" + ALICE + "', " + hex('a') + ", " + hex('b') + ","
                        + " now() + interval '1 hour', now() + interval '30 days')",
                "INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash, scopes) VALUES ('" + ALICE_KEY + "', '"
                        + ALICE + "', 'CI', 'lumi_AbCd1234', " + hex('c') + ", '{read}')",
                "INSERT INTO feature_flags (key, description, enabled, rollout_percentage)"
                        + " VALUES ('billing.new_invoices', 'New invoices', true, 25)",
                "INSERT INTO audit_logs (actor_type, actor_id, api_key_id, action, target_type, target_id, metadata)"
                        + " VALUES ('api_key', '" + ALICE + "', '" + ALICE_KEY + "', 'feature_flag.updated',"
                        + " 'feature_flag', 'billing.new_invoices', '{\"rollout_percentage\": 25}')");
    }

    @AfterAll
    void dropDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void createsTheFiveDocumentedTablesWithComments() {
        List<String> tables = new ArrayList<>(db.tables());
        tables.removeAll(VERSION_TABLES);
        assertThat(tables).containsExactlyInAnyOrderElementsOf(TABLES);
        for (String table : TABLES) {
            assertThat(db.value("SELECT obj_description('public." + table + "'::regclass, 'pg_class')"))
                    .as("COMMENT ON TABLE %s", table).isNotBlank();
        }
    }

    @Test
    void columnsUseUuidKeysTimestamptzAndText() {
        Map<String, String> types = columnTypes();
        SoftAssertions softly = new SoftAssertions();
        for (String table : TABLES) {
            softly.assertThat(types).as("%s.id", table).containsEntry(table + ".id", "uuid");
            softly.assertThat(db.value("SELECT pg_get_expr(d.adbin, d.adrelid) FROM pg_attrdef d JOIN pg_attribute a"
                    + " ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
                    + " WHERE d.adrelid = 'public." + table + "'::regclass AND a.attname = 'id'"))
                    .as("default of %s.id", table).isEqualTo("gen_random_uuid()");
            softly.assertThat(db.column("SELECT a.attname FROM pg_index i JOIN pg_attribute a"
                    + " ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)"
                    + " WHERE i.indisprimary AND i.indrelid = 'public." + table + "'::regclass"))
                    .as("primary key of %s", table).containsExactly("id");
            softly.assertThat(types).as("%s.created_at", table)
                    .containsEntry(table + ".created_at", "timestamp with time zone");
        }
        types.forEach((column, type) -> {
            softly.assertThat(type).as("type of %s", column)
                    .doesNotStartWith("character")
                    .doesNotContain("without time zone")
                    .isNotIn("json", "money", "serial", "bigserial");
            if (column.endsWith("_at")) {
                softly.assertThat(type).as("type of %s", column).isEqualTo("timestamp with time zone");
            }
        });
        for (String column : List.of("users.email", "users.password_hash", "sessions.token_hash",
                "api_keys.key_prefix", "api_keys.key_hash", "audit_logs.action", "feature_flags.key")) {
            softly.assertThat(types).as(column).containsEntry(column, "text");
        }
        for (String column : List.of("users.email", "sessions.user_id", "sessions.token_hash", "sessions.expires_at",
                "api_keys.user_id", "api_keys.key_prefix", "api_keys.key_hash", "audit_logs.action",
                "audit_logs.created_at", "feature_flags.key", "feature_flags.enabled",
                "feature_flags.rollout_percentage", "users.updated_at")) {
            softly.assertThat(db.value("SELECT attnotnull FROM pg_attribute WHERE attrelid = 'public."
                    + column.replace(".", "'::regclass AND attname = '") + "'"))
                    .as("%s is NOT NULL", column).isEqualTo("t");
        }
        softly.assertThat(types).containsEntry("audit_logs.metadata", "jsonb")
                .containsEntry("feature_flags.rules", "jsonb")
                .containsEntry("sessions.ip_address", "inet");
        softly.assertAll();
    }

    @Test
    void foreignKeysCascadeWithTheirUserButTheAuditTrailIsKept() {
        List<String> foreignKeys = db.column("SELECT c.conrelid::regclass || '.' || a.attname || ' -> '"
                + " || c.confrelid::regclass || '.' || fa.attname || ' ON DELETE '"
                + " || CASE c.confdeltype WHEN 'c' THEN 'CASCADE' WHEN 'n' THEN 'SET NULL' WHEN 'r' THEN 'RESTRICT'"
                + "    WHEN 'd' THEN 'SET DEFAULT' ELSE 'NO ACTION' END"
                + " || CASE WHEN cardinality(c.conkey) > 1 THEN ' (multi-column)' ELSE '' END"
                + " FROM pg_constraint c"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                + " JOIN pg_attribute fa ON fa.attrelid = c.confrelid AND fa.attnum = c.confkey[1]"
                + " WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace");
        assertThat(foreignKeys).containsExactlyInAnyOrder(
                "sessions.user_id -> users.id ON DELETE CASCADE",
                "api_keys.user_id -> users.id ON DELETE CASCADE",
                "audit_logs.actor_id -> users.id ON DELETE SET NULL",
                "audit_logs.api_key_id -> api_keys.id ON DELETE SET NULL");
    }

    @Test
    void everyForeignKeyColumnLeadsAnIndex() {
        List<IndexInfo> indexes = indexes();
        List<String> foreignKeyColumns = db.column("SELECT c.conrelid::regclass || '.' || a.attname FROM pg_constraint c"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]"
                + " WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace");
        assertThat(foreignKeyColumns).hasSize(4);
        for (String foreignKey : foreignKeyColumns) {
            String table = foreignKey.substring(0, foreignKey.indexOf('.'));
            String column = foreignKey.substring(foreignKey.indexOf('.') + 1);
            // a partial index "WHERE column IS NOT NULL" serves the "column = $1" look-ups of the foreign key too
            assertThat(indexes)
                    .as("an index led by foreign key column %s; indexes: %s", foreignKey, indexes)
                    .anyMatch(i -> i.table().equals(table) && i.columns().get(0).equals(column)
                            && (i.predicate() == null || i.predicate().equals(column + " IS NOT NULL")));
        }
    }

    @Test
    void indexesServeTheLookups() {
        List<IndexInfo> indexes = indexes();
        SoftAssertions softly = new SoftAssertions();
        softly.assertThat(indexes).as("unique index on users (lower(email)): %s", indexes)
                .anyMatch(i -> i.is("users", true, "lower(email)"));
        softly.assertThat(indexes).as("unique index on sessions (token_hash): %s", indexes)
                .anyMatch(i -> i.is("sessions", true, "token_hash"));
        softly.assertThat(indexes).as("index on sessions (refresh_token_hash): %s", indexes)
                .anyMatch(i -> i.leads("sessions", "refresh_token_hash"));
        softly.assertThat(indexes).as("unique index on api_keys (key_prefix): %s", indexes)
                .anyMatch(i -> i.is("api_keys", true, "key_prefix"));
        softly.assertThat(indexes).as("index on audit_logs (actor_id, created_at): %s", indexes)
                .anyMatch(i -> i.leads("audit_logs", "actor_id", "created_at"));
        softly.assertThat(indexes).as("index on audit_logs (created_at): %s", indexes)
                .anyMatch(i -> i.leads("audit_logs", "created_at"));
        softly.assertThat(indexes).as("index on audit_logs (target_type, target_id): %s", indexes)
                .anyMatch(i -> i.leads("audit_logs", "target_type", "target_id"));
        softly.assertThat(indexes).as("unique index on feature_flags (key): %s", indexes)
                .anyMatch(i -> i.is("feature_flags", true, "key"));
        softly.assertAll();
    }

    @Test
    void secretsAreStoredOnlyAsHashes() {
        Map<String, String> types = columnTypes();
        assertThat(types).containsKeys("users.password_hash", "sessions.token_hash", "sessions.refresh_token_hash",
                "api_keys.key_hash");
        Pattern secretLike = Pattern.compile("password|passwd|token|secret|api_?key|credential|private_key");
        List<String> plaintext = types.keySet().stream()
                .map(column -> column.substring(column.indexOf('.') + 1))
                .filter(name -> secretLike.matcher(name).find() && !name.endsWith("_hash"))
                .collect(Collectors.toList());
        // api_keys.key_prefix is the public part of a key; audit_logs.api_key_id a reference; neither is secret
        plaintext.removeAll(List.of("api_key_id"));
        assertThat(plaintext).as("columns named like a plain-text secret").isEmpty();
        assertThat(types).doesNotContainKeys("api_keys.key", "api_keys.api_key", "api_keys.secret");
    }

    @Test
    void everyTableWithUpdatedAtHasTheTrigger() {
        List<String> withUpdatedAt = db.column("SELECT c.relname FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attname = 'updated_at'"
                + " ORDER BY 1");
        List<String> withTrigger = db.column("SELECT DISTINCT c.relname FROM pg_trigger t"
                + " JOIN pg_class c ON c.oid = t.tgrelid"
                + " WHERE NOT t.tgisinternal AND t.tgfoid = 'public.set_updated_at()'::regprocedure"
                + " AND t.tgtype & 2 = 2 AND t.tgtype & 16 = 16 AND t.tgtype & 1 = 1" // BEFORE, UPDATE, ROW
                + " ORDER BY 1");
        assertThat(withUpdatedAt).contains("users", "sessions", "api_keys", "feature_flags");
        assertThat(withTrigger).isEqualTo(withUpdatedAt);
    }

    @Test
    void updatedAtFollowsEveryRealChange() {
        db.execute("INSERT INTO users (id, email, created_at, updated_at)"
                + " VALUES ('" + BOB + "', 'bob@example.com', '2020-01-01Z', '2020-01-01Z')");
        db.execute("UPDATE users SET display_name = 'Bob' WHERE id = '" + BOB + "'");
        String afterChange = db.value("SELECT updated_at FROM users WHERE id = '" + BOB + "'");
        assertThat(db.value("SELECT updated_at > '2020-01-01Z' AND updated_at <= now() FROM users WHERE id = '" + BOB + "'"))
                .as("updated_at after an update: %s", afterChange).isEqualTo("t");

        // an UPDATE that changes nothing leaves updated_at alone (a new transaction has a later now())
        db.execute("UPDATE users SET display_name = display_name WHERE id = '" + BOB + "'");
        assertThat(db.value("SELECT updated_at FROM users WHERE id = '" + BOB + "'")).isEqualTo(afterChange);

        db.execute("INSERT INTO feature_flags (key, created_at, updated_at) VALUES ('old.flag', '2020-01-01Z', '2020-01-01Z')",
                "UPDATE feature_flags SET rollout_percentage = 50 WHERE key = 'old.flag'");
        assertThat(db.value("SELECT updated_at > '2020-01-01Z' AND updated_at <= now() FROM feature_flags"
                + " WHERE key = 'old.flag'")).isEqualTo("t");
    }

    @Test
    void constraintsRejectBadRows() throws SQLException {
        List<BadRow> badRows = List.of(
                // users
                new BadRow("users", "email", "email without @", "23514", "users_email_format",
                        "INSERT INTO users (email) VALUES ('not-an-email')"),
                new BadRow("users", "email", "email with a space", "23514", "users_email_format",
                        "INSERT INTO users (email) VALUES ('a b@example.com')"),
                new BadRow("users", "email", "email too long", "23514", "users_email_length",
                        "INSERT INTO users (email) VALUES (repeat('a', 250) || '@example.com')"),
                new BadRow("users", "email", "same email in another case", "23505", "idx_users_email_lower",
                        "INSERT INTO users (email) VALUES ('Alice@Example.COM')"),
                new BadRow("users", "email", "missing email", "23502", null,
                        "INSERT INTO users (display_name) VALUES ('No Email')"),
                new BadRow("users", "password_hash", "plain-text password", "23514", "users_password_hash_format",
                        "INSERT INTO users (email, password_hash) VALUES ('p@example.com', 'correct horse battery staple')"),
                new BadRow("users", "role", "unknown role", "23514", "users_role_valid",
                        "INSERT INTO users (email, role) VALUES ('r@example.com', 'root')"),
                new BadRow("users", "status", "unknown status", "23514", "users_status_valid",
                        "INSERT INTO users (email, status) VALUES ('s@example.com', 'zombie')"),
                new BadRow("users", "failed_login_attempts", "negative failed logins", "23514",
                        "users_failed_login_attempts_non_negative",
                        "INSERT INTO users (email, failed_login_attempts) VALUES ('f@example.com', -1)"),
                new BadRow("users", "display_name", "empty display name", "23514", "users_display_name_length",
                        "INSERT INTO users (email, display_name) VALUES ('d@example.com', '')"),
                // sessions
                new BadRow("sessions", "user_id", "session of an unknown user", "23503", "sessions_user_id_fkey",
                        session("gen_random_uuid()", hex('1'), "NULL", "now() + interval '1 hour'", "NULL")),
                new BadRow("sessions", "token_hash", "plain-text token", "23514", "sessions_token_hash_format",
                        session(quote(ALICE), "'eyJhbGciOiJIUzI1NiJ9.plain.token'", "NULL", "now() + interval '1 hour'", "NULL")),
                new BadRow("sessions", "token_hash", "token hash in use", "23505", "idx_sessions_token_hash",
                        session(quote(ALICE), hex('a'), "NULL", "now() + interval '1 hour'", "NULL")),
                new BadRow("sessions", "refresh_token_hash", "refresh token hash in use", "23505",
                        "idx_sessions_refresh_token_hash",
                        session(quote(ALICE), hex('2'), hex('b'), "now() + interval '1 hour'", "now() + interval '1 day'")),
                new BadRow("sessions", "refresh_expires_at", "refresh token without expiry", "23514",
                        "sessions_refresh_token_expiry",
                        session(quote(ALICE), hex('3'), hex('4'), "now() + interval '1 hour'", "NULL")),
                new BadRow("sessions", "expires_at", "expiry before creation", "23514", "sessions_expires_after_creation",
                        session(quote(ALICE), hex('5'), "NULL", "now() - interval '1 second'", "NULL")),
                new BadRow("sessions", "expires_at", "missing expiry", "23502", null,
                        session(quote(ALICE), hex('6'), "NULL", "NULL", "NULL")),
                // api_keys
                new BadRow("api_keys", "user_id", "key of an unknown user", "23503", "api_keys_user_id_fkey",
                        apiKey("gen_random_uuid()", "'lumi_Zz000001'", hex('d'), "NULL")),
                new BadRow("api_keys", "key_prefix", "prefix in use", "23505", "idx_api_keys_key_prefix",
                        apiKey(quote(ALICE), "'lumi_AbCd1234'", hex('e'), "NULL")),
                new BadRow("api_keys", "key_prefix", "prefix without tag", "23514", "api_keys_key_prefix_format",
                        apiKey(quote(ALICE), "'AbCd1234'", hex('e'), "NULL")),
                new BadRow("api_keys", "key_prefix", "whole key as prefix", "23514", "api_keys_key_prefix_format",
                        apiKey(quote(ALICE), "'lumi_AbCd1234EfGh5678IjKl9012MnOp'", hex('e'), "NULL")),
                new BadRow("api_keys", "key_hash", "plain-text key", "23514", "api_keys_key_hash_format",
                        apiKey(quote(ALICE), "'lumi_Zz000002'", "'lumi_Zz000002_the_rest_of_the_key'", "NULL")),
                new BadRow("api_keys", "expires_at", "expiry before creation", "23514", "api_keys_expires_after_creation",
                        apiKey(quote(ALICE), "'lumi_Zz000003'", hex('f'), "now() - interval '1 day'")),
                // audit_logs
                new BadRow("audit_logs", "actor_type", "unknown actor type", "23514", "audit_logs_actor_type_valid",
                        "INSERT INTO audit_logs (actor_type, action) VALUES ('robot', 'user.login')"),
                new BadRow("audit_logs", "action", "action not a dotted name", "23514", "audit_logs_action_format",
                        "INSERT INTO audit_logs (actor_type, action) VALUES ('system', 'User Login!')"),
                new BadRow("audit_logs", "target_type", "target id without type", "23514", "audit_logs_target_complete",
                        "INSERT INTO audit_logs (actor_type, action, target_id) VALUES ('system', 'user.deleted', '42')"),
                new BadRow("audit_logs", "metadata", "metadata not an object", "23514", "audit_logs_metadata_object",
                        "INSERT INTO audit_logs (actor_type, action, metadata) VALUES ('system', 'user.login', '[1]')"),
                new BadRow("audit_logs", "actor_id", "unknown actor", "23503", "audit_logs_actor_id_fkey",
                        "INSERT INTO audit_logs (actor_type, actor_id, action) VALUES ('user', gen_random_uuid(), 'user.login')"),
                // feature_flags
                new BadRow("feature_flags", "rollout_percentage", "rollout above 100", "23514",
                        "feature_flags_rollout_percentage_range",
                        "INSERT INTO feature_flags (key, rollout_percentage) VALUES ('over', 101)"),
                new BadRow("feature_flags", "rollout_percentage", "negative rollout", "23514",
                        "feature_flags_rollout_percentage_range",
                        "INSERT INTO feature_flags (key, rollout_percentage) VALUES ('under', -1)"),
                new BadRow("feature_flags", "key", "key with spaces and capitals", "23514", "feature_flags_key_format",
                        "INSERT INTO feature_flags (key) VALUES ('New Checkout')"),
                new BadRow("feature_flags", "key", "key in use", "23505", "feature_flags_key_unique",
                        "INSERT INTO feature_flags (key) VALUES ('billing.new_invoices')"),
                new BadRow("feature_flags", "rules", "rules not an object", "23514", "feature_flags_rules_object",
                        "INSERT INTO feature_flags (key, rules) VALUES ('rules', '\"everyone\"')"));

        SoftAssertions softly = new SoftAssertions();
        try (Connection c = db.connect()) {
            for (BadRow row : badRows) {
                String rejection = rejection(c, row.sql());
                if (row.constraint() == null) { // NOT NULL: the constraint has a name only from PostgreSQL 18 on
                    rejection = rejection.split(" ")[0];
                }
                String expected = row.sqlState() + (row.constraint() == null ? "" : " " + row.constraint());
                softly.assertThat(rejection).as("%s.%s: %s (%s)", row.table(), row.column(), row.what(), row.sql())
                        .isEqualTo(expected);
            }
        }
        softly.assertAll();
    }

    @Test
    void deletingAUserDeletesTheirSessionsAndKeysButKeepsTheAuditTrail() {
        String carol = "44444444-4444-4444-4444-444444444444";
        String carolKey = "55555555-5555-5555-5555-555555555555";
        db.execute("INSERT INTO users (id, email) VALUES ('" + carol + "', 'carol@example.com')",
                session(quote(carol), hex('7'), hex('8'), "now() + interval '1 hour'", "now() + interval '1 day'"),
                "INSERT INTO api_keys (id, user_id, name, key_prefix, key_hash) VALUES ('" + carolKey + "', '" + carol
                        + "', 'deploy', 'lumi_Carol123', " + hex('9') + ")",
                "INSERT INTO audit_logs (actor_type, actor_id, api_key_id, action, target_type, target_id)"
                        + " VALUES ('api_key', '" + carol + "', '" + carolKey + "', 'user.updated', 'user', '" + carol + "')");

        db.execute("DELETE FROM users WHERE id = '" + carol + "'");

        assertThat(db.value("SELECT count(*) FROM sessions WHERE user_id = '" + carol + "'")).isEqualTo("0");
        assertThat(db.value("SELECT count(*) FROM api_keys WHERE user_id = '" + carol + "'")).isEqualTo("0");
        assertThat(db.column("SELECT concat_ws(' ', actor_type, coalesce(actor_id::text, 'null'),"
                + " coalesce(api_key_id::text, 'null'), action) FROM audit_logs WHERE target_id = '" + carol + "'"))
                .containsExactly("api_key null null user.updated");
    }

    @Test
    void downRemovesEverythingAndUpWorksAgain() throws SQLException {
        try (TestDatabase fresh = TestPostgres.server().createDatabase(); Migrator migrator = migrator(fresh)) {
            SchemaSnapshot empty = snapshot(fresh);

            MigrationPlan upPlan = migrator.planUp();
            assertThat(upPlan.migrations()).extracting(PlannedMigration::version).containsExactly(1L);
            assertThat(upPlan.migrations().get(0).transactional())
                    .as("the up migration runs in one transaction: %s", upPlan.migrations().get(0).transactionReason())
                    .isTrue();
            migrator.up();
            assertThat(snapshot(fresh).differencesFrom(empty)).as("up creates objects").isNotEmpty();

            MigrationPlan downPlan = migrator.planDown();
            assertThat(downPlan.migrations().get(0).transactional())
                    .as("the down migration runs in one transaction: %s", downPlan.migrations().get(0).transactionReason())
                    .isTrue();
            migrator.down();
            assertThat(migrator.version().isNone()).as("version after down: %s", migrator.version()).isTrue();
            List<SchemaDifference> leftOver = snapshot(fresh).differencesFrom(empty);
            assertThat(leftOver)
                    .as("objects the down migration left or changed:%n%s", describe(leftOver))
                    .isEmpty();
            assertThat(fresh.tables()).containsExactlyInAnyOrderElementsOf(VERSION_TABLES);

            MigrationResult again = migrator.up();
            assertThat(again.applied()).hasSize(1);
            assertThat(migrator.version()).isEqualTo(VersionState.clean(1));
            assertThat(fresh.tables()).containsAll(TABLES);
        }
    }

    @Test
    void filesAreIdempotentAsTheReadmeAsks() throws IOException, SQLException {
        String up = Files.readString(migrations.resolve("000001_init_schema.up.sql"), StandardCharsets.UTF_8);
        String down = Files.readString(migrations.resolve("000001_init_schema.down.sql"), StandardCharsets.UTF_8);
        try (TestDatabase fresh = TestPostgres.server().createDatabase()) {
            SchemaSnapshot empty = snapshot(fresh);
            runInTransaction(fresh, down); // IF EXISTS: nothing to drop is fine
            runInTransaction(fresh, up);
            SchemaSnapshot once = snapshot(fresh);
            runInTransaction(fresh, up); // IF NOT EXISTS / OR REPLACE: a second run changes nothing
            assertThat(snapshot(fresh).differencesFrom(once)).isEmpty();
            runInTransaction(fresh, down);
            runInTransaction(fresh, down);
            assertThat(snapshot(fresh).differencesFrom(empty)).isEmpty();
        }
    }

    private Migrator migrator(TestDatabase database) {
        return Migrator.builder().path(migrations).database(database.url()).build();
    }

    private static SchemaSnapshot snapshot(TestDatabase database) throws SQLException {
        try (Connection c = database.connect()) {
            return SchemaSnapshot.capture(c, VERSION_TABLES);
        }
    }

    private static String describe(List<SchemaDifference> differences) {
        return differences.stream().map(SchemaDifference::describe).collect(Collectors.joining("\n"));
    }

    private static void runInTransaction(TestDatabase database, String script) throws SQLException {
        try (Connection c = database.connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute(script);
            }
            c.commit();
        }
    }

    /** "SQLSTATE constraint" of the error the statement fails with, or "accepted" (the row is removed again). */
    private static String rejection(Connection c, String sql) throws SQLException {
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            s.execute(sql);
            return "accepted";
        } catch (PSQLException e) {
            ServerErrorMessage server = e.getServerErrorMessage();
            String constraint = server == null ? null : server.getConstraint();
            return e.getSQLState() + (constraint == null ? "" : " " + constraint);
        } finally {
            c.rollback();
            c.setAutoCommit(true);
        }
    }

    /** table.column -> formatted type of every column of the five tables. */
    private Map<String, String> columnTypes() {
        Map<String, String> types = new TreeMap<>();
        for (String row : db.column("SELECT c.relname || '.' || a.attname || '=' || format_type(a.atttypid, a.atttypmod)"
                + " FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid"
                + " WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' AND a.attnum > 0"
                + " AND NOT a.attisdropped AND c.relname IN ('" + String.join("', '", TABLES) + "')")) {
            int eq = row.indexOf('=');
            types.put(row.substring(0, eq), row.substring(eq + 1));
        }
        return types;
    }

    private List<IndexInfo> indexes() {
        List<IndexInfo> indexes = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT t.relname, i.relname, x.indisunique,"
                     + " array_to_string(ARRAY(SELECT pg_get_indexdef(x.indexrelid, k, true)"
                     + "   FROM generate_series(1, x.indnkeyatts) AS k ORDER BY k), '|'),"
                     + " pg_get_expr(x.indpred, x.indrelid, true)"
                     + " FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid"
                     + " WHERE t.relnamespace = 'public'::regnamespace")) {
            while (rs.next()) {
                indexes.add(new IndexInfo(rs.getString(1), rs.getString(2), rs.getBoolean(3),
                        Arrays.asList(rs.getString(4).split("\\|")), rs.getString(5)));
            }
        } catch (SQLException e) {
            fail("reading the indexes failed", e);
        }
        return indexes;
    }

    private static String hex(char digit) {
        return "'" + String.valueOf(digit).repeat(64) + "'";
    }

    private static String quote(String value) {
        return "'" + value + "'";
    }

    private static String session(String userId, String tokenHash, String refreshHash, String expiresAt,
                                  String refreshExpiresAt) {
        return "INSERT INTO sessions (user_id, token_hash, refresh_token_hash, expires_at, refresh_expires_at) VALUES ("
                + String.join(", ", userId, tokenHash, refreshHash, expiresAt, refreshExpiresAt) + ")";
    }

    private static String apiKey(String userId, String prefix, String keyHash, String expiresAt) {
        return "INSERT INTO api_keys (user_id, name, key_prefix, key_hash, expires_at) VALUES ("
                + String.join(", ", userId, "'test'", prefix, keyHash, expiresAt) + ")";
    }

    /** A statement that must fail with the SQLSTATE and, when not null, the constraint. */
    private record BadRow(String table, String column, String what, String sqlState, String constraint, String sql) {
    }

    /** An index: its table, name, uniqueness, key columns or expressions in order, and predicate (or null). */
    private record IndexInfo(String table, String name, boolean unique, List<String> columns, String predicate) {
        boolean is(String onTable, boolean isUnique, String... keys) {
            return table.equals(onTable) && unique == isUnique && predicate == null && columns.equals(List.of(keys));
        }

        boolean leads(String onTable, String... keys) {
            return table.equals(onTable) && columns.size() >= keys.length
                    && columns.subList(0, keys.length).equals(List.of(keys));
        }

        @Override
        public String toString() {
            return name + (unique ? " UNIQUE" : "") + " ON " + table + " (" + String.join(", ", columns) + ")"
                    + (predicate == null ? "" : " WHERE " + predicate);
        }
    }
}
