import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongBinaryOperator;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.sys.AigbSystem;

/**
 * One engine of the A/B harness ({@code ObligationAB.java}): the knowledge graph, validator and
 * obligation engine of the jar this class is loaded with (each jar in a class loader of its own, so
 * two versions of the engine run side by side in one JVM). Only public API that both the previous
 * and the current code have: {@code GraphLoader.load}, {@code ProfileValidator.create},
 * {@code ObligationEngine.create(sources, kg, validator)}, {@code ObligationEngine.check}.
 * <p>
 * It crosses the class-loader boundary as a {@link LongBinaryOperator} (a JDK type both sides share):
 * {@code applyAsLong(profile, variant)} checks profile number {@code profile}; variant 0 is
 * {@code check} (validation + derivation), 1 is {@code check+json} (and the JSON answer written, as
 * {@code POST /profiles/obligations} does). It returns the number of derived triples (0 when the
 * profile does not conform), which the harness compares between the two engines.
 */
public class ObligationTask implements LongBinaryOperator {
    private final ObligationEngine engine;
    private final List<Graph> profiles = new ArrayList<>();
    private final long engineMillis;

    public ObligationTask(String[] files) {
        AigbSystem.init();
        Sources sources = Sources.classpath();
        KnowledgeGraph kg = GraphLoader.load(sources);
        long t0 = System.nanoTime();
        engine = ObligationEngine.create(sources, kg, ProfileValidator.create(sources, kg));
        engineMillis = (System.nanoTime() - t0) / 1_000_000;
        for (String f : files)
            profiles.add(new ProfileReader().read(Path.of(f)));
    }

    @Override
    public long applyAsLong(long profile, long variant) {
        Graph g = profiles.get((int) profile);
        if (variant == 1) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ObligationWriter w = new ObligationWriter(out, Format.JSON, false, true);
            ObligationEngine.Outcome o = engine.check(g);
            w.write(new ObligationWriter.Entry("bench", o));
            w.finish();
            return o.conforms() ? o.derivation().derived().size() : 0;
        }
        ObligationEngine.Outcome o = engine.check(g);
        return o.conforms() ? o.derivation().derived().size() : 0;
    }

    @Override
    public String toString() {
        return "engine built in " + engineMillis + " ms, " + engine.rules().rules().size() + " rule files";
    }
}
