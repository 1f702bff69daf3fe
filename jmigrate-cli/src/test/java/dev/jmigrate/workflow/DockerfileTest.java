package dev.jmigrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, read without a Docker engine: a Maven build stage and a JRE run stage, a non-root user, the
 * launcher as entry point in the installed layout bin/migrate + lib/migrate.jar, and COPY sources that exist in
 * the repository (and are not hidden by .dockerignore) or are produced by the build.
 */
class DockerfileTest {
    private static final String LAUNCHER = "/opt/jmigrate/bin/migrate";
    private static final String JAR = "/opt/jmigrate/lib/migrate.jar";

    private static Path root;
    private static List<Stage> stages;
    private static DockerIgnore dockerIgnore;

    @BeforeAll
    static void parse() throws IOException {
        root = RepositoryFiles.root();
        stages = Stage.parse(Files.readAllLines(root.resolve("Dockerfile"), StandardCharsets.UTF_8));
        dockerIgnore = DockerIgnore.parse(Files.readAllLines(root.resolve(".dockerignore"), StandardCharsets.UTF_8));
    }

    @Test
    void buildsWithMavenAndRunsOnAJre() {
        assertThat(stages).as("stages (FROM)").hasSize(2);
        Stage build = stages.get(0);
        assertThat(build.image()).matches("maven:[^ ]*temurin-17[^ ]*");
        assertThat(build.name()).as("the build stage is named (FROM ... AS name)").isNotNull();
        assertThat(build.all("RUN")).anyMatch(run -> run.contains("mvn -B -q package -DskipTests"));

        Stage run = runStage();
        assertThat(run.image()).isEqualTo("eclipse-temurin:17-jre");
        assertThat(run.all("RUN")).noneMatch(command -> command.contains("mvn"));
    }

    @Test
    void runsAsAnUnprivilegedUser() {
        Stage run = runStage();
        List<String> users = run.all("USER");
        assertThat(users).as("USER in the run stage").isNotEmpty();
        String user = users.get(users.size() - 1).split(":")[0].strip();
        assertThat(user).isNotIn("root", "0");
        String created = String.join(" ", run.all("RUN"));
        if (user.matches("\\d+")) {
            assertThat(created).as("the uid is created").containsPattern("useradd .*--uid " + user + "\\b");
        } else {
            assertThat(created).as("the user is created").containsPattern("useradd .*\\b" + user + "\\b");
        }
        // embedded: keeps its data under .migrate/ of the working directory, which must be the user's
        Optional<String> home = find(created, "--home-dir (\\S+)");
        assertThat(home).as("useradd --home-dir").isPresent();
        assertThat(run.last("WORKDIR")).as("WORKDIR of the run stage").isEqualTo(home.get());
    }

    @Test
    void entryPointIsTheLauncherAndMigrationsAreInSlashMigrations() {
        Stage run = runStage();
        assertThat(run.last("ENTRYPOINT")).as("exec form, so arguments and signals reach migrate")
                .isEqualTo("[\"" + LAUNCHER + "\"]");
        assertThat(run.all("ENV")).anyMatch(env -> env.matches("(?s).*\\bMIGRATION_DIR=/migrations\\b.*"));
    }

    @Test
    void installsTheLayoutTheLauncherLooksFor() throws IOException {
        List<Copy> copies = runStage().copies();
        assertThat(copies).anyMatch(c -> c.destination().equals(JAR) && c.from() != null
                && c.sources().equals(List.of(stage(c.from()).workdir() + "/jmigrate-cli/target/migrate.jar")));
        assertThat(copies).anyMatch(c -> c.destination().equals(LAUNCHER) && c.from() == null
                && c.sources().equals(List.of("bin/migrate")));
        String launcher = Files.readString(root.resolve("bin/migrate"), StandardCharsets.UTF_8);
        assertThat(launcher).as("bin/migrate finds the jar in ../lib").contains("$prefix/lib/migrate.jar");
        Copy launcherCopy = copies.stream().filter(c -> c.destination().equals(LAUNCHER)).findFirst().orElseThrow();
        assertThat(launcherCopy.chmod() != null && launcherCopy.chmod().matches("0?7[57]5")
                || Files.isExecutable(root.resolve("bin/migrate")))
                .as("the launcher is executable in the image").isTrue();
    }

