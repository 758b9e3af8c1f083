package org.w3id.aigb.web;

import java.net.URI;
import java.util.Locale;

import org.w3id.aigb.AigbException;

/**
 * What the {@code serve} flags set. The data's IRIs never change: {@code /id/{path}} always answers
 * for {@code https://w3id.org/aigb/id/{path}}. {@link #base()} is the public address of this
 * deployment, used where a document must name it absolutely (VoID/DCAT endpoint and dump URLs);
 * links inside HTML pages are root-relative, so the pages work on any host.
 *
 * @param port            TCP port, 0 for any free one
 * @param bind            address to listen on
 * @param base            public URL of the deployment, without a trailing slash
 * @param timeoutMillis   per-query limit
 * @param maxRequestBytes largest request body accepted (SPARQL queries, every path but the profile endpoints)
 * @param maxProfileBytes largest profile accepted by the profile endpoints ({@code /profiles/…})
 */
public record ServerConfig(int port, String bind, String base, long timeoutMillis, long maxRequestBytes, long maxProfileBytes) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_BASE = "https://w3id.org/aigb";
    public static final long DEFAULT_TIMEOUT_MILLIS = 10_000;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 1_048_576;
    /** The profile endpoints take profiles up to 5 MB by default, like the command line (ProfileReader). */
    public static final long DEFAULT_MAX_PROFILE_BYTES = 5L * 1024 * 1024;

    public ServerConfig {
        if (port < 0 || port > 65_535)
            throw new AigbException.BadInput("usage", "--port must be between 0 and 65535, not " + port);
        if (bind == null || bind.isBlank())
            throw new AigbException.BadInput("usage", "--bind needs an address");
        base = checkBase(base);
        if (timeoutMillis <= 0)
            throw new AigbException.BadInput("usage", "--timeout must be positive");
        if (maxRequestBytes <= 0)
            throw new AigbException.BadInput("usage", "--max-request-bytes must be positive");
        if (maxProfileBytes <= 0)
            throw new AigbException.BadInput("usage", "--max-profile-bytes must be positive");
    }

    /** The configuration with the default cap on profiles. */
    public ServerConfig(int port, String bind, String base, long timeoutMillis, long maxRequestBytes) {
        this(port, bind, base, timeoutMillis, maxRequestBytes, DEFAULT_MAX_PROFILE_BYTES);
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, DEFAULT_BIND, DEFAULT_BASE, DEFAULT_TIMEOUT_MILLIS, DEFAULT_MAX_REQUEST_BYTES);
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, bind, base, timeoutMillis, maxRequestBytes, maxProfileBytes);
    }

    public ServerConfig withTimeoutMillis(long newTimeout) {
        return new ServerConfig(port, bind, base, newTimeout, maxRequestBytes, maxProfileBytes);
    }

    public ServerConfig withMaxRequestBytes(long newMax) {
        return new ServerConfig(port, bind, base, timeoutMillis, newMax, maxProfileBytes);
    }

    public ServerConfig withMaxProfileBytes(long newMax) {
        return new ServerConfig(port, bind, base, timeoutMillis, maxRequestBytes, newMax);
    }

    private static String checkBase(String base) {
        String b = base == null ? "" : base.strip();
        while (b.endsWith("/"))
            b = b.substring(0, b.length() - 1);
        try {
            URI uri = new URI(b);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null)
                return b;
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new AigbException.BadInput("usage", "--base must be an http(s) URL without query or fragment, not '" + base + "'");
    }
}
