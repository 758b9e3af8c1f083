package org.w3id.aigb.web;

import java.net.URI;
import java.util.Locale;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;

/**
 * What the {@code serve} flags set. The data's IRIs never change: {@code /id/{path}} always answers
 * for {@code https://w3id.org/aigb/id/{path}}. {@link #base()} is the public address of this
 * deployment, used where a document must name it absolutely (VoID/DCAT endpoint and dump URLs);
 * links inside HTML pages are root-relative, so the pages work on any host.
 *
 * @param port   TCP port, 0 for any free one
 * @param bind   address to listen on
 * @param base   public URL of the deployment, without a trailing slash
 * @param limits every limit on requests and the work they ask for (body sizes, profile limits, time, answer size)
 */
public record ServerConfig(int port, String bind, String base, Limits limits) {
    public static final int DEFAULT_PORT = 3030;
    public static final String DEFAULT_BIND = "127.0.0.1";
    public static final String DEFAULT_BASE = "https://w3id.org/aigb";

    public ServerConfig {
        if (port < 0 || port > 65_535)
            throw new AigbException.Usage("--port must be between 0 and 65535, not " + port);
        if (bind == null || bind.isBlank())
            throw new AigbException.Usage("--bind needs an address");
        base = checkBase(base);
        if (limits == null)
            throw new AigbException.Usage("no limits given");
    }

    public static ServerConfig defaults() {
        return new ServerConfig(DEFAULT_PORT, DEFAULT_BIND, DEFAULT_BASE, Limits.defaults());
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(newPort, bind, base, limits);
    }

    public ServerConfig withBase(String newBase) {
        return new ServerConfig(port, bind, newBase, limits);
    }

    public ServerConfig withLimits(Limits newLimits) {
        return new ServerConfig(port, bind, base, newLimits);
    }

    /** This configuration with one limit changed (in the limit's base unit: bytes, a count, milliseconds). */
    public ServerConfig withLimit(Limits.Limit limit, long value) {
        return withLimits(limits.with(limit, value));
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
        throw new AigbException.Usage("--base must be an http(s) URL without query or fragment, not '" + base + "'");
    }
}
