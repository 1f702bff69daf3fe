package dev.jmigrate.database.mysql;

import dev.jmigrate.database.DatabaseUrlException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A client certificate and key given as PEM files ({@code x-tls-cert}, {@code x-tls-key}, as Go's
 * {@code tls.LoadX509KeyPair} reads them: PKCS#8, PKCS#1 RSA or SEC 1 EC keys, unencrypted) turned into the
 * PKCS#12 key store that Connector/J needs. The store lives in a temporary file readable only by its owner,
 * protected by a random password kept in memory, and is deleted by {@link #close()} once the connection is made.
 */
final class MySqlClientKeyStore implements AutoCloseable {
    private static final Pattern PEM = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]+)-----\\s*([A-Za-z0-9+/=\\s]*?)-----END \\1-----");
    private static final byte[] RSA_ALGORITHM = der(0x30, concat(der(0x06, hex("2a864886f70d010101")), der(0x05, new byte[0])));
    private static final byte[] EC_PUBLIC_KEY_OID = der(0x06, hex("2a8648ce3d0201"));
    private static final String[] ALGORITHMS = {"RSA", "EC", "Ed25519", "Ed448", "DSA"};

    private final Path file;
    private final char[] password;

    private MySqlClientKeyStore(Path file, char[] password) {
        this.file = file;
        this.password = password;
    }

    /**
     * Reads the PEM files and writes the key store.
     *
     * @throws DatabaseUrlException when a file cannot be read or holds no usable certificate or key
     */
    static MySqlClientKeyStore create(String certFile, String keyFile) {
        Certificate[] chain = certificates(certFile);
        PrivateKey key = privateKey(keyFile);
        char[] password = randomPassword();
        Path file = null;
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("client", key, password, chain);
            file = ownerOnlyTempFile();
            try (OutputStream out = Files.newOutputStream(file)) {
                store.store(out, password);
            }
            return new MySqlClientKeyStore(file, password);
        } catch (GeneralSecurityException | IOException e) {
            deleteQuietly(file);
            throw new DatabaseUrlException("cannot combine x-tls-cert and x-tls-key into a key store: " + e.getMessage()
                    + "; check that the key belongs to the certificate");
        }
    }

    /** Points Connector/J at the key store. */
    void apply(Properties props) {
        props.setProperty("keyStore", file.toString());
        props.setProperty("keyStorePassword", new String(password));
        props.setProperty("keyStoreType", "PKCS12");
    }

    @Override
    public void close() {
        deleteQuietly(file);
        Arrays.fill(password, '\0');
    }

    private static Certificate[] certificates(String certFile) {
        byte[] pem = read(certFile, "x-tls-cert");
        try {
            Collection<? extends Certificate> certs = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(pem));
            if (certs.isEmpty()) {
                throw new DatabaseUrlException("x-tls-cert " + certFile + " holds no certificate");
            }
            return certs.toArray(new Certificate[0]);
        } catch (GeneralSecurityException e) {
            throw new DatabaseUrlException("x-tls-cert " + certFile + " holds no PEM certificate: " + e.getMessage());
        }
    }

    private static PrivateKey privateKey(String keyFile) {
        String text = new String(read(keyFile, "x-tls-key"), StandardCharsets.US_ASCII);
        Matcher m = PEM.matcher(text);
        while (m.find()) {
            String type = m.group(1);
            byte[] der;
            try {
                der = Base64.getMimeDecoder().decode(m.group(2));
            } catch (IllegalArgumentException e) {
                continue;
            }
            byte[] pkcs8 = switch (type) {
                case "PRIVATE KEY" -> der;
                case "RSA PRIVATE KEY" -> pkcs8(RSA_ALGORITHM, der);
                case "EC PRIVATE KEY" -> pkcs8(der(0x30, concat(EC_PUBLIC_KEY_OID, curveOf(der, keyFile))), der);
                case "ENCRYPTED PRIVATE KEY" -> throw new DatabaseUrlException("x-tls-key " + keyFile
                        + " is encrypted; decrypt it first, e.g. openssl pkcs8 -in key.pem -out plain.pem");
                default -> null;
            };
            if (pkcs8 != null) {
                return decode(pkcs8, keyFile);
            }
        }
        throw new DatabaseUrlException("x-tls-key " + keyFile + " holds no PEM private key (BEGIN PRIVATE KEY,"
                + " BEGIN RSA PRIVATE KEY or BEGIN EC PRIVATE KEY)");
    }

    private static PrivateKey decode(byte[] pkcs8, String keyFile) {
        for (String algorithm : ALGORITHMS) {
            try {
                return KeyFactory.getInstance(algorithm).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
            } catch (GeneralSecurityException | RuntimeException e) {
                // not this algorithm; try the next
            }
        }
        throw new DatabaseUrlException("x-tls-key " + keyFile + " holds a private key of a kind Java cannot read");
    }

    /** The named-curve parameter ({@code [0] OID}) of a SEC 1 {@code ECPrivateKey}. */
    private static byte[] curveOf(byte[] sec1, String keyFile) {
        int i = headerLength(sec1, 0);
        while (i < sec1.length) {
            int tag = sec1[i] & 0xFF;
            int header = headerLength(sec1, i);
            int length = contentLength(sec1, i);
            if (tag == 0xA0) {
                return Arrays.copyOfRange(sec1, i + header, i + header + length);
            }
            i += header + length;
        }
        throw new DatabaseUrlException("x-tls-key " + keyFile + " is an EC key without a named curve; convert it with"
                + " openssl pkcs8 -topk8 -nocrypt");
    }

    private static int headerLength(byte[] der, int at) {
        int first = der[at + 1] & 0xFF;
        return first < 0x80 ? 2 : 2 + (first & 0x7F);
    }

    private static int contentLength(byte[] der, int at) {
        int first = der[at + 1] & 0xFF;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int k = 0; k < (first & 0x7F); k++) {
            length = (length << 8) | (der[at + 2 + k] & 0xFF);
        }
        return length;
    }

    private static byte[] pkcs8(byte[] algorithm, byte[] key) {
        return der(0x30, concat(der(0x02, new byte[] {0}), algorithm, der(0x04, key)));
    }

    private static byte[] der(int tag, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = content.length;
        if (n < 0x80) {
            out.write(n);
        } else {
            int bytes = n > 0xFFFFFF ? 4 : n > 0xFFFF ? 3 : n > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int k = bytes - 1; k >= 0; k--) {
                out.write((n >>> (8 * k)) & 0xFF);
            }
        }
        out.writeBytes(content);
        return out.toByteArray();
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] hex(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int k = 0; k < bytes.length; k++) {
            bytes[k] = (byte) Integer.parseInt(hex.substring(2 * k, 2 * k + 2), 16);
        }
        return bytes;
    }

    private static byte[] read(String file, String parameter) {
        try {
            return Files.readAllBytes(Path.of(file));
        } catch (IOException | RuntimeException e) {
            throw new DatabaseUrlException(parameter + " file " + file + " cannot be read: " + e);
        }
    }

    private static char[] randomPassword() {
        SecureRandom random = new SecureRandom();
        char[] password = new char[32];
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        for (int k = 0; k < password.length; k++) {
            password[k] = alphabet.charAt(random.nextInt(alphabet.length()));
        }
        return password;
    }

    private static Path ownerOnlyTempFile() throws IOException {
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return Files.createTempFile("jmigrate-mysql-client-", ".p12",
                    PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Path file = Files.createTempFile("jmigrate-mysql-client-", ".p12");
        file.toFile().deleteOnExit();
        return file;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }
}
