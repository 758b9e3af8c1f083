package org.w3id.aigb.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.jena.graph.Node;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.format.Offers;
import org.w3id.aigb.graph.Dumps;
import org.w3id.aigb.vocab.Graphs;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /dumps/aigb.{ttl,nt,jsonld}}: the asserted graphs (ontology, guideline, cross-references)
 * in one file; {@code GET /dumps/graph/{name}.{ttl,nt,jsonld}}: one named graph the service serves
 * (those and the entailments, the example profiles, ...). The extension names the syntax; without
 * one ({@code /dumps/aigb}, {@code /dumps/graph/{name}}) the {@code Accept} header chooses it
 * ({@link Negotiation}) and {@code Content-Location} names the file served. Each is written by
 * {@link Dumps} on first request and then served from memory; the VoID description at
 * {@code /dataset} counts exactly these.
 */
final class ActionDumps extends PageServlet {
    /** The syntaxes served, Turtle first. */
    static final Offers OFFERS = Dumps.GRAPH_FORMATS;
    private static final Pattern MAIN = Pattern.compile("/aigb(?:\\.([a-z]+))?");
    private static final Pattern GRAPH = Pattern.compile("/graph/([a-z0-9-]+)(?:\\.([a-z]+))?");

    ActionDumps(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo();
        Matcher main = MAIN.matcher(name);
        Matcher graph = GRAPH.matcher(name);
        if (main.matches() && served(main.group(1))) {
            Format format = format(main.group(1), request, response);
            send(response, "aigb", format, site.dump(format), main.group(1) == null);
        } else if (graph.matches() && served(graph.group(2)) && site.kg().dataset().asDatasetGraph().containsGraph(Graphs.graph(graph.group(1)))) {
            Node g = Graphs.graph(graph.group(1));
            Format format = format(graph.group(2), request, response);
            send(response, graph.group(1), format, site.dump(g, format), graph.group(2) == null);
        } else {
            throw new AigbException.NotFound("no-such-dump", "No dump " + request.getRequestURI()
                    + "; there are /dumps/aigb.{ttl,nt,jsonld} and, for each named graph listed at /dataset, /dumps/graph/{name}.{ttl,nt,jsonld}"
                    + " (without an extension, the Accept header chooses)");
        }
    }

    /** No extension, or the extension of a syntax served. */
    private static boolean served(String extension) {
        return extension == null || OFFERS.formats().stream().anyMatch(f -> f.extension().equals(extension));
    }

    /** The syntax the extension names, or else the one the Accept header chooses. */
    private static Format format(String extension, HttpServletRequest request, HttpServletResponse response) {
        if (extension == null)
            return Negotiation.byAccept(request, response, OFFERS).format();
        return OFFERS.formats().stream().filter(f -> f.extension().equals(extension)).findFirst().orElseThrow();
    }

    private static void send(HttpServletResponse response, String baseName, Format format, byte[] body, boolean negotiated) {
        String fileName = baseName + "." + format.extension();
        response.setHeader("Content-Disposition", "inline; filename=\"" + fileName + "\"");
        if (negotiated)
            response.setHeader("Content-Location", fileName);
        Reply.bytes(response, format, body);
    }
}
