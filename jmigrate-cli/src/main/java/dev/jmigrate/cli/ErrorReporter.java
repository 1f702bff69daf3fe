package dev.jmigrate.cli;

import dev.jmigrate.DirtyDatabaseException;
import dev.jmigrate.MigrateException;
import dev.jmigrate.source.create.MigrationCreateException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Prints a failure once, as {@code error: <message>}, and gives its exit code. In verbose mode a failure with an
 * underlying cause, or an unexpected one, is followed by its stack trace.
 */
final class ErrorReporter {
    private final Output output;
    private final Settings settings;

    ErrorReporter(Output output, Settings settings) {
        this.output = output;
        this.settings = settings;
    }

    int report(Throwable failure) {
        Throwable e = failure instanceof UncheckedIOException u ? u.getCause() : failure;
        if (e instanceof CliException cli) {
            if (cli.prefixed()) {
                output.error(cli.getMessage());
            } else {
                output.info(cli.getMessage());
            }
            return cli.exitCode();
        }
        if (e instanceof DirtyDatabaseException dirty) {
            output.error(dirty.getMessage() + "\n" + forceCommand(dirty.suggestedVersion()));
        } else {
            output.error(message(e));
        }
        if (output.verbose() && worthATrace(e)) {
            output.info(stackTrace(failure));
        }
        return 1;
    }

    /** Whether a stack trace helps: the failure wraps an underlying one, or the tool did not expect it. */
    private static boolean worthATrace(Throwable e) {
        return e.getCause() != null || !(e instanceof MigrateException
                || e instanceof MigrationCreateException || e instanceof FileSystemException);
    }

    /** The command that clears the dirty flag, built from how the user named the source and the database. */
    String forceCommand(long version) {
        String command = "  command:  migrate " + settings.sourceArgument() + " " + settings.databaseArgument()
                + " force " + (version == -1 ? "-1" : Long.toUnsignedString(version));
        return settings.databaseArgumentMasksPassword() ? command + "   (with your password)" : command;
    }

    private static String message(Throwable e) {
        if (e instanceof FileSystemException fs) {
            return fileSystemMessage(fs);
        }
        String message = e.getMessage();
        if (e instanceof MigrateException
                || e instanceof MigrationCreateException) {
            return message;
        }
        return message == null || message.isBlank() ? e.getClass().getName() : message;
    }

    /** Go's way of saying it: {@code <path>: <what went wrong>}. */
    private static String fileSystemMessage(FileSystemException e) {
        if (e.getFile() == null) {
            return e.getMessage();
        }
        String reason = e.getReason();
        if (reason == null) {
            reason = e instanceof FileAlreadyExistsException ? "file exists"
                    : e instanceof NoSuchFileException ? "no such file or directory"
                    : e instanceof AccessDeniedException ? "permission denied"
                    : e instanceof NotDirectoryException ? "not a directory"
                    : e.getClass().getSimpleName();
        }
        return e.getFile() + ": " + reason;
    }

    private static String stackTrace(Throwable e) {
        StringWriter text = new StringWriter();
        e.printStackTrace(new PrintWriter(text));
        return text.toString().stripTrailing();
    }
}
