package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class LinesTest {

    @Property(tries = 2000)
    void splitsAsTheRegularExpressionsDid(@ForAll("textWithBreaks") String text) {
        assertThat(Lines.of(text)).containsExactlyElementsOf(Arrays.asList(text.replaceFirst("\\R+$", "").split("\\R", -1)));
    }

    @Test
    void keepsEmptyLinesInsideAndDropsBreaksAtTheEnd() {
        assertThat(Lines.of("a\r\n\nb\r\n\r\n")).containsExactly("a", "", "b");
        assertThat(Lines.of("")).containsExactly("");
        assertThat(Lines.of("\n")).containsExactly("");
    }

    @Provide
    Arbitrary<String> textWithBreaks() {
        return Arbitraries.strings().withChars('a', 'b', ' ', '\n', '\r', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029')
                .ofMaxLength(12);
    }
}
