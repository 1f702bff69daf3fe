package dev.jmigrate.cli;

import dev.jmigrate.database.DatabaseUrl;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The passwords the output must never show: those of every URL-like command-line argument and of
 * {@code DATABASE_URL}, as written and percent-decoded. Found before parsing, so that even a URL in the wrong
 * place (an unknown command, an option value) is masked.
 */
final class Secrets {
    /**
     * Shorter passwords are not masked in the streams: replacing every {@code 1} or {@code ab} would garble
     * versions and words. The URLs shown are redacted whatever the password's length.
     */
    static final int SHORTEST_MASKED = 4;

    private Secrets() {
    }

    /** The secrets, longest first, so that a password containing another is masked whole. */
    static List<String> in(String[] args, Map<String, String> env) {
        Set<String> secrets = new LinkedHashSet<>();
        for (String arg : args) {
            addFrom(arg, secrets);
        }
        addFrom(env.get(Settings.DATABASE_URL), secrets);
        List<String> masked = new ArrayList<>();
        for (String secret : secrets) {
            if (secret.length() >= SHORTEST_MASKED) {
                masked.add(secret);
            }
        }
        masked.sort(new LongestFirst());
        return List.copyOf(masked);
    }

    /** Longer strings first; a class rather than a lambda, which costs every start-up a bootstrap. */
    private static final class LongestFirst implements Comparator<String> {
        @Override
        public int compare(String a, String b) {
            return Integer.compare(b.length(), a.length());
        }
    }

    private static void addFrom(String candidate, Set<String> secrets) {
        if (candidate == null || !(candidate.contains("//") || candidate.toLowerCase(java.util.Locale.ROOT).contains("password="))) {
            return;
        }
        try {
            secrets.addAll(DatabaseUrl.parse(candidate).secrets());
        } catch (RuntimeException notAUrl) {
            secrets.addAll(DatabaseUrl.parse("x:" + candidate).secrets());
        }
    }
}
