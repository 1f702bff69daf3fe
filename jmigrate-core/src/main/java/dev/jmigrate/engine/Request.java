package dev.jmigrate.engine;

/**
 * What to migrate: everything up, n steps (negative: down), everything down, or to a version.
 *
 * @param kind which movement
 * @param amount steps for {@link Kind#STEPS}, the target for {@link Kind#GOTO}, else 0
 */
public record Request(Kind kind, long amount) {

    /** The movements golang-migrate offers. */
    public enum Kind { UP, STEPS, DOWN, GOTO }

    /** Every pending migration up. */
    public static Request up() {
        return new Request(Kind.UP, 0);
    }

    /** Every applied migration down. */
    public static Request down() {
        return new Request(Kind.DOWN, 0);
    }

    /** {@code n} migrations up, or {@code -n} down when negative. */
    public static Request steps(long n) {
        return new Request(Kind.STEPS, n);
    }

    /** Up or down until {@code version} is the current one. */
    public static Request migrateTo(long version) {
        return new Request(Kind.GOTO, version);
    }

    /** Whether it may apply up migrations (the history is validated for those). */
    boolean movesUp(long current) {
        return switch (kind) {
            case UP -> true;
            case STEPS -> amount > 0;
            case DOWN -> false;
            case GOTO -> Versions.compare(amount, current) > 0;
        };
    }
}
