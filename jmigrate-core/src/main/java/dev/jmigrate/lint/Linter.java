package dev.jmigrate.lint;

import dev.jmigrate.MigrationState;
import dev.jmigrate.MigrationStatus;
import dev.jmigrate.Status;
import dev.jmigrate.source.MigrationFile;
import dev.jmigrate.source.MigrationFileName;
import dev.jmigrate.source.SourceException;
import dev.jmigrate.sql.ParsedScript;
import dev.jmigrate.sql.PostgresScriptParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Lints a migrations folder without a database:
 * <pre>{@code
 * LintReport report = Linter.builder().build().lint(Path.of("migrations"));
 * System.out.print(new TextFormat().format(report));
 * System.exit(report.exitStatus());
 * }</pre>
 * Every rule of {@link RuleSet#all()} runs unless the configuration switches it off. Instances are immutable and
 * thread-safe.
 */
public final class Linter {
    private final LintConfig config;
    private final Set<Long> modifiedVersions;
    private final int serverMajorVersion;

    private Linter(LintConfig config, Set<Long> modifiedVersions, int serverMajorVersion) {
        this.config = config;
        this.modifiedVersions = Set.copyOf(modifiedVersions);
        this.serverMajorVersion = serverMajorVersion;
    }

    /**
     * Returns a builder with the defaults: configuration read from the folder, no database information, a modern
     * PostgreSQL server.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lints the migration files of a folder. Sub-folders are not read; hidden files and the lint configuration file
     * are ignored.
     *
     * @param folder the migrations folder; findings name its files as {@code folder.resolve(name)}
     * @return the report
     * @throws SourceException     when the folder does not exist, is not a folder or a file cannot be read
     * @throws LintConfigException when the builder was given no configuration and the folder's configuration file is
     *                             invalid
     */
    public LintReport lint(Path folder) {
        Objects.requireNonNull(folder, "folder");
        if (!Files.isDirectory(folder)) {
            throw new SourceException("the migrations folder " + folder + " does not exist or is not a folder");
        }
        LintConfig effective = config != null ? config : LintConfig.load(folder);
        LintFolder contents = read(folder, effective);
        List<Finding> findings = new ArrayList<>();
        for (Rule rule : RuleSet.all()) {
            Optional<Severity> severity = effective.severityOf(rule);
            if (severity.isEmpty()) {
                continue;
            }
            if (rule instanceof FolderRule folderRule) {
                folderRule.check(contents, (name, line, column, message, fix) -> {
                    boolean silenced = contents.migrations().stream().filter(f -> f.name().equals(name)).findFirst()
                            .flatMap(contents::script)
                            .map(s -> s.suppressions().suppresses(rule.id(), line)).orElse(false);
                    if (!silenced) {
                        findings.add(new Finding(folder.resolve(name).toString(), line, column, rule.id(),
                                severity.get(), message, fix));
                    }
                });
            } else if (rule instanceof FileRule fileRule) {
                for (MigrationFile file : contents.migrations()) {
                    Optional<MigrationScript> script = contents.script(file);
                    if (script.isEmpty() || !(script.get().isUp() || fileRule.checksDownFiles()
                            || effective.checkDownFiles())) {
                        continue;
                    }
                    MigrationScript s = script.get();
                    fileRule.check(s, (line, column, message, fix) -> {
                        if (!s.suppressions().suppresses(rule.id(), line)) {
                            findings.add(new Finding(s.path(), line, column, rule.id(), severity.get(), message, fix));
                        }
                    });
                }
            }
        }
        return new LintReport(folder.toString(), contents.migrations().size(), findings);
    }

    private LintFolder read(Path folder, LintConfig effective) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder)) {
            entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString())
                    .filter(n -> !n.startsWith(".") && !LintConfig.FILE_NAMES.contains(n))
                    .sorted().forEach(names::add);
        } catch (IOException e) {
            throw new SourceException("cannot list the migrations folder " + folder + ": " + e.getMessage(), e);
        }
        PostgresScriptParser parser = new PostgresScriptParser(serverMajorVersion);
        List<MigrationFile> migrations = new ArrayList<>();
        Map<String, byte[]> contents = new HashMap<>();
        Map<String, MigrationScript> scripts = new HashMap<>();
        for (String name : names) {
            Optional<MigrationFile> parsedName = MigrationFileName.parse(name);
            if (parsedName.isEmpty()) {
                continue;
            }
            MigrationFile file = parsedName.get();
            byte[] bytes = readFile(folder.resolve(name));
            migrations.add(file);
            contents.put(name, bytes);
            String text = decode(bytes);
            if (text != null) {
                ParsedScript parsed = parser.parse(text);
                scripts.put(name, new MigrationScript(file, folder.resolve(name).toString(), text, parsed, effective,
                        Suppressions.read(text, parsed, parser)));
            }
        }
        return new LintFolder(folder.toString(), names, migrations, contents, scripts, modifiedVersions, effective);
    }

    private static byte[] readFile(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new SourceException("cannot read migration file " + path + ": " + e.getMessage(), e);
        }
    }

    /** Decodes strict UTF-8; null when the bytes are not valid UTF-8. */
    static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    /** Settings of a {@link Linter}. */
    public static final class Builder {
        private LintConfig config;
        private final Set<Long> modifiedVersions = new HashSet<>();
        private int serverMajorVersion;

        private Builder() {
        }

        /**
         * Uses this configuration instead of reading the folder's configuration file.
         *
         * @param config the configuration, e.g. {@code LintConfig.load(folder).with("prefer-text", "off")}
         * @return this builder
         */
        public Builder config(LintConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /**
         * Names the applied versions whose up file changed since they were applied, for the rule
         * {@code applied-migration-edited}.
         *
         * @param versions the modified versions (replacing any given before)
         * @return this builder
         */
        public Builder modifiedVersions(Collection<Long> versions) {
            modifiedVersions.clear();
            modifiedVersions.addAll(versions);
            return this;
        }

        /**
         * Takes the modified versions from a database's status, as {@code Migrator.status()} returns it.
         *
         * @param status the status of the database the folder migrates
         * @return this builder
         */
        public Builder databaseStatus(Status status) {
            List<Long> modified = new ArrayList<>();
            for (MigrationStatus m : status.migrations()) {
                if (m.state() == MigrationState.MODIFIED) {
                    modified.add(m.version());
                }
            }
            return modifiedVersions(modified);
        }

        /**
         * Sets the PostgreSQL major version the migrations target, which changes what must run outside a
         * transaction (see {@link PostgresScriptParser}).
         *
         * @param version e.g. 16, or 0 (the default) for a modern server
         * @return this builder
         * @throws IllegalArgumentException when {@code version} is negative
         */
        public Builder serverMajorVersion(int version) {
            if (version < 0) {
                throw new IllegalArgumentException("serverMajorVersion must be 0 (unknown) or positive: " + version);
            }
            this.serverMajorVersion = version;
            return this;
        }

        /**
         * Builds the linter.
         *
         * @return a new linter
         */
        public Linter build() {
            return new Linter(config, modifiedVersions, serverMajorVersion);
        }
    }
}
