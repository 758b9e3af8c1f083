package org.w3id.aigb.registry;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;

/**
 * The graphs of one version, stored together as one gzip-compressed N-Quads document (the value of
 * {@code aigb:versionGraphs}): the profile as parsed, its SHACL validation report and the derived
 * results. One document, because the three share blank nodes (a measure written as
 * {@code [ a aigb:DeclaredMeasure ]} is the focus of a report entry and the measure of a derived
 * result); apart, they would lose the link.
 * <p>
 * Why a document and not quads in the store: a version is immutable and always read whole, and a
 * derivation is about a thousand triples. Written as quads, TDB2 took about 140 ms and 14 MB of
 * file growth per version (every commit copies the index blocks it touches); as one value, the
 * record of a version is a few dozen triples (measured in docs/benchmarks.md). What the reviewers
 * filter on is kept as triples beside it (queries/registry/version-summary.rq), and a published
 * version's graphs become triples of the public graph.
 */
public record VersionGraphs(Graph profile, Graph report, Graph derived) {
    /** Names of the three graphs in the document (queries/registry/public-version.rq reads them too). */
    static final Node PROFILE = NodeFactory.createURI("urn:x-aigb:version:profile");
    static final Node REPORT = NodeFactory.createURI("urn:x-aigb:version:report");
    static final Node DERIVED = NodeFactory.createURI("urn:x-aigb:version:derived");

    public byte[] encode() {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        dsg.addGraph(PROFILE, profile);
        dsg.addGraph(REPORT, report);
        dsg.addGraph(DERIVED, derived);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            RDFDataMgr.write(gz, dsg, Lang.NQUADS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static VersionGraphs decode(byte[] encoded) {
        DatasetGraph dsg = DatasetGraphFactory.createGeneral();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(encoded))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(dsg);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new VersionGraphs(copy(dsg, PROFILE), copy(dsg, REPORT), copy(dsg, DERIVED));
    }

    private static Graph copy(DatasetGraph dsg, Node name) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        dsg.getGraph(name).find().forEachRemaining(g::add);
        return g;
    }

    /** A gzip-compressed N-Triples document of one graph (a published version's public document). */
    public static byte[] encodeGraph(Graph graph) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bytes)) {
            RDFDataMgr.write(gz, graph, Lang.NTRIPLES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static Graph decodeGraph(byte[] encoded) {
        Graph g = org.apache.jena.sparql.graph.GraphFactory.createDefaultGraph();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(encoded))) {
            RDFParser.source(in).lang(Lang.NTRIPLES).parse(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return g;
    }
}
