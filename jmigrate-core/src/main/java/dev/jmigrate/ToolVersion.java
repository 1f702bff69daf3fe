package dev.jmigrate;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this library, from the build. */
public final class ToolVersion {
    private static final String VERSION = load();

    private ToolVersion() {
    }

    /** e.g. {@code 0.1.0}; {@code dev} when run from sources without a build. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = ToolVersion.class.getResourceAsStream("jmigrate.properties")) {
            if (in == null) {
                return "dev";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
