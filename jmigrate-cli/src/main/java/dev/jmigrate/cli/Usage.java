package dev.jmigrate.cli;

/** The tool's help text. */
final class Usage {
    static final String SYNOPSIS = "Usage: migrate OPTIONS COMMAND [arg...]";

    static final String COMMAND_FOOTER =
            "The global options (-path, -database, -lock-timeout, -verbose, ...) may be given before or after\n"
            + "the command; migrate -help lists them.";

    static final String TOP = SYNOPSIS + "\n" + """
                   migrate [ -version | -help ]

            Applies the versioned SQL files of a folder to a database, one migration at a time, and records the
            version reached in the schema_migrations table. Reads and writes the same files and the same table as
            golang-migrate. Options may come before or after the command, with one dash or two, written as
            -name value or -name=value.

            Options:
              -source URL           Where the migrations are: file://DIR or classpath:LOCATION
              -path DIR             Same as -source file://DIR; -source wins when both are given
                                    (default: $MIGRATION_DIR, else ./migrations)
              -database URL         The database, e.g. postgres://user:password@host:5432/name?sslmode=disable
                                    (also mysql://, sqlite3://, embedded:; default: $DATABASE_URL)
              -prefetch N           How many migrations to read ahead (default 64)
              -lock-timeout N       Seconds to wait for the migration lock (default 15)
              -migration-timeout D  Longest run of one migration, as a Go duration such as 90s, 2m or 500ms;
                                    0 means no limit (default: $MIGRATION_TIMEOUT, else 60s)
              -group-commit D       How long quick migrations keep sharing one commit, on PostgreSQL and SQLite
                                    (default 50ms; 0 commits each on its own). Each still succeeds or fails
                                    alone: a failure leaves every migration before it committed
              -verbose              Log more, and start every log line with the time
              -version              Print the version and exit
              -help, -h             Print this help and exit; COMMAND -help explains one command

            Commands:
              create [-ext E] [-dir D] [-seq] [-digits N] [-format F] [-tz Z] NAME
                             Create an empty up/down migration pair and print the two paths; needs no
                             database. -ext is required; -dir defaults to the current directory, -digits
                             to 6, -format to 20060102150405 (or unix, unixNano), -tz to UTC
              goto V         Migrate up or down to version V
              up [N]         Apply every pending migration, or only the next N
              down [N]       Revert the last N migrations; without N revert them all, after asking
              down -all      Revert every migration without asking
              drop [-f]      Drop every object of the schema (tables, views, sequences, types,
                             routines; on PostgreSQL its extensions too); asks unless -f is given
              force V        Set the version to V and clear the dirty flag, running nothing (V >= -1)
              version        Print the current version
              status [-json] [-exit-code]
                             List the migrations with their state, when and by whom they were applied,
                             the current version and the lock holder
              validate       Check the folder against the history of applied migrations
              locks          Show who holds the migration lock and which sessions wait for locks
              lint [-format text|json|github] [-rule ID=LEVEL]
                             Check the folder's files and SQL for risky or broken migrations; needs no
                             database (with -database it also flags edited applied files)
              verify [-force] [-stop-at-irreversible]
                             Apply each migration up, down and up again on a scratch database (an
                             embedded PostgreSQL unless -database is given) and check every down
                             undoes its up

              up, down and goto accept -dry-run: print what would run, statements included, and change
              nothing. up and goto accept -allow-out-of-order and -skip-validation.

            Environment:
              DATABASE_URL          The database when -database is not given
              MIGRATION_DIR         The migrations folder when neither -path nor -source is given
                                    (default ./migrations)
              MIGRATION_TIMEOUT     The longest run of one migration when -migration-timeout is not given
                                    (default 60s)

            Exit codes:
              0  success, "no change" included
              1  an error, or a declined confirmation
              2  a usage error: no or unknown command, unknown option, malformed option value
              3  status -exit-code: migrations are pending
              4  status -exit-code: there are problems (dirty, modified, missing or out-of-order migrations)""";

    static final String HINT = "Run 'migrate -help' for the commands and options.";

    private Usage() {
    }
}
