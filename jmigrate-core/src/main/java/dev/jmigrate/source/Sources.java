package dev.jmigrate.source;

import java.nio.file.Path;

/**
 * Opens a source from golang-migrate's {@code -source} URL forms: {@code file://relative/dir},
 * {@code file:///absolute/dir}, {@code file:dir}, and our {@code classpath:location}.
 */
public final class Sources {
    private Sources() {
    }

    /**
     * @param url the source URL
     * @param classLoader used for {@code classpath:} sources
     * @throws SourceException for an empty URL or an unknown scheme
     */
    public static MigrationSource open(String url, ClassLoader classLoader) {
        if (url == null || url.isBlank()) {
            throw new SourceException("no migrations source: give -path DIR or -source file://DIR");
        }
        int colon = url.indexOf(':');
        if (colon <= 0) {
            throw new SourceException("source URL '" + url + "' has no scheme; write file://" + url + " or use -path " + url);
        }
        String scheme = url.substring(0, colon);
        String rest = url.substring(colon + 1);
        switch (scheme) {
            case "file":
                return new DirectorySource(Path.of(filePath(rest)));
            case "classpath":
                return new ClasspathSource(classLoader, rest.startsWith("//") ? rest.substring(2) : rest);
            default:
                throw new SourceException("unknown source scheme '" + scheme + "' in '" + url
                        + "'; supported: file://DIR and classpath:LOCATION");
        }
    }

    /**
     * The folder of a {@code file:} source URL's remainder ({@code //DIR}, {@code DIR}, a query dropped), as
     * {@link #open} reads it; {@code .} for none.
     */
    public static String filePath(String rest) {
        String path = rest.startsWith("//") ? rest.substring(2) : rest;
        int query = path.indexOf('?');
        if (query >= 0) {
            path = path.substring(0, query);
        }
        return path.isEmpty() ? "." : path;
    }
}
