package org.w3id.aigb.sys;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader that fetches nothing: titanium would otherwise fetch any remote
 * {@code @context} URL, and read {@code file:} URLs, while parsing untrusted input. aigb's own
 * published contexts are answered from the copies bundled in the jar; every other URL is refused.
 * Installed on RIOT's global context, so it covers every parse, Fuseki's included.
 */
public final class NoRemoteDocuments implements DocumentLoader {
    /** The context of company profiles, published at this IRI and bundled as a resource. */
    public static final String PROFILE_CONTEXT = "https://w3id.org/aigb/context/profile.jsonld";
    /** Start of the message of every refusal, so that callers can tell it from a syntax error. */
    public static final String REFUSED = "JSON-LD context not fetched";

    /** Published context IRI → classpath resource. */
    private static final Map<String, String> BUNDLED = Map.of(PROFILE_CONTEXT, "aigb/context/profile.jsonld");
    private static final Map<String, Document> PARSED = new ConcurrentHashMap<>();

    private NoRemoteDocuments() {}

    /** The loader, for a JSON-LD operation run outside a parse (framing, compaction). */
    public static DocumentLoader loader() {
        return new NoRemoteDocuments();
    }

    static void install() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(new NoRemoteDocuments());
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        String resource = BUNDLED.get(url.toString());
        if (resource == null)
            throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                    REFUSED + " (" + url + "): nothing is fetched; use " + PROFILE_CONTEXT + " or put the @context inline");
        Document doc = PARSED.get(resource);
        if (doc == null) {
            doc = parse(url, resource);
            PARSED.put(resource, doc);
        }
        return doc;
    }

    private static Document parse(URI url, String resource) throws JsonLdError {
        try (InputStream in = NoRemoteDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null)
                throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Bundled context " + resource + " is missing from the build");
            Document doc = JsonDocument.of(in);
            doc.setDocumentUrl(url);
            return doc;
        } catch (IOException e) {
            throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "Cannot read bundled context " + resource + ": " + e.getMessage());
        }
    }
}
