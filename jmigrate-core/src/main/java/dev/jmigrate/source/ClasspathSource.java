package dev.jmigrate.source;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Migration files packaged on the class path, for example under {@code src/main/resources/db/migrations}
 * of an application. Every class-path root that holds the location contributes its files (not those of
 * sub-folders); both exploded folders and jar files are read.
 */
public final class ClasspathSource implements MigrationSource {
    private final ClassLoader classLoader;
    private final String location;

    /**
     * @param classLoader the loader whose class path is searched
     * @param location a resource folder such as {@code db/migrations}; leading and trailing slashes are ignored
     */
    public ClasspathSource(ClassLoader classLoader, String location) {
        this.classLoader = classLoader;
        this.location = trimSlashes(location);
    }

    @Override
    public String location() {
        return "classpath:" + location;
    }

    @Override
    public List<MigrationFile> list() {
        Map<String, MigrationFile> byName = new TreeMap<>();
        for (URL root : roots()) {
            for (String name : namesIn(root)) {
                MigrationFileName.parse(name).ifPresent(f -> byName.putIfAbsent(name, f));
            }
        }
        return new ArrayList<>(byName.values());
    }

    @Override
    public byte[] read(MigrationFile file) {
        String resource = location.isEmpty() ? file.name() : location + "/" + file.name();
        try (InputStream in = classLoader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new SourceException("migration " + resource + " is no longer on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new SourceException("cannot read migration " + resource + " from the class path: " + e.getMessage(), e);
        }
    }

    private List<URL> roots() {
        try {
            List<URL> roots = new ArrayList<>();
            Enumeration<URL> found = classLoader.getResources(location);
            while (found.hasMoreElements()) {
                roots.add(found.nextElement());
            }
            if (roots.isEmpty()) {
                throw new SourceException("no folder " + location + " on the class path; "
                        + "migrations packaged in a jar belong under src/main/resources/" + location);
            }
            return roots;
        } catch (IOException e) {
            throw new SourceException("cannot search the class path for " + location + ": " + e.getMessage(), e);
        }
    }

    private List<String> namesIn(URL root) {
        try {
            if ("file".equals(root.getProtocol())) {
                return namesInFolder(Path.of(root.toURI()));
            }
            if ("jar".equals(root.getProtocol())) {
                return namesInJar(root);
            }
            throw new SourceException("cannot list class-path location " + root + ": only folders and jar files are supported");
        } catch (URISyntaxException e) {
            throw new SourceException("cannot list class-path location " + root + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new SourceException("cannot list class-path location " + root + ": " + e.getMessage(), e);
        }
    }

    private static List<String> namesInFolder(Path folder) throws IOException {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    private List<String> namesInJar(URL root) throws IOException {
        JarURLConnection connection = (JarURLConnection) root.openConnection();
        connection.setUseCaches(false);
        String prefix = location.isEmpty() ? "" : location + "/";
        List<String> names = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                childName(entries.nextElement(), prefix).ifPresent(names::add);
            }
        }
        return names;
    }

    private static Optional<String> childName(JarEntry entry, String prefix) {
        String name = entry.getName();
        if (entry.isDirectory() || !name.startsWith(prefix)) {
            return Optional.empty();
        }
        String rest = name.substring(prefix.length());
        return rest.isEmpty() || rest.contains("/") ? Optional.empty() : Optional.of(rest);
    }

    private static String trimSlashes(String location) {
        String trimmed = location;
        while (trimmed.startsWith("/")) {
            trimmed = trimmed.substring(1);
        }
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }
}
