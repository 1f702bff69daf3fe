package dev.jmigrate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The two confirmation prompts: only {@code y} proceeds. */
class PromptTest extends PostgresCase {
    private static final String DOWN_QUESTION = "Are you sure you want to apply all down migrations? [y/N]";
    private static final String DROP_QUESTION = "Are you sure you want to drop the entire database schema? [y/N]";

    @ParameterizedTest
    @ValueSource(strings = {"y\n", "Y\n", "  y  \n", "y"})
    void downWithoutArgumentsProceedsOnY(String answer) {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin(answer), "down");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(r.errLines().subList(0, 2)).containsExactly(DOWN_QUESTION, "Applying all down migrations");
        assertThat(r.errLines()).hasSize(7);
        assertThat(r.errLines().get(6)).matches(progress("1/d t1"));
        assertThat(migrate("version").err()).isEqualTo("error: no migration\n");
    }

    @ParameterizedTest
    @ValueSource(strings = {"n\n", "yes\n", "\n", "", "\ny\n", "N\n"})
    void downWithoutArgumentsStopsOnAnythingElse(String answer) {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin(answer), "down");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo(DOWN_QUESTION + "\nNot applying all down migrations\n");
        assertThat(version()).isEqualTo("7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"y\n", " Y"})
    void dropProceedsOnY(String answer) {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin(answer), "drop");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.err()).isEqualTo(DROP_QUESTION + "\nDropping the entire database schema\n");
        assertThat(db.tables()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"n\n", "yes\n", ""})
    void dropStopsOnAnythingElse(String answer) {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin(answer), "drop");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(DROP_QUESTION + "\nAborted dropping the entire database schema\n");
        assertThat(userTables()).containsExactly("t1", "t3", "t4", "t5", "t7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-f", "--f", "-f=true"})
    void dropWithFDoesNotAsk(String flag) {
        migrate("up");
        Migrate.Result r = migrate(Migrate.tool().stdin("n\n"), "drop", flag);
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(db.tables()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"n\n", ""})
    void dropAsksBeforeLookingAtTheDatabaseUrl(String answer) {
        Migrate.Result r = Migrate.tool().stdin(answer).run("-database", "nonsense", "drop");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.err()).isEqualTo(DROP_QUESTION + "\nAborted dropping the entire database schema\n");
    }
}
