package dev.jmigrate.lint;

import dev.jmigrate.source.MigrationFile;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** {@code invalid-utf8}: a migration file whose bytes are not valid UTF-8. */
final class InvalidUtf8Rule extends BaseRule implements FolderRule {
    InvalidUtf8Rule() {
        super("invalid-utf8", Severity.ERROR,
                "a migration file is not valid UTF-8, so its text reaches the database garbled or is refused");
    }

    @Override
    public void check(LintFolder folder, FolderReporter reporter) {
        for (MigrationFile file : folder.migrations()) {
            if (folder.script(file).isPresent()) {
                continue;
            }
            byte[] bytes = folder.content(file);
            int bad = firstMalformedByte(bytes);
            String valid = new String(bytes, 0, bad, StandardCharsets.UTF_8);
            int line = 1 + Suppressions.lineBreaks(valid);
            int lineStart = Math.max(valid.lastIndexOf('\n'), valid.lastIndexOf('\r')) + 1;
            int column = 1 + valid.codePointCount(lineStart, valid.length());
            if (line == 1 && valid.startsWith("\uFEFF")) {
                column--;
            }
            reporter.report(file.name(), line, column, String.format("byte 0x%02X at offset %d is not valid UTF-8",
                            bytes[bad] & 0xFF, bad),
                    "save the file as UTF-8 (for example iconv -f WINDOWS-1252 -t UTF-8 if it was written as"
                            + " Windows-1252 or Latin-1)");
        }
    }

    /** The offset of the first byte that does not start a valid UTF-8 sequence; the bytes are known to be invalid. */
    static int firstMalformedByte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return Math.min(in.position(), Math.max(0, bytes.length - 1));
    }
}
