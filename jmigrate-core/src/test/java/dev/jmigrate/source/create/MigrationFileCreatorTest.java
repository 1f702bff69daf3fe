package dev.jmigrate.source.create;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class MigrationFileCreatorTest {

    @TempDir
    Path base;

    static Stream<Arguments> sequenceVersions() {
        return Stream.of(
                Arguments.of("empty dir", List.of(), 6, "sql", "000001"),
                Arguments.of("after existing pair", List.of("000001_a.up.sql", "000001_a.down.sql"), 6, "sql",
                        "000002"),
                Arguments.of("last of several", List.of("3_three.sql", "4_four.sql"), 4, "sql", "0005"),
                Arguments.of("digits 3", List.of("000041_x.up.sql"), 3, "sql", "042"),
                Arguments.of("digits 6", List.of("000041_x.up.sql"), 6, "sql", "000042"),
                Arguments.of("digits 10", List.of("000041_x.up.sql"), 10, "sql", "0000000042"),
                Arguments.of("single digit", List.of(), 1, "sql", "1"),
                Arguments.of("dot extension", List.of("000007_x.up.sql"), 6, ".sql", "000008"),
                Arguments.of("other extensions ignored", List.of("000001_a.up.sql", "000009_b.up.go"), 6, "sql",
                        "000002"),
                Arguments.of("byte order, not numeric", List.of("9_nine.sql", "10_ten.sql"), 3, "sql", "010"),
                Arguments.of("prefix up to first underscore", List.of("000003_a_b_c.up.sql"), 6, "sql", "000004"),
                Arguments.of("unsigned 64-bit wrap-around as in Go", List.of("18446744073709551615_x.sql"), 20,
                        "sql", "00000000000000000000"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequenceVersions")
    void numbersSequentially(String description, List<String> existing, int digits, String ext, String version)
            throws IOException {
        write(base, existing);

        CreatedMigration created = creator().create(CreateRequest.forSequence("", "name", ext, digits));

        assertThat(created.version()).isEqualTo(version);
        assertThat(created.up()).isEqualTo(base.resolve(version + "_name.up.sql"));
        assertThat(created.down()).isEqualTo(base.resolve(version + "_name.down.sql"));
        assertThat(created.up()).isEmptyFile();
        assertThat(created.down()).isEmptyFile();
    }

    static Stream<Arguments> sequenceErrors() {
        return Stream.of(
                Arguments.of("overflow", List.of("999_x.up.sql"), 3, "sql",
                        "next sequence number 1000 too large, at most 3 digits are allowed"),
                Arguments.of("single digit overflow", List.of("9_nine.sql"), 1, "sql",
                        "next sequence number 10 too large, at most 1 digits are allowed"),
                Arguments.of("underscore first, sorted last", List.of("000001_a.up.sql", "_foo.up.sql"), 6, "sql",
                        "malformed migration filename: _foo.up.sql"),
                Arguments.of("no underscore", List.of("bad.sql"), 4, "sql",
                        "malformed migration filename: bad.sql"),
                Arguments.of("not a number", List.of("bad_bad.sql"), 4, "sql",
                        "strconv.ParseUint: parsing \"bad\": invalid syntax"),
                Arguments.of("negative", List.of("-5_negative.sql"), 4, "sql",
                        "strconv.ParseUint: parsing \"-5\": invalid syntax"),
                Arguments.of("plus sign", List.of("+5_positive.sql"), 4, "sql",
                        "strconv.ParseUint: parsing \"+5\": invalid syntax"),
                Arguments.of("out of range", List.of("99999999999999999999_x.sql"), 30, "sql",
                        "strconv.ParseUint: parsing \"99999999999999999999\": value out of range"),
                Arguments.of("quoted as Go", List.of("a\"\u00e9\u200b_x.sql"), 4, "sql",
                        "strconv.ParseUint: parsing \"a\\\"\u00e9\\u200b\": invalid syntax"),
                Arguments.of("digits zero", List.of(), 0, "sql", "digits must be positive"),
                Arguments.of("digits negative", List.of(), -1, "sql", "digits must be positive"),
                Arguments.of("bad pattern before digits", List.of(), 0, "[", "syntax error in pattern"),
                Arguments.of("duplicate of lexically last", List.of("9_nine.sql", "10_ten.sql"), 2, "sql",
                        "duplicate migration version: 10"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sequenceErrors")
    void rejectsAsGolangMigrate(String description, List<String> existing, int digits, String ext, String message)
            throws IOException {
        write(base, existing);

        assertThatThrownBy(() -> creator().create(CreateRequest.forSequence(".", "name", ext, digits)))
                .isInstanceOf(MigrationCreateException.class)
                .hasMessage(message);
        assertThat(names(base)).containsExactlyInAnyOrderElementsOf(existing);
    }

    @Test
    void malformedNameIsReportedWithTheDirectoryAsGiven() throws IOException {
        write(base.resolve("db/migrations"), List.of("000001_a.up.sql", "_foo.up.sql"));

        assertThatThrownBy(() -> creator().create(CreateRequest.forSequence("./db//migrations/", "n", "sql", 6)))
                .hasMessage("malformed migration filename: db/migrations/_foo.up.sql");
    }

    @Test
    void directoriesEndingInTheExtensionCountAsMigrations() throws IOException {
        Files.createDirectory(base.resolve("000007_dir.sql"));

        assertThat(creator().create(CreateRequest.forSequence("", "n", "sql", 6)).version()).isEqualTo("000008");
    }

    static Stream<Arguments> directories() {
        return Stream.of(
                Arguments.of("", ".", ""),
                Arguments.of("", "./", ""),
                Arguments.of("subdir", "..", ""),
                Arguments.of("subdir", "../", ""),
                Arguments.of("", "subdir", "subdir"),
                Arguments.of("", "subdir/", "subdir"),
                Arguments.of("", "./subdir", "subdir"),
                Arguments.of("", "./subdir/", "subdir"),
                Arguments.of("subdir", "../subdir", "subdir"),
                Arguments.of("subdir", "../subdir/", "subdir"),
                Arguments.of("subdir", "..//subdir/./.././/subdir/..", ""),
                Arguments.of("", "new/nested/dir", "new/nested/dir"),
                Arguments.of("", "/ABSOLUTE", "abs"),
                Arguments.of("", "/ABSOLUTE/", "abs"),
                Arguments.of("", "/ABSOLUTE/new", "abs/new"));
    }

    @ParameterizedTest(name = "cwd={0} dir={1}")
    @MethodSource("directories")
    void placesFilesInTheCleanedDirectory(String cwd, String dir, String expectedLocation) throws IOException {
        Files.createDirectories(base.resolve("subdir"));
        Path workingDirectory = base.resolve(cwd);
        String givenDir = dir.replace("/ABSOLUTE", base.resolve("abs").toString());

        CreatedMigration created = new MigrationFileCreator(workingDirectory)
                .create(CreateRequest.forSequence(givenDir, "name", "sql", 4));

        Path expectedDir = base.resolve(expectedLocation);
        assertThat(created.up()).isEqualTo(expectedDir.resolve("0001_name.up.sql")).isEmptyFile();
        assertThat(created.down()).isEqualTo(expectedDir.resolve("0001_name.down.sql")).isEmptyFile();
        assertThat(created.up()).isAbsolute();
    }

    @Test
    void nullDirectoryMeansWorkingDirectory() throws IOException {
        CreatedMigration created = creator().create(CreateRequest.forSequence(null, "name", "sql", 6));

        assertThat(created.up()).isEqualTo(base.resolve("000001_name.up.sql"));
    }

    @Test
    void usesTimestampVersion() throws IOException {
        CreatedMigration created = creator().create(CreateRequest.forTimestamp("", "add_users", "sql",
                "20001225000102"));

        assertThat(created).isEqualTo(new CreatedMigration("20001225000102",
                base.resolve("20001225000102_add_users.up.sql"), base.resolve("20001225000102_add_users.down.sql")));
        assertThat(names(base)).containsExactlyInAnyOrder(
                "20001225000102_add_users.up.sql", "20001225000102_add_users.down.sql");
    }

    @Test
    void callsTimestampSupplierOnlyInTimestampMode() throws IOException {
        AtomicInteger calls = new AtomicInteger();
        MigrationFileCreator creator = creator();

        creator.create(new CreateRequest("", "n", "sql", true, 6, () -> "x" + calls.incrementAndGet()));
        assertThat(calls).hasValue(0);
        creator.create(new CreateRequest("", "n", "sql", false, 0, () -> "v" + calls.incrementAndGet()));
        assertThat(calls).hasValue(1);
        assertThat(names(base)).contains("v1_n.up.sql", "v1_n.down.sql");
    }

    @Test
    void rejectsDuplicateTimestampVersion() throws IOException {
        write(base, List.of("20001225_name.up.sql", "20001225_name.down.sql"));

        assertThatThrownBy(() -> creator().create(CreateRequest.forTimestamp(".", "other", "sql", "20001225")))
                .isInstanceOf(MigrationCreateException.class)
                .hasMessage("duplicate migration version: 20001225");
    }

    @Test
    void duplicateCheckIgnoresOtherExtensions() throws IOException {
        write(base, List.of("20001225_name.up.go"));

        CreatedMigration created = creator().create(CreateRequest.forTimestamp("", "name", "sql", "20001225"));

        assertThat(created.up()).exists();
    }

    @Test
    void existingFileIsNotOverwritten() throws IOException {
        // "[s]ql" is a Go glob matching "sql", so the duplicate check does not see the literal "[s]ql" file.
        write(base, List.of("20240101_name.up.[s]ql"));

        assertThatThrownBy(() -> creator().create(CreateRequest.forTimestamp("", "name", "[s]ql", "20240101")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage("open 20240101_name.up.[s]ql: file exists");
    }

    @Test
    void existingDownFileLeavesTheUpFileAsGolangMigrateDoes() throws IOException {
        write(base.resolve("m"), List.of("20240101_name.down.[s]ql"));

        assertThatThrownBy(() -> creator().create(CreateRequest.forTimestamp("m", "name", "[s]ql", "20240101")))
                .isInstanceOf(FileAlreadyExistsException.class)
                .hasMessage("open m/20240101_name.down.[s]ql: file exists");
        assertThat(base.resolve("m/20240101_name.up.[s]ql")).exists();
    }

    @Test
    void nameIsNotValidated() throws IOException {
        CreatedMigration created = creator().create(CreateRequest.forSequence("", "", "sql", 6));

        assertThat(created.up()).isEqualTo(base.resolve("000001_.up.sql"));
    }

    @Test
    void missingNameIsReportedFirst() {
        assertThatThrownBy(() -> CreateRequest.forSequence("", null, "", 0))
                .isInstanceOf(MigrationCreateException.class)
                .hasMessage("please specify name");
    }

    @Test
    void missingExtensionIsReported() {
        assertThatThrownBy(() -> CreateRequest.forSequence("", "name", "", 6))
                .isInstanceOf(MigrationCreateException.class)
                .hasMessage("-ext flag must be specified");
        assertThatThrownBy(() -> CreateRequest.forTimestamp("", "name", null, "1"))
                .hasMessage("-ext flag must be specified");
    }

    @Test
    void directoryThatIsAFileFails() throws IOException {
        write(base, List.of("file"));

        assertThatThrownBy(() -> creator().create(CreateRequest.forTimestamp("file", "n", "sql", "1")))
                .isInstanceOf(IOException.class);
    }

    @Test
    void directoryTheOsCannotRepresentFailsAsInGo() {
        assertThatThrownBy(() -> creator().create(CreateRequest.forTimestamp("bad\0dir", "n", "sql", "1")))
                .isInstanceOf(IOException.class)
                .hasMessage("mkdir bad\0dir: invalid argument");
    }

    private MigrationFileCreator creator() {
        return new MigrationFileCreator(base);
    }

    private static void write(Path dir, List<String> files) throws IOException {
        Files.createDirectories(dir);
        for (String file : files) {
            Files.createFile(dir.resolve(file));
        }
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.map(p -> p.getFileName().toString()).toList();
        }
    }
}
