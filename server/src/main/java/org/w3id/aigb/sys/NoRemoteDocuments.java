package org.w3id.aigb.sys;

import java.net.URI;

import org.apache.jena.riot.RIOT;
import org.apache.jena.riot.lang.LangJSONLD11;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.Document;
import com.apicatalog.jsonld.loader.DocumentLoader;
import com.apicatalog.jsonld.loader.DocumentLoaderOptions;

/**
 * A JSON-LD document loader that loads nothing: titanium would otherwise fetch any remote
 * {@code @context} URL, and read {@code file:} URLs, while parsing untrusted input. Installed on
 * RIOT's global context, so it covers every parse, Fuseki's included.
 */
final class NoRemoteDocuments implements DocumentLoader {
    private NoRemoteDocuments() {}

    static void install() {
        JsonLdOptions options = new JsonLdOptions();
        options.setDocumentLoader(new NoRemoteDocuments());
        RIOT.getContext().set(LangJSONLD11.JSONLD_OPTIONS, options);
    }

    @Override
    public Document loadDocument(URI url, DocumentLoaderOptions options) throws JsonLdError {
        throw new JsonLdError(JsonLdErrorCode.LOADING_REMOTE_CONTEXT_FAILED,
                "Remote JSON-LD contexts are not fetched (" + url + "): inline the @context in the document");
    }
}
