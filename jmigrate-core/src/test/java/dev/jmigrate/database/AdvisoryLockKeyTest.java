package dev.jmigrate.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

/** golang-migrate.md 4.4: the test vectors of {@code GenerateAdvisoryLockId}. */
class AdvisoryLockKeyTest {

    @Test
    void databaseNameAlone() {
        assertThat(AdvisoryLockKey.of("database_name")).isEqualTo(1764327054L);
    }

    @Test
    void oneAdditionalName() {
        assertThat(AdvisoryLockKey.of("database_name", "schema_name_1")).isEqualTo(2453313553L);
    }

    @Test
    void twoAdditionalNames() {
        assertThat(AdvisoryLockKey.of("database_name", "schema_name_1", "schema_name_2")).isEqualTo(3743845847L);
    }

    @Test
    void cliValuesUseTheUrlPathWithItsSlashThenSchemaAndTable() {
        assertThat(AdvisoryLockKey.of("/postgres", "public", "schema_migrations")).isEqualTo(3280485947L);
        assertThat(AdvisoryLockKey.of("/example", "public", "schema_migrations")).isEqualTo(852184635L);
        assertThat(AdvisoryLockKey.of("/mydb", "public", "schema_migrations")).isEqualTo(616192132L);
    }

    @Test
    void aDatabaseNameWithoutSlashGivesAnotherKey() {
        assertThat(AdvisoryLockKey.of("postgres", "public", "schema_migrations")).isEqualTo(143310882L);
    }

    @Test
    void theAdditionalNamesComeFirstAndTheDatabaseNameLast() {
        assertThat(AdvisoryLockKey.of("database_name", "schema_name_1"))
                .isEqualTo(AdvisoryLockKey.of("schema_name_1\0database_name"));
        assertThat(AdvisoryLockKey.of("/mydb", "public", "schema_migrations"))
                .isEqualTo(AdvisoryLockKey.of("public\0schema_migrations\0/mydb"))
                .isNotEqualTo(AdvisoryLockKey.of("public", "schema_migrations", "/mydb"));
    }

    @Test
    void theMysqlKeyIsOneString() {
        assertThat(AdvisoryLockKey.of("mydb:schema_migrations")).isEqualTo(1906445756L);
    }

    @Test
    void namesAreUtf8() {
        CRC32 crc = new CRC32();
        crc.update("café".getBytes(StandardCharsets.UTF_8));

        assertThat(AdvisoryLockKey.of("café")).isEqualTo((crc.getValue() * 1486364155L) % (1L << 32));
    }

    @Property
    void everyKeyIsAnUnsigned32BitNumber(@ForAll String database, @ForAll String schema, @ForAll String table) {
        assertThat(AdvisoryLockKey.of(database, schema, table)).isBetween(0L, 4294967295L);
        assertThat(AdvisoryLockKey.of(database)).isBetween(0L, 4294967295L);
    }
}
