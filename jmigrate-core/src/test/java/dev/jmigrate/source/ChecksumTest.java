package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ChecksumTest {
    private static final String BOM = "\uFEFF";

    @Test
    void isTheLowerCaseHexSha256() {
        assertThat(Checksum.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(Checksum.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void crlfCrAndLfGiveTheSameChecksum() {
        String lf = Checksum.of("create table t(id int);\ninsert into t values (1);\n");

        assertThat(Checksum.of("create table t(id int);\r\ninsert into t values (1);\r\n")).isEqualTo(lf);
        assertThat(Checksum.of("create table t(id int);\rinsert into t values (1);\r")).isEqualTo(lf);
        assertThat(Checksum.of("create table t(id int);\r\ninsert into t values (1);\n")).isEqualTo(lf);
    }

    @Test
    void eachCarriageReturnIsOneLineEnd() {
        assertThat(Checksum.of("a\r\r\nb")).isEqualTo(Checksum.of("a\n\nb"));
        assertThat(Checksum.of("a\n\rb")).isEqualTo(Checksum.of("a\n\nb"));
        assertThat(Checksum.of("\r")).isEqualTo(Checksum.of("\n"));
    }

    @Test
    void aLeadingByteOrderMarkIsIgnored() {
        assertThat(Checksum.of(BOM + "select 1;\n")).isEqualTo(Checksum.of("select 1;\n"));
        assertThat(Checksum.of(BOM + "select 1;\r\n")).isEqualTo(Checksum.of("select 1;\n"));
        assertThat(Checksum.of(BOM)).isEqualTo(Checksum.of(""));
    }

    @Test
    void onlyALeadingByteOrderMarkIsIgnored() {
        assertThat(Checksum.of("select 1;" + BOM)).isNotEqualTo(Checksum.of("select 1;"));
        assertThat(Checksum.of(BOM + BOM + "x")).isNotEqualTo(Checksum.of(BOM + "x"));
    }

    @Test
    void differentContentDiffers() {
        assertThat(Checksum.of("select 1;")).isNotEqualTo(Checksum.of("select 2;"));
        assertThat(Checksum.of("select 1;")).isNotEqualTo(Checksum.of("select 1;\n"));
        assertThat(Checksum.of("select 1;")).isNotEqualTo(Checksum.of("SELECT 1;"));
        assertThat(Checksum.of("a\n\nb")).isNotEqualTo(Checksum.of("a\nb"));
    }

    @Test
    void stringsAreReadAsUtf8() {
        String text = "insert into t values ('café €');";

        assertThat(Checksum.of(text)).isEqualTo(Checksum.of(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void lineEndsAcrossTheInternalBufferBoundaryAreNormalised() {
        for (int prefix = 8185; prefix <= 8195; prefix++) {
            String head = "a".repeat(prefix);
            String big = "x\n".repeat(9000);
            assertThat(Checksum.of(head + "\r\nb" + big.replace("\n", "\r\n")))
                    .as("prefix %d", prefix)
                    .isEqualTo(Checksum.of(head + "\nb" + big));
        }
    }

    @Property
    void insertingCarriageReturnBeforeEveryNewlineNeverChangesTheChecksum(@ForAll("texts") String text) {
        Assume.that(!text.contains("\r\n"));

        assertThat(Checksum.of(text.replace("\n", "\r\n"))).isEqualTo(Checksum.of(text));
    }

    @Property
    void anyMixOfLineEndsEqualsItsLfForm(@ForAll("texts") String text) {
        Assume.that(!text.startsWith(BOM));
        String lf = text.replace("\r\n", "\n").replace("\r", "\n");

        assertThat(Checksum.of(text)).isEqualTo(Checksum.of(lf));
        assertThat(Checksum.of(BOM + text)).isEqualTo(Checksum.of(lf));
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> sqlLike = Arbitraries.strings()
                .withChars("\n\r \t;'()$é€")
                .withCharRange('a', 'z')
                .ofMaxLength(300);
        Arbitrary<String> anything = Arbitraries.strings().ofMaxLength(100);
        return Arbitraries.oneOf(sqlLike, anything);
    }
}
