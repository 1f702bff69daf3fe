package dev.jmigrate.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClasspathSourceTest {
    @TempDir
    Path temp;

    /** A class-path folder holding the given resources (name → content). */
    private Path folder(String name, Map<String, String> resources) throws IOException {
        Path root = temp.resolve(name);
        for (Map.Entry<String, String> e : resources.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue());
        }
        Files.createDirectories(root);
        return root;
    }

    /** A jar holding the given entries; names ending in '/' are folder entries, as the jar tool writes them. */
    private Path jar(String name, Map<String, String> entries) throws IOException {
        Path jar = temp.resolve(name);
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().putValue("Manifest-Version", "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, String> e : entries.entrySet()) {
                out.putNextEntry(new JarEntry(e.getKey()));
                if (!e.getKey().endsWith("/")) {
                    out.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                }
                out.closeEntry();
            }
        }
        return jar;
    }

    private static URLClassLoader loader(Path... roots) throws IOException {
        URL[] urls = new URL[roots.length];
        for (int i = 0; i < roots.length; i++) {
            urls[i] = roots[i].toUri().toURL();
        }
        return new URLClassLoader(urls, null);
    }

    private static Map<String, String> migrationsJar() {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("db/", "");
        entries.put("db/migrations/", "");
        entries.put("db/migrations/1_init.up.sql", "create table t(id int);");
        entries.put("db/migrations/1_init.down.sql", "drop table t;");
        entries.put("db/migrations/2_users.up.sql", "create table users(id int);");
        entries.put("db/migrations/README.md", "# not a migration");
        entries.put("db/migrations/archive/", "");
        entries.put("db/migrations/archive/3_old.up.sql", "select 3;");
        entries.put("db/migrations-extra/", "");
        entries.put("db/migrations-extra/4_other.up.sql", "select 4;");
        entries.put("other/", "");
        entries.put("other/5_elsewhere.up.sql", "select 5;");
        return entries;
    }

    @Test
    void listsAndReadsAClassPathFolder() throws Exception {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("db/migrations/2_users.up.sql", "create table users(id int);");
        resources.put("db/migrations/1_init.up.sql", "create table t(id int);");
        resources.put("db/migrations/1_init.down.sql", "drop table t;");
        resources.put("db/migrations/notes.txt", "ignored");
        resources.put("db/migrations/sub/3_nested.up.sql", "select 3;");
        resources.put("db/migrations-extra/4_other.up.sql", "select 4;");
        Path root = folder("classes", resources);
        Files.createDirectories(root.resolve("db/migrations/5_folder.up.sql"));

        try (URLClassLoader loader = loader(root)) {
            ClasspathSource source = new ClasspathSource(loader, "db/migrations");

            assertThat(source.list()).extracting(MigrationFile::name)
                    .containsExactly("1_init.down.sql", "1_init.up.sql", "2_users.up.sql");
            MigrationFile users = source.list().get(2);
            assertThat(new String(source.read(users), StandardCharsets.UTF_8)).isEqualTo("create table users(id int);");
        }
    }

    @Test
    void listsAndReadsAJar() throws Exception {
        Path jar = jar("migrations.jar", migrationsJar());

        try (URLClassLoader loader = loader(jar)) {
            ClasspathSource source = new ClasspathSource(loader, "db/migrations");

            assertThat(source.list()).extracting(MigrationFile::name)
                    .containsExactly("1_init.down.sql", "1_init.up.sql", "2_users.up.sql");
            MigrationFile down = source.list().get(0);
            assertThat(down.direction()).isEqualTo(Direction.DOWN);
            assertThat(new String(source.read(down), StandardCharsets.UTF_8)).isEqualTo("drop table t;");
            assertThat(Migrations.load(source).versions()).containsExactly(1L, 2L);
        }
    }

    @Test
    void leadingAndTrailingSlashesOfTheLocationAreIgnored() throws Exception {
        Path jar = jar("migrations.jar", migrationsJar());

        try (URLClassLoader loader = loader(jar)) {
            ClasspathSource source = new ClasspathSource(loader, "/db/migrations/");

            assertThat(source.location()).isEqualTo("classpath:db/migrations");
            assertThat(source.list()).hasSize(3);
            assertThat(source.pathOf(source.list().get(2))).isEqualTo("classpath:db/migrations/2_users.up.sql");
        }
    }

    @Test
    void aFolderAndAJarBothContributeAndTheFirstRootWinsForTheSameName() throws Exception {
        Map<String, String> resources = new LinkedHashMap<>();
        resources.put("db/migrations/1_init.up.sql", "from the folder");
        resources.put("db/migrations/9_late.up.sql", "select 9;");
        Path folder = folder("classes", resources);
        Path jar = jar("migrations.jar", migrationsJar());

        try (URLClassLoader loader = loader(folder, jar)) {
            ClasspathSource source = new ClasspathSource(loader, "db/migrations");

            assertThat(source.list()).extracting(MigrationFile::name)
                    .containsExactly("1_init.down.sql", "1_init.up.sql", "2_users.up.sql", "9_late.up.sql");
            MigrationFile init = source.list().get(1);
            assertThat(new String(source.read(init), StandardCharsets.UTF_8)).isEqualTo("from the folder");
        }
    }

    @Test
    void aMissingLocationIsAnErrorThatSaysWhereMigrationsBelong() throws Exception {
        Path jar = jar("migrations.jar", migrationsJar());

        try (URLClassLoader loader = loader(jar)) {
            ClasspathSource source = new ClasspathSource(loader, "db/nowhere");

            assertThatThrownBy(source::list)
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("no folder db/nowhere on the class path")
                    .hasMessageContaining("src/main/resources/db/nowhere");
        }
    }

    @Test
    void aFileRemovedAfterListingIsNamed() throws Exception {
        Path root = folder("classes", Map.of("db/migrations/1_init.up.sql", "select 1;"));

        try (URLClassLoader loader = loader(root)) {
            ClasspathSource source = new ClasspathSource(loader, "db/migrations");
            MigrationFile file = source.list().get(0);
            Files.delete(root.resolve("db/migrations/1_init.up.sql"));

            assertThatThrownBy(() -> source.read(file))
                    .isInstanceOf(SourceException.class)
                    .hasMessageContaining("db/migrations/1_init.up.sql")
                    .hasMessageContaining("no longer on the class path");
        }
    }
}
