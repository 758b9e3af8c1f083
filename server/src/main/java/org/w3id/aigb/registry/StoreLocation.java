package org.w3id.aigb.registry;

import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;

import org.w3id.aigb.AigbException;

/**
 * Where the registry's store is, as {@code --store} names it: a directory for the embedded TDB2
 * database (the default, {@code ./aigb-store}), or {@code sparql:http://host:port/dataset} for a
 * shared SPARQL 1.1 store (query, update and Graph Store Protocol at that dataset URL, as Fuseki
 * serves them).
 */
public record StoreLocation(Path directory, URI endpoint) {
    public static final String DEFAULT = "aigb-store";
    public static final String SPARQL_PREFIX = "sparql:";

    public StoreLocation {
        if ((directory == null) == (endpoint == null))
            throw new IllegalArgumentException("a store location is a directory or an endpoint");
    }

    /** Parses a {@code --store} value. */
    public static StoreLocation parse(String value) {
        if (value == null || value.isBlank())
            throw new AigbException.BadInput("usage", "--store needs a directory or sparql:http://host:port/dataset");
        if (!value.startsWith(SPARQL_PREFIX))
            return new StoreLocation(Path.of(value), null);
        String url = value.substring(SPARQL_PREFIX.length());
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && uri.getQuery() == null && uri.getFragment() == null)
                return new StoreLocation(null, uri);
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        throw new AigbException.BadInput("usage", "--store sparql: needs the http(s) URL of a SPARQL dataset, e.g. sparql:http://localhost:3030/registry, not '" + value + "'");
    }

    public boolean isRemote() {
        return endpoint != null;
    }

    @Override
    public String toString() {
        return isRemote() ? SPARQL_PREFIX + endpoint : directory.toString();
    }
}
