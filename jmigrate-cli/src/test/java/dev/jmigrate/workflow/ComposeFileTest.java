package dev.jmigrate.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * docker-compose.yml provides what the migrations README uses: a PostgreSQL 15 {@code postgres} service with
 * the lumigo database and a health check, and a {@code migrate} service in the {@code migration} profile
 * ({@code docker-compose run --rm migrate}, {@code docker-compose --profile migration up migrate}) that waits
 * for the database to be healthy and applies ./migrations to it.
 */
class ComposeFileTest {
    private static Path root;
    private static Map<String, Object> compose;

    @BeforeAll
    static void parse() throws IOException {
        root = RepositoryFiles.root();
        String text = Files.readString(root.resolve("docker-compose.yml"), StandardCharsets.UTF_8);
        Object document = new Load(LoadSettings.builder().setLabel("docker-compose.yml").build()).loadFromString(text);
        compose = asMap(document, "docker-compose.yml");
    }

    @Test
    void onlyKnownTopLevelKeys() {
        assertThat(compose.keySet()).allMatch(key -> List.of("services", "volumes", "networks", "configs", "secrets",
                "name", "x-").stream().anyMatch(known -> String.valueOf(key).startsWith(known)), "known key");
        assertThat(services().keySet()).contains("postgres", "migrate");
    }

    @Test
    void postgresServiceIsTheLumigoDatabaseWithAHealthCheck() {
        Map<String, Object> postgres = service("postgres");
        assertThat(postgres.get("image")).isEqualTo("postgres:15");
        assertThat(postgres.get("profiles")).as("postgres starts with a plain `up` and as a dependency").isNull();

        Map<String, String> env = environment(postgres);
        assertThat(env).containsEntry("POSTGRES_USER", "lumigo")
                .containsEntry("POSTGRES_PASSWORD", "lumigo")
                .containsEntry("POSTGRES_DB", "lumigo");

        assertThat(list(postgres, "ports")).as("ports: localhost:5432 as the README's URLs use").anyMatch(port -> publishes(String.valueOf(port), 5432));

        Map<String, Object> healthcheck = map(postgres, "healthcheck");
        String test = String.join(" ", strings(healthcheck.get("test")));
        assertThat(test).as("health check").startsWith("CMD").contains("pg_isready")
                .contains("-U lumigo").contains("-d lumigo");
        assertThat(healthcheck.keySet()).contains("interval", "timeout", "retries");

        for (Object volume : list(postgres, "volumes")) {
            String source = String.valueOf(volume).split(":")[0];
            if (!source.startsWith(".") && !source.startsWith("/")) {
                assertThat(map(compose, "volumes")).as("named volume %s is declared", source).containsKey(source);
            }
        }
    }

    @Test
    void migrateServiceIsInTheMigrationProfileAndWaitsForAHealthyDatabase() {
        Map<String, Object> migrate = service("migrate");
        assertThat(strings(migrate.get("profiles"))).containsExactly("migration");
        Map<String, Object> dependsOn = map(migrate, "depends_on");
        assertThat(dependsOn.keySet()).containsExactly("postgres");
        assertThat(map(dependsOn, "postgres")).containsEntry("condition", "service_healthy");
        assertThat(map(service("postgres"), "healthcheck")).as("service_healthy needs a health check").isNotEmpty();
    }

    @Test
    void migrateServiceAppliesTheMountedMigrationsToThePostgresService() {
        Map<String, Object> migrate = service("migrate");
        Map<String, String> env = environment(migrate);

        URI url = URI.create(env.get("DATABASE_URL"));
        Map<String, String> postgresEnv = environment(service("postgres"));
        assertThat(url.getScheme()).isIn("postgres", "postgresql");
        assertThat(url.getHost()).as("the postgres service's name").isEqualTo("postgres");
        assertThat(url.getPort()).isEqualTo(5432);
        assertThat(url.getPath()).isEqualTo("/" + postgresEnv.get("POSTGRES_DB"));
        assertThat(url.getUserInfo())
                .isEqualTo(postgresEnv.get("POSTGRES_USER") + ":" + postgresEnv.get("POSTGRES_PASSWORD"));
        assertThat(url.getQuery()).isEqualTo("sslmode=disable");

        List<String> volumes = strings(migrate.get("volumes"));
        assertThat(volumes).containsExactly("./migrations:/migrations:ro");
        assertThat(root.resolve("migrations")).as("the mounted folder").isDirectory();
        // where the tool looks: the service's MIGRATION_DIR, else the image's (Dockerfile ENV)
        String migrationDir = env.getOrDefault("MIGRATION_DIR", "/migrations");
        assertThat(migrationDir).isEqualTo("/migrations");

        assertThat(strings(migrate.get("command"))).containsExactly("up");
    }

    @Test
    void migrateServiceIsBuiltFromTheRepositoryDockerfile() {
        Object build = service("migrate").get("build");
        String context;
        String dockerfile = "Dockerfile";
        if (build instanceof Map<?, ?>) {
            Map<String, Object> settings = asMap(build, "build");
            context = String.valueOf(settings.get("context"));
            if (settings.get("dockerfile") != null) {
                dockerfile = String.valueOf(settings.get("dockerfile"));
            }
        } else {
            context = String.valueOf(build);
        }
        Path contextDir = root.resolve(context).normalize();
        assertThat(contextDir).isEqualTo(root);
        assertThat(contextDir.resolve(dockerfile)).isRegularFile();
        assertThat(contextDir.resolve(".dockerignore")).isRegularFile();
    }

    private static Map<String, Object> services() {
        return map(compose, "services");
    }

    private static Map<String, Object> service(String name) {
        return map(services(), name);
    }

    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        return asMap(parent.get(key), key);
    }

    /** A YAML mapping with its keys as strings. */
    private static Map<String, Object> asMap(Object value, String what) {
        assertThat(value).as("%s is a mapping", what).isInstanceOf(Map.class);
        Map<String, Object> map = new LinkedHashMap<>();
        ((Map<?, ?>) value).forEach((key, v) -> map.put(String.valueOf(key), v));
        return map;
    }

    private static List<?> list(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertThat(value).as("%s is a list", key).isInstanceOf(List.class);
        return (List<?>) value;
    }

    /** A string or a list of strings, as a list. */
    private static List<String> strings(Object value) {
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> items) {
            items.forEach(item -> strings.add(String.valueOf(item)));
        } else if (value != null) {
            strings.add(String.valueOf(value));
        }
        return strings;
    }

    /** A service's environment, in either of its forms: a mapping or a list of NAME=value. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Object value = service.get("environment");
        Map<String, String> env = new LinkedHashMap<>();
        if (value instanceof Map<?, ?> entries) {
            entries.forEach((name, v) -> env.put(String.valueOf(name), v == null ? null : String.valueOf(v)));
        } else if (value instanceof List<?> entries) {
            for (Object entry : entries) {
                String text = String.valueOf(entry);
                int eq = text.indexOf('=');
                env.put(eq < 0 ? text : text.substring(0, eq), eq < 0 ? null : text.substring(eq + 1));
            }
        }
        return env;
    }

    /** Whether a short-syntax port ("5432:5432", "127.0.0.1:5432:5432") publishes the port on the same host port. */
    private static boolean publishes(String port, int number) {
        String[] parts = port.replaceAll("/tcp$", "").split(":");
        return parts.length >= 2 && parts[parts.length - 1].equals(String.valueOf(number))
                && parts[parts.length - 2].equals(String.valueOf(number));
    }
}
