package org.w3id.aigb.web;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Dumps;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /dumps/aigb.{ttl,nt,jsonld}}: the asserted graphs (ontology, guideline,
 * cross-references) in one file, written by {@link Dumps} on first request and then served from memory.
 */
final class ActionDumps extends PageServlet {
    ActionDumps(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        Dumps.Format format = switch (name) {
            case "/aigb.ttl" -> Dumps.Format.TTL;
            case "/aigb.nt" -> Dumps.Format.NT;
            case "/aigb.jsonld" -> Dumps.Format.JSONLD;
            default -> throw new AigbException.NotFound("no-such-dump", "No dump " + request.getRequestURI() + "; there are /dumps/aigb.ttl, /dumps/aigb.nt and /dumps/aigb.jsonld");
        };
        response.setHeader("Content-Disposition", "inline; filename=\"aigb." + format.extension() + "\"");
        Reply.bytes(response, format.mediaType(), site.dump(format));
    }
}
