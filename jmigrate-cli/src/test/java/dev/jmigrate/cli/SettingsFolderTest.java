package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** lint and verify read the folder of a file: source exactly as up reads it. */
class SettingsFolderTest {

    @Test
    void aFileSourceNamesTheFolderUpReads() {
        assertThat(folderOf("file://db/migrations")).isEqualTo("db/migrations");
        assertThat(folderOf("file:db/migrations")).isEqualTo("db/migrations");
        assertThat(folderOf("file://db/migrations?x-unused=1")).isEqualTo("db/migrations");
        assertThat(folderOf("file://")).isEqualTo(".");
    }

    private static String folderOf(String source) {
        GlobalOptions options = new GlobalOptions();
        options.source = source;
        return new Settings(options, Map.of()).folder();
    }
}
