package dev.jmigrate;

import java.util.List;

/** The folder and the database's history disagree; {@link #problems()} lists each disagreement. */
public final class ValidationException extends MigrateException {
    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    /**
     * @param message what the disagreements are, for people
     * @param problems each disagreement; copied
     */
    public ValidationException(String message, List<Problem> problems) {
        super(ErrorCode.VALIDATION, message);
        this.problems = List.copyOf(problems);
    }

    /** Each disagreement, unmodifiable. */
    public List<Problem> problems() {
        return problems;
    }
}
