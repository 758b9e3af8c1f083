package org.w3id.aigb.obligation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.vocab.Prefixes;

/**
 * The example profiles ({@code data/examples/profiles/*.ttl}) that conform, each with what the engine
 * derives for it, as one graph for the SPARQL endpoint: read and checked one by one through the same
 * path as a request ({@link ProfileReader}, {@link ObligationEngine#compare}), so one profile's facts
 * never reach another's derivation. Each profile is derived under the current edition (its checklist,
 * {@code aigb:underEdition} the current one) and the earlier one, with what the update changed for it
 * ({@code aigb:EditionDifference}); each derivation has a name-based IRI, the same at every start.
 */
public final class ExampleProfiles {
    public static final String FOLDER = "data/examples/profiles";

    private ExampleProfiles() {}

    /** The example profiles' files (not their expected results), in name order. */
    public static List<String> files(Sources sources) {
        return sources.list(FOLDER, ".ttl").stream().filter(ProfileReader::isProfileFileName).toList();
    }

    public static Graph derive(Sources sources, ObligationEngine engine) {
        Graph all = GraphFactory.createDefaultGraph();
        all.getPrefixMapping().setNsPrefixes(Prefixes.get());
        ProfileReader reader = new ProfileReader();
        for (String name : files(sources)) {
            Graph profile;
            try (InputStream in = sources.open(name)) {
                profile = reader.read(in, ProfileSyntax.TURTLE, name);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Node iri = ObligationEngine.nameBasedIri(name);
            if (!engine.comparesEditions()) { // a guideline of one edition (a test fixture): its derivation alone
                ObligationEngine.Outcome outcome = engine.check(profile, iri);
                if (outcome.conforms())
                    outcome.derivation().graph().find().forEach(all::add);
                continue;
            }
            ObligationEngine.Compared outcome = engine.compare(profile, iri);
            if (outcome.conforms())
                outcome.comparison().graph().find().forEach(all::add);
        }
        return all;
    }
}
