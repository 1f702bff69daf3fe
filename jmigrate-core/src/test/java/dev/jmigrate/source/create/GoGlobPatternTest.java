package dev.jmigrate.source.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GoGlobPatternTest {

    /** Go's {@code filepath.Match} examples with valid patterns. */
    @ParameterizedTest(name = "[{index}] {0} ~ {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "abc | abc | true", "* | abc | true", "*c | abc | true", "a* | a | true", "a* | abc | true",
        "a* | ab/c | false", "a*/b | abc/b | true", "a*/b | a/c/b | false",
        "a*b*c*d*e*/f | axbxcxdxe/f | true", "a*b*c*d*e*/f | axbxcxdxexxx/f | true",
        "a*b*c*d*e*/f | axbxcxdxe/xxx/f | false", "a*b*c*d*e*/f | axbxcxdxexxx/fff | false",
        "a*b?c*x | abxbbxdbxebxczzx | true", "a*b?c*x | abxbbxdbxebxczzy | false",
        "ab[c] | abc | true", "ab[b-d] | abc | true", "ab[e-g] | abc | false", "ab[^c] | abc | false",
        "ab[^b-d] | abc | false", "ab[^e-g] | abc | true", "a\\*b | a*b | true", "a\\*b | ab | false",
        "a?b | a\u263ab | true", "a[^a]b | a\u263ab | true", "a???b | a\u263ab | false",
        "a[^a][^a][^a]b | a\u263ab | false", "[a-\u03b6]* | \u03b1 | true", "*[a-\u03b6] | A | false",
        "a?b | a/b | false", "a*b | a/b | false", "[\\]a] | ] | true", "[\\-] | - | true",
        "[x\\-] | x | true", "[x\\-] | - | true", "[x\\-] | z | false", "[\\-x] | x | true",
        "[\\-x] | - | true", "[\\-x] | a | false", "*x | xxx | true",
        "*.sql | 000001_a.up.sql | true", "*.sql | a.up.sqlx | false", "*.[s]ql | a.sql | true",
        "*.[s]ql | a.[s]ql | false", "[*] | * | true",
    })
    void matchesAsGo(String pattern, String name, boolean expected) {
        assertThat(GoGlobPattern.compile(pattern).matches(name)).isEqualTo(expected);
    }

    /** Go's {@code filepath.Match} examples that fail with {@code ErrBadPattern}. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {"[]a]", "[-]", "[x-]", "[-x]", "\\", "[a-b-c]", "[", "[^", "[^bc", "a[", "a/b[", "[]",
        "[^]", "a\\"})
    void rejectsAsGo(String pattern) {
        assertThatThrownBy(() -> GoGlobPattern.compile(pattern))
                .isInstanceOf(MigrationCreateException.class)
                .hasMessage("syntax error in pattern");
    }
}
