package org.w3id.aigb.profile;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.sys.AigbSystem;
import org.w3id.aigb.sys.NoRemoteDocuments;
import org.w3id.aigb.vocab.Prefixes;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;

/**
 * Writes a profile graph (as {@link ProfileReader} read it) back out for people and for the profile
 * builder, whatever syntax it came in:
 * <ul>
 * <li>{@link #jsonLd}: JSON-LD framed on the organisation and compacted with the published profile
 * context, the shape of the README's example: systems and measures nested in the organisation,
 * controlled values as their last IRI segment ({@code "activities": ["fine-tuning"]}), names as
 * {@code {"ja": …, "en": …}}, booleans as JSON booleans. Statements not reachable from the
 * organisation have no place in that tree: {@link Framed#omitted} counts them. Up to
 * {@link Limit#FRAMED_TRIPLES} statements.</li>
 * <li>{@link #turtle}: Turtle with the standard prefixes it uses.</li>
 * </ul>
 * Nothing is fetched: the context is aigb's bundled copy.
 */
public final class ProfileWriter {
    private static final Node ORGANIZATION = NodeFactory.createURI("http://www.w3.org/ns/org#Organization");
    private static final String XSD_BOOLEAN = "http://www.w3.org/2001/XMLSchema#boolean";
    private static final String FRAME = "{\"@context\": \"" + NoRemoteDocuments.PROFILE_CONTEXT + "\", \"@type\": \"Organization\"}";

    /** A framed profile, and how many statements of the graph it could not place under the organisation. */
    public record Framed(String json, long omitted) {}

    private ProfileWriter() {}

    /**
     * The profile framed as JSON-LD, if it has at most {@link Limit#FRAMED_TRIPLES} statements. JSON-LD
     * framing (titanium) grows faster than the profile: about 0.3 s for 1,000 statements and 1 s for
     * 3,000 once warm, over 60 s for 70,000. A profile a person edits in a form is far smaller (the
     * examples have 30 to 300); a larger one is refused rather than left to take the server's time.
     */
    public static Framed jsonLd(Graph profile, Limits limits) {
        AigbSystem.init();
        if (profile.size() > limits.get(Limit.FRAMED_TRIPLES))
            throw limits.exceeded(Limit.FRAMED_TRIPLES, "The profile has " + profile.size() + " statements, too many to frame as JSON-LD for the profile builder;"
                    + " ask for Turtle (Accept: text/turtle), or use the command line");
        try {
            JsonDocument input = JsonDocument.of((JsonStructure) nativeBooleans(expanded(profile)));
            JsonObject framed = JsonLd.frame(input, JsonDocument.of(new StringReader(FRAME)))
                    .loader(NoRemoteDocuments.loader()).get();
            return new Framed(pretty(framed), profile.size() - underOrganisations(profile));
        } catch (JsonLdError e) {
            throw new AigbException("json-ld-frame", "Cannot frame the profile as JSON-LD: " + e.getMessage(), e);
        }
    }

    /** Turtle, with the standard prefixes the profile uses and the profile's own ones (where they do not clash). */
    /**
     * The statements the framed tree holds: those about the organisations and every node reachable
     * from them (a value of {@code rdf:type} is a type, never a node of the tree).
     */
    private static long underOrganisations(Graph profile) {
        Set<Node> reached = new HashSet<>();
        Deque<Node> todo = new ArrayDeque<>();
        profile.find(Node.ANY, RDF.type.asNode(), ORGANIZATION).forEachRemaining(t -> todo.add(t.getSubject()));
        while (!todo.isEmpty()) {
            Node node = todo.pop();
            if (reached.add(node))
                profile.find(node, Node.ANY, Node.ANY).forEachRemaining(t -> {
                    if (!t.getObject().isLiteral() && !t.getPredicate().equals(RDF.type.asNode()))
                        todo.add(t.getObject());
                });
        }
        long count = 0;
        for (Node node : reached)
            count += profile.find(node, Node.ANY, Node.ANY).toList().size();
        return count;
    }

    public static String turtle(Graph profile) {
        Graph copy = GraphFactory.createDefaultGraph();
        GraphUtil.addInto(copy, profile);
        PrefixMapping prefixes = copy.getPrefixMapping().setNsPrefixes(Prefixes.usedIn(profile));
        profile.getPrefixMapping().getNsPrefixMap().forEach((prefix, ns) -> {
            if (prefixes.getNsPrefixURI(prefix) == null && prefixes.getNsURIPrefix(ns) == null)
                prefixes.setNsPrefix(prefix, ns);
        });
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(copy).format(RDFFormat.TURTLE_PRETTY).output(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    /** The graph as expanded JSON-LD, by Jena's writer (which keeps language tags and datatypes). */
    private static JsonStructure expanded(Graph profile) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFWriter.source(profile).format(RDFFormat.JSONLD11_FLAT).output(out);
        return Json.createReader(new StringReader(out.toString(StandardCharsets.UTF_8))).read();
    }

    /**
     * {@code {"@value": "true", "@type": xsd:boolean}} as {@code {"@value": true}}, what JSON-LD's
     * "use native types" does when converting from RDF, so booleans compact to JSON booleans.
     */
    private static JsonValue nativeBooleans(JsonValue value) {
        if (value instanceof JsonArray array) {
            JsonArrayBuilder b = Json.createArrayBuilder();
            array.forEach(v -> b.add(nativeBooleans(v)));
            return b.build();
        }
        if (!(value instanceof JsonObject object))
            return value;
        JsonValue type = object.get("@type");
        JsonValue lexical = object.get("@value");
        if (object.size() == 2 && type instanceof jakarta.json.JsonString t && isBoolean(t.getString())
                && lexical instanceof jakarta.json.JsonString v && (v.getString().equals("true") || v.getString().equals("false")))
            return Json.createObjectBuilder().add("@value", v.getString().equals("true")).build();
        JsonObjectBuilder b = Json.createObjectBuilder();
        object.forEach((k, v) -> b.add(k, nativeBooleans(v)));
        return b.build();
    }

    private static boolean isBoolean(String type) {
        return type.equals(XSD_BOOLEAN) || type.equals("xsd:boolean");
    }

    private static String pretty(JsonObject json) {
        StringWriter w = new StringWriter();
        Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(w).write(json);
        return w.toString().strip() + "\n";
    }
}
