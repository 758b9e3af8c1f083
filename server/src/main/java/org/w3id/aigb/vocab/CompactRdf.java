package org.w3id.aigb.vocab;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriterRegistry;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.util.Context;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes an answer's graph as Turtle or JSON-LD with the standard prefixes and, for every IRI longer
 * than {@link #LONG_IRI} characters, a prefix of its own ({@code long1}, {@code long2}, …), so that
 * such an IRI is written in full once, however many of the answer's triples name it. An answer that
 * names a profile's resources in every result (a derivation, a validation report) then grows with
 * the number of results, not with the results times the length of an IRI that the profile itself
 * wrote once, behind a prefix or a base.
 * <p>
 * In Turtle the prefix is the whole IRI ({@code long1:}). JSON-LD cannot compact an IRI to a prefix
 * with nothing after it, and uses a term as a prefix only if its IRI ends with {@code /}, {@code #}
 * or another delimiter, or if it says {@code "@prefix": true}: there the term is the IRI but its last
 * character, flagged so ({@code "long1:x"}), which needs the context written here rather than Jena's.
 * A prefix of the graph that would also abbreviate a long IRI is left out ({@link #shortPrefixes}).
 */
public final class CompactRdf {
    /** IRIs longer than this get a prefix of their own. */
    public static final int LONG_IRI = 100;
    private static final String PREFIX = "long";

    private CompactRdf() {}

    /** {@code graph} as Turtle (pretty, with its own prefixes and those of its long IRIs). */
    public static void turtle(OutputStream out, Graph graph) {
        TreeSet<String> longIris = longIris(graph);
        if (longIris.isEmpty()) {
            RDFDataMgr.write(out, graph, RDFFormat.TURTLE_PRETTY);
            return;
        }
        PrefixMap prefixes = PrefixMapFactory.create(shortPrefixes(graph, longIris));
        int n = 0;
        for (String iri : longIris)
            prefixes.add(PREFIX + ++n, iri);
        RDFWriterRegistry.getWriterGraphFactory(RDFFormat.TURTLE_PRETTY).create(RDFFormat.TURTLE_PRETTY).write(out, graph, prefixes, null, Context.emptyContext());
    }

    /** {@code graph} as compacted JSON-LD 1.1; Jena's writer when no IRI is long, else a context of its own. */
    public static void jsonLd(OutputStream out, Graph graph) {
        TreeSet<String> longIris = longIris(graph);
        if (longIris.isEmpty()) {
            RDFDataMgr.write(out, graph, RDFFormat.JSONLD11_PRETTY);
            return;
        }
        JsonObjectBuilder context = Json.createObjectBuilder().add("@version", 1.1);
        shortPrefixes(graph, longIris).forEach(context::add);
        int n = 0;
        for (String iri : longIris)
            // the IRI but its last character (a code point: an IRI may end with a character outside the BMP)
            context.add(PREFIX + ++n, Json.createObjectBuilder().add("@id", iri.substring(0, iri.offsetByCodePoints(iri.length(), -1))).add("@prefix", true));
        try {
            JsonArray expanded = JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph)))).get();
            JsonObject compacted = JsonLd.compact(JsonDocument.of(expanded), JsonDocument.of(Json.createObjectBuilder().add("@context", context).build())).get();
            Map<String, Object> config = new LinkedHashMap<>();
            config.put(JsonGenerator.PRETTY_PRINTING, true);
            // the writer's close would close the caller's stream: it is only flushed
            var writer = Json.createWriterFactory(config).createWriter(new FilterOutputStream(out) {
                @Override
                public void write(byte[] b, int off, int len) throws IOException {
                    out.write(b, off, len);
                }

                @Override
                public void close() throws IOException {
                    flush();
                }
            });
            writer.write(compacted);
            writer.close();
            out.write('\n');
            out.flush();
        } catch (JsonLdError e) {
            throw new IllegalStateException("JSON-LD compaction of an answer failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The graph's prefixes but those that would also abbreviate a long IRI: a writer may prefer
     * {@code ex:xxx…} (Jena's Turtle writer whenever the rest is a valid local name, titanium's JSON-LD
     * compaction whenever the prefix sorts first) and write the long IRI in full every time again.
     */
    static Map<String, String> shortPrefixes(Graph graph, TreeSet<String> longIris) {
        Map<String, String> out = new LinkedHashMap<>();
        graph.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
            String next = longIris.ceiling(ns);
            if (next == null || !next.startsWith(ns))
                out.put(prefix, ns);
        });
        return out;
    }

    /** The IRIs of {@code graph} (in any position) longer than {@link #LONG_IRI}, in a stable order. */
    static TreeSet<String> longIris(Graph graph) {
        TreeSet<String> out = new TreeSet<>();
        graph.find().forEachRemaining(t -> {
            for (Node n : new Node[] { t.getSubject(), t.getPredicate(), t.getObject() })
                if (n.isURI() && n.getURI().length() > LONG_IRI)
                    out.add(n.getURI());
        });
        return out;
    }
}
