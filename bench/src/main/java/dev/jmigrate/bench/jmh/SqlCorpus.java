package dev.jmigrate.bench.jmh;

import dev.jmigrate.bench.Generator;
import java.util.Locale;

/** A large, realistic PostgreSQL script for the parser and checksum benchmarks. */
final class SqlCorpus {
    /** One mebibyte. */
    static final int MIB = 1 << 20;

    private SqlCorpus() {
    }

    /**
     * At least {@code size} characters of migration SQL: the generator's up files, with now and then a PL/pgSQL
     * function (dollar quotes, semicolons inside the body), a block comment and a string with an escaped quote.
     */
    static String of(int size) {
        StringBuilder sql = new StringBuilder(size + 4096);
        int round = 0;
        while (sql.length() < size) {
            for (Generator.Migration m : Generator.plan(500, Generator.DEFAULT_SEED + round).migrations()) {
                sql.append(m.up()).append('\n');
                if (m.version() % 25 == 0) {
                    sql.append(function(round, m.version()));
                }
                if (sql.length() >= size) {
                    break;
                }
            }
            round++;
        }
        return sql.toString();
    }

    private static String function(int round, long version) {
        return String.format(Locale.ROOT, """
                /* Keeps updated_at current; written as a function so that
                   the trigger below stays one line. */
                CREATE OR REPLACE FUNCTION touch_%1$d_%2$d() RETURNS trigger
                LANGUAGE plpgsql AS $body$
                BEGIN
                    NEW.updated_at := now(); -- the row's last change
                    IF NEW.name = 'it''s; not a terminator' THEN
                        RAISE NOTICE 'seen %%', NEW.name;
                    END IF;
                    RETURN NEW;
                END;
                $body$;

                COMMENT ON FUNCTION touch_%1$d_%2$d() IS 'bench: v%2$d; keeps updated_at';

                """, round, version);
    }
}
