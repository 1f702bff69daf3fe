package dev.jmigrate.cli;

import dev.jmigrate.go.GoDuration;
import dev.jmigrate.database.LockReport;
import java.util.ArrayList;
import java.util.List;

/** Database sessions in words. */
final class Sessions {
    private Sessions() {
    }

    /** e.g. {@code session 4242 (user app, application psql, from 10.0.0.5, for 3m2s)}. */
    static String describe(LockReport.Session s) {
        List<String> parts = new ArrayList<>();
        parts.add("user " + s.user());
        if (present(s.application())) {
            parts.add("application " + s.application());
        }
        if (present(s.client())) {
            parts.add("from " + s.client());
        }
        if (s.age() != null) {
            parts.add("for " + GoDuration.format(s.age()));
        }
        return "session " + s.id() + " (" + String.join(", ", parts) + ")";
    }

    static boolean present(String value) {
        return value != null && !value.isEmpty();
    }
}
