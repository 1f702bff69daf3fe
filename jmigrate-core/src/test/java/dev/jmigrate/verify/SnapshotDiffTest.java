package dev.jmigrate.verify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotDiffTest {
    private static final ObjectKey USERS = new ObjectKey(ObjectKind.TABLE, "public.users");
    private static final ObjectKey EMAIL = new ObjectKey(ObjectKind.COLUMN, "public.users.email");
    private static final ObjectKey EMAIL_SEQ = new ObjectKey(ObjectKind.SEQUENCE, "public.users_email_seq");
    private static final ObjectKey SCHEMA = new ObjectKey(ObjectKind.SCHEMA, "public");

    @Test
    void equalSnapshotsHaveNoDifferences() {
        SchemaSnapshot snapshot = snapshot(Map.of(USERS, table("people"), EMAIL, column("text")));

        assertThat(snapshot.differencesFrom(snapshot(Map.of(EMAIL, column("text"), USERS, table("people")))))
                .isEmpty();
        assertThat(snapshot).isEqualTo(snapshot(Map.of(EMAIL, column("text"), USERS, table("people"))));
    }

    @Test
    void ordersByKindThenName() {
        ObjectKey zebra = new ObjectKey(ObjectKind.SCHEMA, "zebra");
        SchemaSnapshot expected = snapshot(Map.of(USERS, table(null)));
        SchemaSnapshot actual = snapshot(Map.of(
                EMAIL, column("text"), USERS, table(null), zebra, attributes(), SCHEMA, attributes()));

        assertThat(actual.differencesFrom(expected)).extracting(SchemaDifference::describe).containsExactly(
                "schema public still exists",
                "schema zebra still exists",
                "column public.users.email still exists (text, nullable)");
    }

    @Test
    void reportsWhatBelongsToAnObjectLeftBehindThroughThatObjectOnly() {
        ObjectDescription sequence = new ObjectDescription(EMAIL, Map.of("start", "1"));
        SchemaSnapshot expected = snapshot(Map.of(SCHEMA, attributes()));
        SchemaSnapshot actual = snapshot(Map.of(
                SCHEMA, attributes(), USERS, table(null), EMAIL, column("text"), EMAIL_SEQ, sequence));

        assertThat(actual.differencesFrom(expected)).extracting(SchemaDifference::describe)
                .containsExactly("table public.users still exists");
        assertThat(expected.differencesFrom(actual)).extracting(SchemaDifference::describe)
                .containsExactly("table public.users is missing");
    }

    @Test
    void reportsWhatBelongsToAChangedObjectSeparately() {
        SchemaSnapshot expected = snapshot(Map.of(USERS, table(null)));
        SchemaSnapshot actual = snapshot(Map.of(USERS, table("people"), EMAIL, column("text")));

        assertThat(actual.differencesFrom(expected)).extracting(SchemaDifference::describe).containsExactly(
                "table public.users changed: comment (none) -> people",
                "column public.users.email still exists (text, nullable)");
    }

    @Test
    void listsEveryChangedAttribute() {
        Map<String, String> before = new LinkedHashMap<>();
        before.put("type", "character varying(255)");
        before.put("nullability", "nullable");
        before.put("default", "'x'::text");
        Map<String, String> after = new LinkedHashMap<>();
        after.put("type", "text");
        after.put("nullability", "not null");
        after.put("comment", "login");

        List<SchemaDifference> differences = snapshot(Map.of(EMAIL, new ObjectDescription(USERS, after)))
                .differencesFrom(snapshot(Map.of(EMAIL, new ObjectDescription(USERS, before))));

        assertThat(differences).containsExactly(new SchemaDifference("column", "public.users.email",
                SchemaDifference.Change.CHANGED,
                "type character varying(255) -> text; nullability nullable -> not null;"
                        + " default 'x'::text -> (none); comment (none) -> login"));
    }

    @Test
    void summarisesLongAndMultiLineValues() {
        assertThat(SnapshotDiff.change("type", "integer", "bigint")).isEqualTo("type integer -> bigint");
        assertThat(SnapshotDiff.change("comment", null, "x")).isEqualTo("comment (none) -> x");
        assertThat(SnapshotDiff.change("body", "select 1", "select 2")).isEqualTo("body differs");
        assertThat(SnapshotDiff.change("definition", "a", "b")).isEqualTo("definition differs");
        assertThat(SnapshotDiff.change("comment", "x".repeat(61), "x")).isEqualTo("comment differs");
        assertThat(SnapshotDiff.change("comment", "a\nb", "a")).isEqualTo("comment differs");
        assertThat(SnapshotDiff.change("constraints", "x".repeat(61), "y")).isEqualTo("constraints differ");
    }

    @Test
    void emptySnapshot() {
        assertThat(snapshot(Map.of()).isEmpty()).isTrue();
        assertThat(snapshot(Map.of(SCHEMA, attributes())).isEmpty()).isFalse();
        assertThat(snapshot(Map.of(SCHEMA, attributes())).size()).isEqualTo(1);
    }

    private static SchemaSnapshot snapshot(Map<ObjectKey, ObjectDescription> objects) {
        return new SchemaSnapshot(objects);
    }

    private static ObjectDescription table(String comment) {
        return comment == null ? attributes() : new ObjectDescription(null, Map.of("comment", comment));
    }

    private static ObjectDescription column(String type) {
        Map<String, String> attributes = new LinkedHashMap<>();
        attributes.put("type", type);
        attributes.put("nullability", "nullable");
        return new ObjectDescription(USERS, attributes);
    }

    private static ObjectDescription attributes() {
        return new ObjectDescription(null, Map.of());
    }
}
