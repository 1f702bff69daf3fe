package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** golang-migrate.md 3.1: the file-name grammar {@code ^([0-9]+)_(.*)\.(down|up)\.(.*)$}. */
class MigrationFileNameTest {

    private static MigrationFile parsed(String name) {
        Optional<MigrationFile> file = MigrationFileName.parse(name);
        assertThat(file).as("%s is a migration", name).isPresent();
        return file.orElseThrow();
    }

    @Test
    void readsVersionTitleDirectionAndKeepsTheName() {
        MigrationFile up = parsed("1_init.up.sql");
        assertThat(up).isEqualTo(new MigrationFile(1, "init", Direction.UP, "1_init.up.sql"));

        MigrationFile down = parsed("000001_init_schema.down.sql");
        assertThat(down).isEqualTo(new MigrationFile(1, "init_schema", Direction.DOWN, "000001_init_schema.down.sql"));
    }

    @Test
    void leadingZerosGiveTheSameVersion() {
        assertThat(parsed("0001_x.up.sql").version()).isEqualTo(parsed("1_x.up.sql").version()).isEqualTo(1L);
        assertThat(parsed("0_zero.up.sql").version()).isZero();
        assertThat(parsed("0000000000000000000000000000042_x.up.sql").version()).isEqualTo(42L);
    }

    @Test
    void timestampsAreJustNumbers() {
        assertThat(parsed("20240131235959_add_users.up.sql").version()).isEqualTo(20240131235959L);
        assertThat(parsed("1706745599_unix.down.sql").version()).isEqualTo(1706745599L);
    }

    @Test
    void titleMayBeEmptyOrContainDotsUnderscoresAndSpaces() {
        assertThat(parsed("1_.up.sql").title()).isEmpty();
        assertThat(parsed("1_a.b.c.up.sql").title()).isEqualTo("a.b.c");
        assertThat(parsed("1_create__users_.up.sql").title()).isEqualTo("create__users_");
        assertThat(parsed("1_my first migration.up.sql").title()).isEqualTo("my first migration");
        assertThat(parsed("1___.down.sql").title()).isEqualTo("__");
    }

    @Test
    void theLastUpOrDownWins() {
        MigrationFile downWins = parsed("1_a.up.b.down.sql");
        assertThat(downWins.title()).isEqualTo("a.up.b");
        assertThat(downWins.direction()).isEqualTo(Direction.DOWN);

        MigrationFile upWins = parsed("1_a.down.b.up.sql");
        assertThat(upWins.title()).isEqualTo("a.down.b");
        assertThat(upWins.direction()).isEqualTo(Direction.UP);

        MigrationFile repeated = parsed("7_x.up.up.up.sql");
        assertThat(repeated.title()).isEqualTo("x.up.up");
        assertThat(repeated.direction()).isEqualTo(Direction.UP);
    }

    @Test
    void theExtensionMayBeEmptyOrDottedAndIsNeverChecked() {
        assertThat(parsed("1_x.up.").direction()).isEqualTo(Direction.UP);
        assertThat(parsed("1_x.up.sql.bak").title()).isEqualTo("x");
        assertThat(parsed("1_x.down.tar.gz").direction()).isEqualTo(Direction.DOWN);
        assertThat(parsed("1_x.up.txt").title()).isEqualTo("x");
        assertThat(parsed("1_x.up..").title()).isEqualTo("x");
    }

    @Test
    void theLargestUnsignedVersionIsAccepted() {
        MigrationFile max = parsed("18446744073709551615_max.up.sql");
        assertThat(max.version()).isEqualTo(-1L);
        assertThat(Long.toUnsignedString(max.version())).isEqualTo("18446744073709551615");

        assertThat(parsed("0018446744073709551615_max.up.sql").version()).isEqualTo(-1L);
        assertThat(Long.toUnsignedString(parsed("9223372036854775808_x.up.sql").version()))
                .isEqualTo("9223372036854775808");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "18446744073709551616_overflow.up.sql",
        "99999999999999999999_overflow.up.sql",
        "123456789012345678901234567890_x.up.sql",
    })
    void versionsThatOverflowUnsigned64BitsAreIgnored(String name) {
        assertThat(MigrationFileName.parse(name)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        ".1_x.up.sql",
        "V1__x.sql",
        "1.up.sql",
        "1-x.up.sql",
        "1 x.up.sql",
        "_x.up.sql",
        "x_1.up.sql",
        "a1_x.up.sql",
        "1_x.up",
        "1_x.down",
        "1_x.sql",
        "1_x.upsql",
        "1_xup.sql",
        "1_x.UP.sql",
        "1_x.Up.sql",
        "1_x.DOWN.sql",
        "1_x.Down.sql",
        "README.md",
        "",
        "١_arabic_digit.up.sql",
        "1_x.up.sql\n",
        "1_a\nb.up.sql",
    })
    void namesOutsideTheGrammarAreIgnored(String name) {
        assertThat(MigrationFileName.parse(name)).as("%s", name).isEmpty();
    }

    @Test
    void onlyNewlineIsExcludedFromTitleAndExtensionAsInGoRegexps() {
        // RE2's '.' matches everything except '\n'; java.util.regex's default '.' also stops at \r and
        // Unicode line separators, which golang-migrate accepts.
        assertThat(parsed("1_a\rb.up.sql").title()).isEqualTo("a\rb");
        assertThat(parsed("1_a\u2028b.up.sql").title()).isEqualTo("a\u2028b");
        assertThat(parsed("1_x.up.s\u0085ql").direction()).isEqualTo(Direction.UP);
    }
}
