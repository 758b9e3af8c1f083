package org.w3id.aigb.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.vocab.Graphs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /dumps/aigb.{ttl,nt,jsonld}}: the asserted graphs (ontology, guideline, cross-references)
 * in one file; {@code GET /dumps/graph/{name}.{ttl,nt,jsonld}}: one named graph the service serves
 * (those and the entailments, the example profiles, ...). Each is written by {@link Dumps} on first
 * request and then served from memory; the VoID description at {@code /dataset} counts exactly these.
 */
final class ActionDumps extends PageServlet {
    private static final Pattern MAIN = Pattern.compile("/aigb\\.(ttl|nt|jsonld)");
    private static final Pattern GRAPH = Pattern.compile("/graph/([a-z0-9-]+)\\.(ttl|nt|jsonld)");

    ActionDumps(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher main = MAIN.matcher(name);
        Matcher graph = GRAPH.matcher(name);
        if (main.matches()) {
            Dumps.Format format = Dumps.Format.of(main.group(1));
            send(response, "aigb." + format.extension(), format, site.dump(format));
        } else if (graph.matches() && site.kg().dataset().asDatasetGraph().containsGraph(Graphs.graph(graph.group(1)))) {
            Node g = Graphs.graph(graph.group(1));
            Dumps.Format format = Dumps.Format.of(graph.group(2));
            send(response, graph.group(1) + "." + format.extension(), format, site.dump(g, format));
        } else {
            throw new AigbException.NotFound("no-such-dump", "No dump " + request.getRequestURI()
                    + "; there are /dumps/aigb.{ttl,nt,jsonld} and, for each named graph listed at /dataset, /dumps/graph/{name}.{ttl,nt,jsonld}");
        }
    }

    private static void send(HttpServletResponse response, String fileName, Dumps.Format format, byte[] body) {
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        Reply.bytes(response, format.mediaType(), body);
    }
}