    @Test
    void copiedPathsExistOrAreBuilt() throws IOException {
        String cliPom = Files.readString(root.resolve("jmigrate-cli/pom.xml"), StandardCharsets.UTF_8);
        for (Stage stage : stages) {
            for (Copy copy : stage.copies()) {
                for (String source : copy.sources()) {
                    if (copy.from() == null) {
                        Path path = root.resolve(source).normalize();
                        assertThat(path).as("%s: COPY source in the repository", copy).exists();
                        String relative = root.relativize(path).toString();
                        assertThat(relative.isEmpty() || !dockerIgnore.excludes(relative))
                                .as("%s: %s is not excluded by .dockerignore", copy, source).isTrue();
                    } else {
                        String workdir = stage(copy.from()).workdir();
                        assertThat(source).as("%s: a file of the build stage's WORKDIR", copy).startsWith(workdir + "/");
                        String relative = source.substring(workdir.length() + 1);
                        assertThat(relative).as("%s: the jar the shade plugin writes", copy)
                                .isEqualTo("jmigrate-cli/target/migrate.jar");
                        assertThat(cliPom).contains("<outputFile>${project.build.directory}/migrate.jar</outputFile>");
                    }
                }
            }
        }
        Stage build = stages.get(0);
        assertThat(build.copies()).as("the build stage copies the whole reactor")
                .anyMatch(c -> c.from() == null && c.sources().equals(List.of(".")));
    }

