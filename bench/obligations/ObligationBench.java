import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

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
 * In-process benchmark of the obligations path (a plain timed harness, compiled with
 * bench/profile-validation/ProfileValidationBench.java, whose timing helpers it uses, and run with the
 * jar on the class path: see bench/obligations/run.sh): for each profile given, after warm-up, one at a time,
 *   validate        - ProfileValidator alone (for reference);
 *   check           - validation + role classification + applicability (ObligationEngine.check);
 *   check+json      - the same, and the JSON written (what POST /profiles/obligations does);
 * and check from all cores at once (throughput).
 * Usage: java -cp aigb.jar:CLASSES ObligationBench [--warmup N] [--runs N] PROFILE.ttl...
 *        java -cp aigb.jar:CLASSES ObligationBench --generate DIR COUNT   (COUNT varied profiles for the batch run)
 */
public class ObligationBench {
    public static void main(String[] args) throws Exception {
        if (args.length == 3 && args[0].equals("--generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]));
            return;
        }
        int warmup = Integer.parseInt(ProfileValidationBench.option(args, "--warmup", "2000"));
        int runs = Integer.parseInt(ProfileValidationBench.option(args, "--runs", "3000"));
        AigbSystem.init();
        Sources sources = Sources.classpath();
        KnowledgeGraph kg = GraphLoader.load(sources);
        long t0 = System.nanoTime();
        ProfileValidator validator = ProfileValidator.create(sources, kg);
        ObligationEngine engine = ObligationEngine.create(sources, kg, validator);
        System.out.printf(Locale.ROOT, "# %s %s, %d cores; knowledge graph %d triples; engine built in %d ms; %d rules%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                kg.size(), (System.nanoTime() - t0) / 1_000_000, engine.rules().rules().size());
        for (String file : positionals(args)) {
            Graph profile = new ProfileReader().read(Path.of(file));
            ObligationEngine.Outcome o = engine.check(profile);
            org.w3id.aigb.checklist.ChecklistView v = o.conforms() ? org.w3id.aigb.checklist.ChecklistView.of(o) : null;
            System.out.printf(Locale.ROOT, "# %s: %d triples; conforms=%s; %d derived triples, %d roles, %d applicable, %d undecided%n",
                    Path.of(file).getFileName(), profile.size(), o.conforms(), o.conforms() ? o.derivation().derived().size() : 0,
                    v == null ? 0 : v.roles().size(), v == null ? 0 : v.flat().size(), v == null ? 0 : v.undecided().size());
            System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s %10s%n", "variant", "p50 ms", "p90 ms", "p99 ms", "mean ms", "per s (1)");
            ProfileValidationBench.run("validate", warmup, runs, i -> validator.validate(profile));
            ProfileValidationBench.run("check", warmup, runs, i -> engine.check(profile));
            ProfileValidationBench.run("check+json", warmup, runs, i -> {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                ObligationWriter w = new ObligationWriter(out, Format.JSON, false, true);
                w.write(new ObligationWriter.Entry("bench", engine.check(profile)));
                w.finish();
                return out;
            });
            int threads = Runtime.getRuntime().availableProcessors();
            ProfileValidationBench.throughput("check x" + threads, threads, runs, () -> engine.check(profile));
        }
    }

    static List<String> positionals(String[] args) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].startsWith("--")) {
                i++;
                continue;
            }
            out.add(args[i]);
        }
        return out;
    }

    private static final String[] ACTIVITIES = { "data-collection-and-preprocessing", "pre-training", "fine-tuning", "alignment-tuning",
            "model-verification", "api-specification", "api-integration", "rag-construction", "system-provision", "operation-and-monitoring",
            "business-use", "code-generation-assisted-development" };
    private static final String[] TYPES = { "generative-ai", "text-generation-ai", "code-generation-ai", "ai-agent", "physical-ai", "conventional-ai" };
    private static final String[] NOTES = { "P-2-i-human-judgment", "P-2-i-tool-whitelist", "P-6-i-rag-source-citation", "U-2-i-human-judgment", "P-4-i" };

    /** Writes COUNT varied, conforming profiles (1 to 3 systems with random activities, types and facts), deterministically. */
    static void generate(Path dir, int count) throws IOException {
        Files.createDirectories(dir);
        Random random = new Random(20261126);
        for (int n = 0; n < count; n++) {
            StringBuilder t = new StringBuilder("""
                    PREFIX aigb: <https://w3id.org/aigb/ontology#>
                    PREFIX org: <http://www.w3.org/ns/org#>
                    PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                    PREFIX activity: <https://w3id.org/aigb/id/activity/>
                    PREFIX aitype: <https://w3id.org/aigb/id/ai-type/>
                    PREFIX status: <https://w3id.org/aigb/id/measure-status/>
                    PREFIX orgkind: <https://w3id.org/aigb/id/organisation-kind/>
                    """);
            t.append("PREFIX ex: <https://example.org/batch/").append(n).append("#>\n");
            t.append("ex:org a org:Organization ; skos:prefLabel \"組織").append(n).append("\"@ja ; aigb:organisationKind orgkind:company");
            if (random.nextBoolean())
                t.append(" ;\n  aigb:hasMeasure [ aigb:addressesCode \"").append(NOTES[random.nextInt(NOTES.length)])
                        .append("\" ; aigb:measureStatus status:").append(random.nextBoolean() ? "implemented" : "planned").append(" ]");
            t.append(" .\n");
            int systems = 1 + random.nextInt(3);
            for (int k = 0; k < systems; k++) {
                t.append("ex:org aigb:hasAISystem ex:s").append(k).append(" .\nex:s").append(k).append(" a aigb:AISystem ; skos:prefLabel \"システム")
                        .append(k).append("\"@ja ;\n  aigb:hasActivity activity:").append(ACTIVITIES[random.nextInt(ACTIVITIES.length)]);
                for (int a = random.nextInt(3); a > 0; a--)
                    t.append(" , activity:").append(ACTIVITIES[random.nextInt(ACTIVITIES.length)]);
                if (random.nextInt(4) > 0)
                    t.append(" ;\n  aigb:hasAIType aitype:").append(TYPES[random.nextInt(TYPES.length)]);
                if (random.nextBoolean())
                    t.append(" ;\n  aigb:actsOn [ a aigb:ExternalSystem ; skos:prefLabel \"CRM\"@en ]");
                if (random.nextInt(3) == 0)
                    t.append(" ;\n  aigb:isAdvancedAISystem ").append(random.nextBoolean());
                t.append(" .\n");
            }
            Files.writeString(dir.resolve(String.format(Locale.ROOT, "profile-%05d.ttl", n)), t.toString());
        }
    }
}
