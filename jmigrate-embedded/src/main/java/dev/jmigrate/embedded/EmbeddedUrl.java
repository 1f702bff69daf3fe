package dev.jmigrate.embedded;

import java.nio.file.Path;

/**
 * The parts of an {@code embedded:[DIR][?query]} URL.
 *
 * @param dataDirectory the absolute data folder
 * @param query the query without {@code ?}, empty when absent
 */
record EmbeddedUrl(Path dataDirectory, String query) {
    static final Path DEFAULT_DIRECTORY = Path.of(".migrate", "embedded-postgres");

    static EmbeddedUrl parse(String url) {
        String rest = url.substring(url.indexOf(':') + 1);
        if (rest.startsWith("//")) {
            rest = rest.substring(2);
        }
        int q = rest.indexOf('?');
        String dir = q < 0 ? rest : rest.substring(0, q);
        String query = q < 0 ? "" : rest.substring(q + 1);
        Path path = dir.isEmpty() ? DEFAULT_DIRECTORY : Path.of(dir);
        return new EmbeddedUrl(path.toAbsolutePath().normalize(), query);
    }
}
