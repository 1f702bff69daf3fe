package dev.jmigrate.source.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GoFilepathTest {

    @TempDir
    Path base;

    /** Go's {@code filepath.Clean} examples. */
    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', emptyValue = "", value = {
        "abc | abc", "abc/def | abc/def", "a/b/c | a/b/c", ". | .", ".. | ..", "../.. | ../..",
        "../../abc | ../../abc", "/abc | /abc", "/ | /", "'' | .",
        "abc/ | abc", "abc/def/ | abc/def", "a/b/c/ | a/b/c", "./ | .", "../ | ..", "../../ | ../..",
        "/abc/ | /abc",
        "abc//def//ghi | abc/def/ghi", "//abc | /abc", "///abc | /abc", "//abc// | /abc", "abc// | abc",
        "abc/./def | abc/def", "/./abc/def | /abc/def", "abc/. | abc",
        "abc/def/ghi/../jkl | abc/def/jkl", "abc/def/../ghi/../jkl | abc/jkl", "abc/def/.. | abc",
        "abc/def/../.. | .", "/abc/def/../.. | /", "abc/def/../../.. | ..", "/abc/def/../../.. | /",
        "abc/def/../../../ghi/jkl/../../../mno | ../../mno", "/../abc | /abc", "a/../b:/../../c | ../c",
        "abc/./../def | def", "abc//./../def | def", "abc/../../././../def | ../../def",
    })
    void cleansAsGo(String path, String expected) {
        assertThat(GoFilepath.clean(path)).isEqualTo(expected);
    }

    @Test
    void globListsMatchingNamesInByteOrderJoinedToTheDirectory() throws IOException {
        Path dir = Files.createDirectories(base.resolve("m"));
        for (String name : new String[] {"b.sql", "\u00e9.sql", "a.sql", "Z.sql", "a.txt", ".hidden.sql"}) {
            Files.createFile(dir.resolve(name));
        }

        assertThat(GoFilepath.glob("m/*.sql", base))
                .containsExactly("m/.hidden.sql", "m/Z.sql", "m/a.sql", "m/b.sql", "m/\u00e9.sql");
        assertThat(GoFilepath.glob("*.sql", dir)).containsExactly(".hidden.sql", "Z.sql", "a.sql", "b.sql",
                "\u00e9.sql");
    }

    @Test
    void globOfMissingDirectoryIsEmpty() {
        assertThat(GoFilepath.glob("missing/*.sql", base)).isEmpty();
    }

    @Test
    void globChecksTheWholePatternFirst() {
        assertThatThrownBy(() -> GoFilepath.glob("missing[/*.sql", base))
                .isInstanceOf(MigrationCreateException.class)
                .hasMessage("syntax error in pattern");
    }
}
