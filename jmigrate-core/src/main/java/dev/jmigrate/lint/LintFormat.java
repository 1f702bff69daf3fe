package dev.jmigrate.lint;

import java.util.List;
import java.util.Locale;

/** Renders a {@link LintReport} as text. Implementations are stateless and thread-safe. */
public interface LintFormat {

    /** The names {@link #named(String)} accepts, for usage messages. */
    List<String> NAMES = List.of("text", "json", "github");

    /**
     * Renders a report.
     *
     * @param report the report
     * @return the whole output, each line ending with {@code \n}
     */
    String format(LintReport report);

    /**
     * Returns the format of a {@code --format} value.
     *
     * @param name {@code text}, {@code json} or {@code github}, in any case
     * @return the format
     * @throws IllegalArgumentException when the name is unknown; the message lists the known names
     */
    static LintFormat named(String name) {
        switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "text":
                return new TextFormat();
            case "json":
                return new JsonFormat();
            case "github":
                return new GithubFormat();
            default:
                throw new IllegalArgumentException("unknown lint format '" + name + "': use one of "
                        + String.join(", ", NAMES));
        }
    }
}
