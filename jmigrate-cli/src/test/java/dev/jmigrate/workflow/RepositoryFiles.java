package dev.jmigrate.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the workflow files are. Failsafe passes {@code jmigrate.repository} and {@code jmigrate.jar}; under
 * Surefire (and in an IDE) the working directory is the CLI module's folder, whose parent is the repository.
 */
final class RepositoryFiles {
    private RepositoryFiles() {
    }

    /**
     * The repository root: the folder with the parent pom, the Makefile and {@code migrations/}. The first of
     * {@code jmigrate.repository}, the working directory's parent and the working directory that has them.
     */
    static Path root() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("jmigrate.repository");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        Path workingDirectory = Path.of(System.getProperty("user.dir"));
        candidates.add(workingDirectory.resolve(".."));
        candidates.add(workingDirectory);
        for (Path candidate : candidates) {
            Path root = candidate.toAbsolutePath().normalize();
            if (Files.isDirectory(root.resolve("migrations")) && Files.isRegularFile(root.resolve("pom.xml"))
                    && Files.isRegularFile(root.resolve("Makefile"))) {
                return root;
            }
        }
        throw new IllegalStateException("no repository root (pom.xml, Makefile and migrations/) among " + candidates);
    }

    /**
     * Skips an integration test unless Failsafe runs it (it passes {@code jmigrate.jar}): only then is the jar
     * built and fresh. A {@code -Dtest=...} pattern can make Surefire pick up {@code *IT} classes too.
     */
    static void assumeIntegrationPhase() {
        Assumptions.assumeTrue(System.getProperty("jmigrate.jar") != null,
                "integration test: run by Failsafe after the package phase (mvn verify), which sets jmigrate.jar");
    }

    /** The repository's real migrations folder. */
    static Path migrations() {
        return root().resolve("migrations");
    }

    /** The self-contained jar built by {@code mvn package}. */
    static Path jar() {
        String property = System.getProperty("jmigrate.jar");
        Path jar = property != null && !property.isBlank()
                ? Path.of(property)
                : root().resolve("jmigrate-cli/target/migrate.jar");
        return jar.toAbsolutePath().normalize();
    }
}