    @Test
    void dockerIgnoreKeepsTheSourcesAndDropsBuildOutputAndLocalState() throws IOException {
        List<String> needed = new ArrayList<>(List.of("pom.xml", "bin/migrate"));
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                return !dir.equals(root) && List.of(".git", "target", ".migrate", "node_modules").contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                String relative = root.relativize(file).toString();
                if (relative.endsWith("/pom.xml") || relative.contains("/src/main/")) {
                    needed.add(relative);
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                return FileVisitResult.CONTINUE; // vanished while another build was writing
            }
        });
        assertThat(needed).as("module poms and main sources").hasSizeGreaterThan(5);
        assertThat(needed).as("build inputs hidden by .dockerignore")
                .filteredOn(dockerIgnore::excludes).isEmpty();
        assertThat(List.of("jmigrate-cli/target/migrate.jar", "jmigrate-core/target/classes/x.class",
                ".git/HEAD", ".migrate/embedded-postgres/PG_VERSION"))
                .as("paths .dockerignore must exclude").allMatch(dockerIgnore::excludes);
    }

    @Test
    void dockerIgnoreMatcherFollowsDockerRules() {
        DockerIgnore ignore = DockerIgnore.parse(List.of("# comment", "**/target", ".git", "*.log", "!keep.log"));
        assertThat(ignore.excludes("target/a.jar")).isTrue();
        assertThat(ignore.excludes("a/b/target/c.class")).isTrue();
        assertThat(ignore.excludes(".git/config")).isTrue();
        assertThat(ignore.excludes("a.log")).isTrue();
        assertThat(ignore.excludes("keep.log")).isFalse();
        assertThat(ignore.excludes("a/b.log")).isFalse();
        assertThat(ignore.excludes("targets/x")).isFalse();
        assertThat(ignore.excludes("src/main/Target.java")).isFalse();
    }

    private static Stage runStage() {
        return stages.get(stages.size() - 1);
    }

    private static Stage stage(String name) {
        return stages.stream().filter(s -> name.equals(s.name())).findFirst()
                .orElseThrow(() -> new AssertionError("no stage named " + name + " in " + stages));
    }

    private static Optional<String> find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** One instruction: its keyword (upper case) and its arguments, continuation lines joined. */
    private record Instruction(String keyword, String arguments) {
    }

    /** A COPY: its --from stage (or null for the build context), --chmod (or null), sources and destination. */
    private record Copy(String from, String chmod, List<String> sources, String destination) {
        static Copy parse(String arguments) {
            List<String> words = new ArrayList<>(Arrays.asList(arguments.strip().split("\\s+")));
            String from = null;
            String chmod = null;
            while (!words.isEmpty() && words.get(0).startsWith("--")) {
                String flag = words.remove(0);
                if (flag.startsWith("--from=")) {
                    from = flag.substring("--from=".length());
                } else if (flag.startsWith("--chmod=")) {
                    chmod = flag.substring("--chmod=".length());
                }
            }
            if (!words.isEmpty() && words.get(0).startsWith("[")) {
                Matcher m = Pattern.compile("\"([^\"]*)\"").matcher(String.join(" ", words));
                words.clear();
                while (m.find()) {
                    words.add(m.group(1));
                }
            }
            assertThat(words).as("COPY %s: sources and a destination", arguments).hasSizeGreaterThanOrEqualTo(2);
            return new Copy(from, chmod, List.copyOf(words.subList(0, words.size() - 1)), words.get(words.size() - 1));
        }
    }

    /** A build stage: FROM image [AS name] and its instructions. */
    private record Stage(String image, String name, List<Instruction> instructions) {
        static List<Stage> parse(List<String> lines) {
            List<Instruction> all = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String line : lines) {
                String trimmed = line.strip();
                if (trimmed.startsWith("#") || trimmed.isEmpty()) {
                    continue; // comments (also inside continuations) and blank lines
                }
                if (trimmed.endsWith("\\")) {
                    current.append(trimmed, 0, trimmed.length() - 1).append(' ');
                    continue;
                }
                current.append(trimmed);
                String text = current.toString().strip();
                current.setLength(0);
                if (text.isEmpty()) {
                    continue;
                }
                int space = text.indexOf(' ');
                all.add(new Instruction(text.substring(0, space < 0 ? text.length() : space).toUpperCase(),
                        space < 0 ? "" : text.substring(space + 1).strip()));
            }
            List<Stage> stages = new ArrayList<>();
            for (Instruction instruction : all) {
                if (instruction.keyword().equals("FROM")) {
                    List<String> words = Arrays.stream(instruction.arguments().split("\\s+"))
                            .filter(w -> !w.startsWith("--")).collect(Collectors.toList());
                    String name = words.size() >= 3 && words.get(1).equalsIgnoreCase("AS") ? words.get(2) : null;
                    stages.add(new Stage(words.get(0), name, new ArrayList<>()));
                } else {
                    assertThat(stages).as("%s before the first FROM", instruction.keyword()).isNotEmpty();
                    stages.get(stages.size() - 1).instructions().add(instruction);
                }
            }
            return stages;
        }

        List<String> all(String keyword) {
            return instructions.stream().filter(i -> i.keyword().equals(keyword)).map(Instruction::arguments).toList();
        }

        String last(String keyword) {
            List<String> values = all(keyword);
            return values.isEmpty() ? null : values.get(values.size() - 1);
        }

        List<Copy> copies() {
            assertThat(all("ADD")).as("ADD (use COPY)").isEmpty();
            return all("COPY").stream().map(Copy::parse).toList();
        }

        /** The absolute WORKDIR in effect at the end of the stage ("/" when none is set). */
        String workdir() {
            String dir = last("WORKDIR");
            return dir == null ? "" : dir.replaceAll("/+$", "");
        }
    }

    /** .dockerignore rules: Go filepath.Match patterns plus "**", the last matching rule wins, "!" re-includes. */
    private record DockerIgnore(List<Pattern> patterns, List<Boolean> exclusions) {
        static DockerIgnore parse(List<String> lines) {
            List<Pattern> patterns = new ArrayList<>();
            List<Boolean> exclusions = new ArrayList<>();
            for (String line : lines) {
                String rule = line.strip();
                if (rule.isEmpty() || rule.startsWith("#")) {
                    continue;
                }
                boolean exclude = !rule.startsWith("!");
                String glob = (exclude ? rule : rule.substring(1)).strip().replaceAll("^/+", "").replaceAll("/+$", "");
                patterns.add(Pattern.compile(regex(glob)));
                exclusions.add(exclude);
            }
            return new DockerIgnore(patterns, exclusions);
        }

        /** Whether a path of the context (relative, '/'-separated) is left out: it or a parent folder matches. */
        boolean excludes(String path) {
            boolean excluded = false;
            for (int i = 0; i < patterns.size(); i++) {
                if (matchesItselfOrParent(patterns.get(i), path)) {
                    excluded = exclusions.get(i);
                }
            }
            return excluded;
        }

        private static boolean matchesItselfOrParent(Pattern pattern, String path) {
            String prefix = path;
            while (true) {
                if (pattern.matcher(prefix).matches()) {
                    return true;
                }
                int slash = prefix.lastIndexOf('/');
                if (slash < 0) {
                    return false;
                }
                prefix = prefix.substring(0, slash);
            }
        }

        private static String regex(String glob) {
            StringBuilder regex = new StringBuilder();
            for (int i = 0; i < glob.length(); i++) {
                char c = glob.charAt(i);
                if (glob.startsWith("**/", i)) {
                    regex.append("(?:.*/)?");
                    i += 2;
                } else if (glob.startsWith("**", i)) {
                    regex.append(".*");
                    i += 1;
                } else if (c == '*') {
                    regex.append("[^/]*");
                } else if (c == '?') {
                    regex.append("[^/]");
                } else {
                    regex.append(Pattern.quote(String.valueOf(c)));
                }
            }
            return regex.toString();
        }
    }
}
