package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The hand-written matcher gives the answers of golang-migrate's regular expression, read as RE2 reads it. */
class MigrationFileNamePropertyTest {
    private static final Pattern GRAMMAR = Pattern.compile("^([0-9]+)_(.*)\\.(down|up)\\.(.*)$", Pattern.UNIX_LINES);

    @Property(tries = 5000)
    void matchesTheRegularExpression(@ForAll("names") String name) {
        assertThat(MigrationFileName.parse(name)).as("%s", name).isEqualTo(byRegularExpression(name));
    }

    @Provide
    Arbitrary<String> names() {
        Arbitrary<String> pieces = Arbitraries.of("0", "1", "42", "007", "18446744073709551615", "18446744073709551616",
                "_", ".", "up", "down", ".up.", ".down.", "sql", "x", "\n", "\r", " ", "é", "_up", "d");
        return pieces.list().ofMaxSize(7).map(list -> String.join("", list));
    }

    private static Optional<MigrationFile> byRegularExpression(String name) {
        Matcher m = GRAMMAR.matcher(name);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            long version = Long.parseUnsignedLong(m.group(1));
            return Optional.of(new MigrationFile(version, m.group(2), Direction.fromWord(m.group(3)), name));
        } catch (NumberFormatException overflow) {
            return Optional.empty();
        }
    }
}
