package dev.jmigrate.source.create;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * The parts of Go's {@code path/filepath} that golang-migrate's {@code create} relies on, with Unix rules:
 * lexical {@code Clean}, {@code Join} and {@code Glob}. Paths are strings as Go sees them; relative ones are
 * resolved against a working directory only when the file system is consulted.
 */
final class GoFilepath {

    private static final Comparator<String> BYTE_ORDER = (a, b) -> Arrays.compareUnsigned(
            a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8));

    private GoFilepath() {
    }

    /**
     * Go's {@code filepath.Clean}: repeated and trailing slashes, {@code .} elements and {@code ..} elements with
     * the element before them removed; {@code ..} at the root dropped; {@code .} for an empty result.
     */
    static String clean(String path) {
        boolean rooted = path.startsWith("/");
        Deque<String> kept = new ArrayDeque<>();
        for (String element : path.split("/")) {
            if (element.equals("..")) {
                dropParent(kept, rooted);
            } else if (!element.isEmpty() && !element.equals(".")) {
                kept.addLast(element);
            }
        }
        String joined = String.join("/", kept);
        if (rooted) {
            return "/" + joined;
        }
        return joined.isEmpty() ? "." : joined;
    }

    private static void dropParent(Deque<String> kept, boolean rooted) {
        if (!kept.isEmpty() && !kept.peekLast().equals("..")) {
            kept.removeLast();
        } else if (!rooted) {
            kept.addLast("..");
        }
    }

    /** Go's {@code filepath.Join} of a non-empty directory and a name. */
    static String join(String dir, String name) {
        return clean(dir + "/" + name);
    }

    /**
     * Go's {@code filepath.Glob} for a pattern whose wildcards are all in its last element: the names in the
     * directory before the last {@code /} (taken literally) that match the last element, in byte order, each
     * joined to that directory. A missing or unreadable directory has no matches, as in Go.
     *
     * @throws MigrationCreateException with {@code syntax error in pattern} if any part of the pattern is not
     *     valid Go pattern syntax, checked before the file system is read
     */
    static List<String> glob(String pattern, Path workingDirectory) {
        GoGlobPattern.compile(pattern);
        int slash = pattern.lastIndexOf('/');
        String dir = slash < 0 ? "." : slash == 0 ? "/" : pattern.substring(0, slash);
        GoGlobPattern names = GoGlobPattern.compile(pattern.substring(slash + 1));
        return entryNames(dir, workingDirectory).stream()
                .filter(names::matches)
                .sorted(BYTE_ORDER)
                .map(name -> join(dir, name))
                .toList();
    }

    private static List<String> entryNames(String dir, Path workingDirectory) {
        List<String> names = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(workingDirectory.resolve(dir))) {
            entries.forEach(entry -> names.add(entry.getFileName().toString()));
        } catch (IOException | InvalidPathException | DirectoryIteratorException e) {
            // Go's Glob ignores directories it cannot read and keeps the names it has read.
        }
        return names;
    }
}
