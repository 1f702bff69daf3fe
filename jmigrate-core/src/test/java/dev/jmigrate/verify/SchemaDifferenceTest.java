package dev.jmigrate.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.jmigrate.verify.SchemaDifference.Change;
import org.junit.jupiter.api.Test;

class SchemaDifferenceTest {
    @Test
    void describesAnObjectLeftBehind() {
        SchemaDifference difference =
                new SchemaDifference("column", "public.users.phone", Change.UNEXPECTED, "character varying(20), nullable");

        assertThat(difference.describe())
                .isEqualTo("column public.users.phone still exists (character varying(20), nullable)");
    }

    @Test
    void describesAMissingObjectWithoutDetail() {
        assertThat(new SchemaDifference("index", "public.idx_users_email", Change.MISSING, "").describe())
                .isEqualTo("index public.idx_users_email is missing");
    }

    @Test
    void describesAChangedObject() {
        SchemaDifference difference = new SchemaDifference(
                "column", "public.users.email", Change.CHANGED, "type character varying(255) -> text");

        assertThat(difference.describe())
                .isEqualTo("column public.users.email changed: type character varying(255) -> text");
    }

    @Test
    void normalisesAMissingDetailToEmpty() {
        SchemaDifference difference = new SchemaDifference("function", "public.f(integer)", Change.UNEXPECTED, null);

        assertThat(difference.detail()).isEmpty();
        assertThat(difference.describe()).isEqualTo("function public.f(integer) still exists");
    }

    @Test
    void requiresKindNameAndChange() {
        assertThatNullPointerException().isThrownBy(() -> new SchemaDifference(null, "x", Change.MISSING, ""));
        assertThatNullPointerException().isThrownBy(() -> new SchemaDifference("table", null, Change.MISSING, ""));
        assertThatNullPointerException().isThrownBy(() -> new SchemaDifference("table", "x", null, ""));
    }
}
