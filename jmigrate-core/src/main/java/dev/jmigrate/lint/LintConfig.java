package dev.jmigrate.lint;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which rules run, at which severity, and the options of some rules.
 *
 * <p>The configuration file lives in the migrations folder, named {@code .jmigrate-lint} or
 * {@code jmigrate-lint.properties} (not both). It is UTF-8 text of {@code key = value} lines; blank lines and lines
 * starting with {@code #} are ignored, as is a {@code #} comment after a value. Keys:
 * <ul>
 *   <li>a rule id with {@code off}, {@code error}, {@code warning} or {@code info}: switches the rule off or sets
 *       its severity;</li>
 *   <li>{@code numbering = auto|sequential|timestamp}: how versions are numbered; {@code auto} (the default) takes
 *       the style of the majority of the files;</li>
 *   <li>{@code idempotent = true|false}: whether every file must be safe to run twice, so that
 *       {@code missing-if-exists} checks every file and not only those that run outside a transaction (default
 *       false);</li>
 *   <li>{@code check-down-files = true|false}: whether the rules that check up files check down files too
 *       (default false).</li>
 * </ul>
 * Instances are immutable.
 */
public final class LintConfig {
    /** The names the configuration file may have in the migrations folder, in the order they are looked for. */
    public static final List<String> FILE_NAMES = List.of(".jmigrate-lint", "jmigrate-lint.properties");

    private static final LintConfig DEFAULTS = new LintConfig(Set.of(), Map.of(), Numbering.AUTO, false, false, null);

    /** How the versions of a folder are numbered. */
    public enum Numbering {
        /** Whatever most files use. */
        AUTO,
        /** 1, 2, 3... possibly zero-padded ({@code migrate create -seq}). */
        SEQUENTIAL,
        /** Timestamps such as 20240131120000 or Unix seconds ({@code migrate create} without {@code -seq}). */
        TIMESTAMP
    }

    private final Set<String> disabled;
    private final Map<String, Severity> severities;
    private final Numbering numbering;
    private final boolean idempotent;
    private final boolean checkDownFiles;
    private final String source;

    private LintConfig(Set<String> disabled, Map<String, Severity> severities, Numbering numbering,
                       boolean idempotent, boolean checkDownFiles, String source) {
        this.disabled = Set.copyOf(disabled);
        this.severities = Map.copyOf(severities);
        this.numbering = numbering;
        this.idempotent = idempotent;
        this.checkDownFiles = checkDownFiles;
        this.source = source;
    }

    /**
     * Returns the configuration used when the folder has no configuration file: every rule at its default
     * severity, {@code numbering = auto}, {@code idempotent = false}, {@code check-down-files = false}.
     *
     * @return the defaults
     */
    public static LintConfig defaults() {
        return DEFAULTS;
    }

    /**
     * Reads the configuration file of a migrations folder.
     *
     * @param folder the migrations folder
     * @return the configuration of its file, or {@link #defaults()} when it has none
     * @throws LintConfigException when both file names exist, or the file cannot be read, is not UTF-8 or has an
     *                             invalid line
     */
    public static LintConfig load(Path folder) {
        Path found = null;
        for (String name : FILE_NAMES) {
            Path candidate = folder.resolve(name);
            if (Files.isRegularFile(candidate)) {
                if (found != null) {
                    throw new LintConfigException("the migrations folder has two lint configuration files, " + found
                            + " and " + candidate + "; keep one of them");
                }
                found = candidate;
            }
        }
        if (found == null) {
            return DEFAULTS;
        }
        try {
            byte[] bytes = Files.readAllBytes(found);
            String text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return parse(text, found.toString());
        } catch (CharacterCodingException e) {
            throw new LintConfigException("the lint configuration " + found + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new LintConfigException("cannot read the lint configuration " + found + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses the text of a configuration file.
     *
     * @param text       the file's content
     * @param sourceName the file name for messages
     * @return the configuration
     * @throws LintConfigException when a line is not {@code key = value}, names an unknown rule or option, or has
     *                             an invalid value; the message names the file and line
     */
    public static LintConfig parse(String text, String sourceName) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(sourceName, "sourceName");
        LintConfig config = new LintConfig(Set.of(), Map.of(), Numbering.AUTO, false, false, sourceName);
        String[] lines = text.split("\\r\\n|\\r|\\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = stripComment(lines[i]);
            if (line.isEmpty()) {
                continue;
            }
            int equals = line.indexOf('=');
            if (equals < 0) {
                throw new LintConfigException(sourceName + ":" + (i + 1) + ": expected 'rule-id = off|error|warning|info'"
                        + " or 'option = value', found '" + line + "'");
            }
            try {
                config = config.with(line.substring(0, equals).strip(), line.substring(equals + 1).strip());
            } catch (LintConfigException e) {
                throw new LintConfigException(sourceName + ":" + (i + 1) + ": " + e.getMessage(), e);
            }
        }
        return config;
    }

    private static String stripComment(String line) {
        String stripped = line.strip();
        if (stripped.startsWith("#")) {
            return "";
        }
        int hash = stripped.indexOf(" #");
        return hash < 0 ? stripped : stripped.substring(0, hash).strip();
    }

    /**
     * Returns a copy with one setting changed, as a line {@code key = value} of the file would change it; used by
     * command-line flags.
     *
     * @param key   a rule id or an option name
     * @param value {@code off|error|warning|info} for a rule; the option's value otherwise
     * @return the changed configuration
     * @throws LintConfigException when the key or the value is unknown
     */
    public LintConfig with(String key, String value) {
        String k = key.strip().toLowerCase(Locale.ROOT);
        String v = value.strip().toLowerCase(Locale.ROOT);
        switch (k) {
            case "numbering":
                return new LintConfig(disabled, severities, numberingOf(v), idempotent, checkDownFiles, source);
            case "idempotent":
                return new LintConfig(disabled, severities, numbering, bool(k, v), checkDownFiles, source);
            case "check-down-files":
                return new LintConfig(disabled, severities, numbering, idempotent, bool(k, v), source);
            default:
                return withRule(k, v);
        }
    }

    private LintConfig withRule(String id, String value) {
        if (RuleSet.byId(id).isEmpty()) {
            throw new LintConfigException("unknown rule or option '" + id + "'; rules: " + String.join(", ", RuleSet.ids())
                    + "; options: numbering, idempotent, check-down-files");
        }
        Set<String> off = new HashSet<>(disabled);
        Map<String, Severity> levels = new HashMap<>(severities);
        if (value.equals("off")) {
            off.add(id);
            levels.remove(id);
        } else {
            try {
                levels.put(id, Severity.fromWord(value));
            } catch (IllegalArgumentException e) {
                throw new LintConfigException("invalid level '" + value + "' for rule " + id
                        + ": use off, error, warning or info", e);
            }
            off.remove(id);
        }
        return new LintConfig(off, levels, numbering, idempotent, checkDownFiles, source);
    }

    private static Numbering numberingOf(String value) {
        for (Numbering n : Numbering.values()) {
            if (n.name().toLowerCase(Locale.ROOT).equals(value)) {
                return n;
            }
        }
        throw new LintConfigException("invalid numbering '" + value + "': use auto, sequential or timestamp");
    }

    private static boolean bool(String key, String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new LintConfigException("invalid value '" + value + "' for " + key + ": use true or false");
    }

    /**
     * Returns the severity a rule's findings get.
     *
     * @param rule the rule
     * @return the configured severity, the rule's default when none is configured, or empty when the rule is off
     */
    public Optional<Severity> severityOf(Rule rule) {
        if (disabled.contains(rule.id())) {
            return Optional.empty();
        }
        return Optional.of(severities.getOrDefault(rule.id(), rule.defaultSeverity()));
    }

    /**
     * Returns how versions are numbered.
     *
     * @return the {@code numbering} option
     */
    public Numbering numbering() {
        return numbering;
    }

    /**
     * Tells whether every file must be safe to run twice.
     *
     * @return the {@code idempotent} option
     */
    public boolean idempotent() {
        return idempotent;
    }

    /**
     * Tells whether the rules for up files check down files too.
     *
     * @return the {@code check-down-files} option
     */
    public boolean checkDownFiles() {
        return checkDownFiles;
    }

    /**
     * Returns where the configuration came from.
     *
     * @return the file name given to {@link #parse}, or empty for {@link #defaults()}
     */
    public Optional<String> source() {
        return Optional.ofNullable(source);
    }
}
