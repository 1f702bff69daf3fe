package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The small parts behind the output: masking, JSON, prompts, tables. */
class OutputPiecesTest {

    @Test
    void scrubbingMasksSecretsWrittenInPieces() {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(new ScrubbingStream(target, List.of("p@ss:word", "s3cr3t")), false,
                StandardCharsets.UTF_8);
        out.print("login p@s");
        out.print("s:word failed; ");
        out.println("s3cr3t too µs");
        out.print("s3cr3t without newline");
        out.flush();
        assertThat(target.toString(StandardCharsets.UTF_8))
                .isEqualTo("login xxxxx failed; xxxxx too µs\nxxxxx without newline");
    }

    @Test
    void scrubbingPassesCompleteLinesOnAtOnceAndHoldsAPartialOne() throws IOException {
        ByteArrayOutputStream target = new ByteArrayOutputStream();
        ScrubbingStream stream = new ScrubbingStream(target, List.of("s3cr3t"));
        stream.write("one\ntwo s3c".getBytes(StandardCharsets.UTF_8));
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("one\n");
        stream.write('r');
        stream.write("3t\nthree s3cr3ts3cr3t s3cr3".getBytes(StandardCharsets.UTF_8));
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo xxxxx\n");
        stream.flush();
        assertThat(target.toString(StandardCharsets.UTF_8)).isEqualTo("one\ntwo xxxxx\nthree xxxxxxxxxx s3cr3");
    }

    @Test
    void secretsComeFromEveryUrlLikeArgumentAndDatabaseUrl() {
        List<String> secrets = Secrets.in(new String[] {"-database=postgres://u:p%40ss:word@h/db", "up", "x://a:b@c",
                "postgres://h/db?password=qwerty12&user=u", "file://dir"},
                Map.of(Settings.DATABASE_URL, "mysql://root:hunter22@tcp(h:3306)/db"));
        assertThat(secrets).containsExactlyInAnyOrder("p%40ss:word", "p@ss:word", "qwerty12", "hunter22");
        assertThat(secrets.get(0)).isEqualTo("p%40ss:word");
    }

    @Test
    void jsonWriterEscapesAndSeparates() {
        String json = new JsonWriter().beginObject()
                .field("a", "quote \" backslash \\ newline \n tab \t bell \u0007")
                .name("n").number("18446744073709551615")
                .name("none").value((String) null)
                .name("list").beginArray().value("x").value(true).beginObject().endObject().endArray()
                .name("empty").beginArray().endArray()
                .endObject().toString();
        assertThat(json).isEqualTo("{\"a\":\"quote \\\" backslash \\\\ newline \\n tab \\t bell \\u0007\","
                + "\"n\":18446744073709551615,\"none\":null,\"list\":[\"x\",true,{}],\"empty\":[]}");
    }

    @Test
    void confirmationReadsOneWordAndNothingMore() {
        InputStream in = new ByteArrayInputStream("  y rest\nnext line\n".getBytes(StandardCharsets.UTF_8));
        assertThat(Confirmation.readWord(in)).isEqualTo("y");
        assertThat(Confirmation.readWord(in)).isEqualTo("rest");
        assertThat(Confirmation.readWord(new ByteArrayInputStream(new byte[0]))).isEmpty();
        assertThat(Confirmation.readWord(new ByteArrayInputStream("\ny".getBytes(StandardCharsets.UTF_8)))).isEmpty();
    }

    @Test
    void aTableRefusesARowOfAnotherWidth() {
        TextTable table = new TextTable("A", "B");

        assertThatThrownBy(() -> table.row("only one")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("a row of 1 cells in a table of 2 columns");
    }

    @Test
    void textTableAlignsColumns() {
        String table = new TextTable("A", "BB", "C").row("long value", "x", "last").row("1", "", "").render();
        assertThat(table).isEqualTo("A           BB  C\nlong value  x   last\n1");
        String wide = "w".repeat(150);
        assertThat(new TextTable("A", "B").row(wide, "b").render()).isEqualTo("A" + " ".repeat(151) + "B\n" + wide + "  b");
    }

    @Test
    void shellQuotingKeepsSafeWordsAndQuotesTheRest() {
        assertThat(Shell.quote("db/migrations")).isEqualTo("db/migrations");
        assertThat(Shell.quote("postgres://u:xxxxx@h/db?sslmode=disable")).isEqualTo("'postgres://u:xxxxx@h/db?sslmode=disable'");
        assertThat(Shell.quote("it's")).isEqualTo("'it'\\''s'");
    }
}
