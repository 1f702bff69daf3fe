package dev.jmigrate.cli;

import dev.jmigrate.MigrationStatus;
import dev.jmigrate.Status;
import dev.jmigrate.go.GoDuration;
import dev.jmigrate.database.LockReport;

/**
 * {@code status -json}: {@code {"version":7,"dirty":false,"pending":false,"problems":false,"migrations":[...],
 * "lock":{"holder":null,"waiting":[]}}}; {@code version} is null when no migration is applied.
 */
final class StatusJson {
    private StatusJson() {
    }

    static String render(Status status) {
        JsonWriter json = new JsonWriter().beginObject();
        json.name("version").number(status.current().isNone() ? null : Long.toUnsignedString(status.current().version()));
        json.name("dirty").value(status.current().dirty());
        json.name("pending").value(status.hasPending());
        json.name("problems").value(StatusCommand.hasProblems(status));
        json.name("migrations").beginArray();
        for (MigrationStatus m : status.migrations()) {
            json.beginObject()
                    .name("version").number(Long.toUnsignedString(m.version()))
                    .field("title", m.title())
                    .field("state", m.state().word())
                    .field("applied_at", StatusCommand.instant(m.appliedAt()))
                    .field("duration", m.duration() == null ? null : GoDuration.format(m.duration()))
                    .field("applied_by", m.appliedBy())
                    .endObject();
        }
        json.endArray();
        LockReport lock = status.lock() == null ? LockReport.empty() : status.lock();
        json.name("lock").beginObject().name("holder");
        session(json, lock.holder());
        json.name("waiting").beginArray();
        lock.waiting().forEach(s -> session(json, s));
        json.endArray().endObject();
        return json.endObject().toString();
    }

    private static void session(JsonWriter json, LockReport.Session s) {
        if (s == null) {
            json.value((String) null);
            return;
        }
        json.beginObject()
                .field("id", s.id())
                .field("user", s.user())
                .field("application", s.application())
                .field("client", s.client())
                .field("state", s.state())
                .field("waiting_for", s.waitingFor())
                .name("blocked_by").beginArray();
        s.blockedBy().forEach(json::value);
        json.endArray()
                .field("age", s.age() == null ? null : GoDuration.format(s.age()))
                .field("query", s.query())
                .endObject();
    }
}
