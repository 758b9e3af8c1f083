package org.w3id.aigb.registry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Access tokens: {@code aigb.<id>.<secret>}, where the id (64 random bits, hexadecimal) names the
 * token in the store, the audit trail and {@code registry revoke}, and the secret is 256 random bits
 * (base64url). The store keeps only the SHA-256 of the secret.
 * <p>
 * Why a plain SHA-256 and not a password hash (bcrypt, Argon2): those slow down guessing a
 * low-entropy password; a 256-bit random secret cannot be guessed however fast the hash, and a
 * slow hash would cost every request milliseconds. The hashes are compared with
 * {@link MessageDigest#isEqual} (constant time), and a token is never logged: only its id is.
 */
public final class Tokens {
    public static final String PREFIX = "aigb";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern FORMAT = Pattern.compile("aigb\\.([0-9a-f]{16})\\.([A-Za-z0-9_-]{43})");
    /** Compared against when the id is unknown, so an unknown id costs the same as a wrong secret. */
    private static final byte[] DUMMY = new byte[32];

    /** A token as issued: its id and the whole string (shown once). */
    public record Issued(String id, String token, String hash) {}

    /** A presented token split into its parts (not yet checked). */
    public record Presented(String id, String secret) {}

    private Tokens() {}

    public static Issued issue() {
        byte[] id = new byte[8];
        byte[] secret = new byte[32];
        RANDOM.nextBytes(id);
        RANDOM.nextBytes(secret);
        String idHex = HexFormat.of().formatHex(id);
        String secretText = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        return new Issued(idHex, PREFIX + "." + idHex + "." + secretText, hash(secretText));
    }

    /** The parts of a token string, or null when it is not one (wrong shape: refused like a wrong token). */
    public static Presented parse(String token) {
        if (token == null)
            return null;
        var m = FORMAT.matcher(token);
        return m.matches() ? new Presented(m.group(1), m.group(2)) : null;
    }

    /** Hexadecimal SHA-256 of a secret. */
    public static String hash(String secret) {
        return HexFormat.of().formatHex(sha256(secret.getBytes(StandardCharsets.US_ASCII)));
    }

    /** Whether the secret's hash is the stored one, in time independent of where they differ; {@code storedHash} may be null (unknown id). */
    public static boolean matches(String secret, String storedHash) {
        byte[] presented = sha256(secret.getBytes(StandardCharsets.US_ASCII));
        byte[] stored = storedHash == null ? DUMMY : parseHex(storedHash);
        return MessageDigest.isEqual(presented, stored) && storedHash != null;
    }

    private static byte[] parseHex(String hex) {
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return DUMMY;
        }
    }

    public static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
