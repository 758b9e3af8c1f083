package org.w3id.aigb.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.AigbException;
import org.w3id.aigb.Limits;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileReportWriter;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.web.HttpErrors;

/**
 * Throws {@link ProfileMutator}'s cases at validation and obligations in process, through the path
 * the command line and the server take (read within the limits, validate, derive, write every
 * format): nothing may fail but with an error that maps to a client status, and every answer must
 * stay within the output bound. Run in its own JVM under {@code -Xmx512m} (the {@code fuzz}
 * execution of the build), so a heap that is not bounded fails the run. The report, with the seed,
 * the time and the heap, is in {@code target/fuzz/}.
 */
class ProfileFuzzTest {
    /** The output bound the README states: JSON, Markdown and HTML; RDF (the derivation graph) has its own. */
    static final long FACTOR = 16, RDF_FACTOR = 256, CONSTANT = 1L << 20;

    @Test
    void noCaseGetsAnythingButAClientErrorOrABoundedAnswer() {
        FuzzRun run = new FuzzRun("in-process", "aigb.fuzz.cases", 10_000);
        Limits limits = Limits.defaults();
        ProfileMutator mutator = new ProfileMutator(limits);
        ProfileValidator validator = ProfileValidator.create(Sources.classpath(), TestKG.get(), limits);
        ObligationEngine engine = ObligationEngine.create(Sources.classpath(), TestKG.get(), validator, limits);
        ProfileReader reader = new ProfileReader(limits);
        for (int i : run.indices()) {
            ProfileMutator.Case c = mutator.generate(run.seed, i);
            long start = System.nanoTime();
            try {
                Graph profile = reader.read(new ByteArrayInputStream(c.body()), c.syntax(), "fuzz");
                ObligationEngine.Outcome outcome = engine.check(profile);
                for (Format f : ProfileReportWriter.FORMATS.formats())
                    if (!f.isRdf() || i % 10 == 0)
                        ProfileReportWriter.write(List.of(new ProfileReportWriter.Named("fuzz", outcome.report())), f, new FuzzRun.Counter());
                for (Format f : ObligationWriter.FORMATS.formats()) {
                    if (f.isRdf() && i % 10 != 0)
                        continue; // the derivation graph written for one case in ten: the slowest writer, and the same graph each time
                    FuzzRun.Counter out = new FuzzRun.Counter();
                    ObligationWriter w = new ObligationWriter(out, f, false, true);
                    w.write(new ObligationWriter.Entry("fuzz", outcome));
                    w.finish();
                    long bound = (f.isRdf() ? RDF_FACTOR : FACTOR) * c.body().length + CONSTANT;
                    if (out.bytes > bound)
                        run.fail(c, f + " answer of " + out.bytes + " bytes is over the bound of " + bound);
                }
                run.count(outcome.conforms() ? "conforms" : "violations");
            } catch (AigbException e) {
                int status = HttpErrors.map(e, i).status();
                if (status >= 500)
                    run.fail(c, "HTTP " + status + ": " + e.code() + " " + e.getMessage());
                run.count(e.code());
            } catch (RuntimeException | Error e) {
                run.fail(c, "uncaught " + e);
                run.count("uncaught " + e.getClass().getSimpleName());
            }
            run.time(c, System.nanoTime() - start);
        }
        assertEquals(List.of(), run.failures(), run.report());
    }
}
