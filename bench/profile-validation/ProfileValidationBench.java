import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.aigb.graph.KnowledgeGraph;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.load.GraphLoader;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.profile.ProfileSyntax;
import org.w3id.aigb.profile.ProfileValidator;
import org.w3id.aigb.query.QueryLibrary;
import org.w3id.aigb.sys.AigbSystem;

/**
 * In-process profile-validation benchmark (a plain timed harness, run with the jar on the class path:
 * see bench/profile-validation/run.sh). Compares, in the same JVM and on the same ~200-triple profile:
 *   validator  - ProfileValidator: shapes parsed once, the profile validated as a union view over it
 *                and the facts extracted once from the knowledge graph;
 *   naive      - the shapes parsed again for each profile (the same union view);
 *   copy-kg    - shapes parsed once, but the whole knowledge graph copied with the profile for each one;
 *   read+validate - the validator path plus parsing the Turtle text of the profile.
 * Options: --stub FILE (Turtle added to the knowledge graph for the run: facts a profile refers to that it lacks),
 *          --warmup N, --runs N (per variant), --systems K (size of the generated profile),
 *          --print-profile (write the generated profile and stop).
 */
public class ProfileValidationBench {
    public static void main(String[] args) throws Exception {
        String stub = option(args, "--stub", null);
        int warmup = Integer.parseInt(option(args, "--warmup", "2000"));
        int runs = Integer.parseInt(option(args, "--runs", "3000"));
        int systems = Integer.parseInt(option(args, "--systems", "7"));

        if (Arrays.asList(args).contains("--print-profile")) {
            System.out.print(profile(systems));
            return;
        }
        AigbSystem.init();
        Sources sources = Sources.classpath();
        KnowledgeGraph kg = GraphLoader.load(sources);
        Graph kgGraph = kg.dataset().asDatasetGraph().getDefaultGraph();
        if (stub != null)
            kgGraph = new Union(kgGraph, RDFParser.source(Path.of(stub)).toGraph());
        Dataset dataset = DatasetFactory.wrap(ModelFactory.createModelForGraph(kgGraph));

        long t0 = System.nanoTime();
        ProfileValidator validator = ProfileValidator.create(sources, dataset);
        long buildMs = (System.nanoTime() - t0) / 1_000_000;

        String turtle = profile(systems);
        Graph profile = new ProfileReader().read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "bench");
        String shapesText = sources.read(ProfileValidator.SHAPES), boundaryText = sources.read(ProfileValidator.BOUNDARY_SHAPES);
        Graph reference;
        try (QueryExecution qe = QueryExecution.dataset(dataset).query(new QueryLibrary(sources, "queries/profile").get("reference").query()).build()) {
            reference = qe.execConstruct().getGraph();
        }
        Shapes shapesOnce = Shapes.parse(RDFParser.fromString(shapesText, Lang.TURTLE).toGraph());
        Shapes boundaryOnce = Shapes.parse(RDFParser.fromString(boundaryText, Lang.TURTLE).toGraph());
        Graph whole = kgGraph;

        System.out.printf(Locale.ROOT, "# %s, %d cores, %s%n", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        System.out.printf(Locale.ROOT, "# knowledge graph %d triples; reference facts %d triples; validator built in %d ms%n",
                whole.size(), validator.referenceSize(), buildMs);
        System.out.printf(Locale.ROOT, "# profile: %d triples, %d AI systems; report: %d results (conforms=%s)%n",
                profile.size(), systems, validator.validate(profile).entries().size(), validator.validate(profile).conforms());
        System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s %10s%n", "variant", "p50 ms", "p90 ms", "p99 ms", "mean ms", "per s (1)");

        run("validator", warmup, runs, i -> validator.validate(profile));
        run("read+validate", warmup, runs, i -> validator.validate(new ProfileReader()
                .read(new ByteArrayInputStream(turtle.getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "bench")));
        run("naive", warmup / 4, runs / 4, i -> {
            Shapes s = Shapes.parse(RDFParser.fromString(shapesText, Lang.TURTLE).toGraph());
            Shapes b = Shapes.parse(RDFParser.fromString(boundaryText, Lang.TURTLE).toGraph());
            ShaclValidator.get().validate(b, profile);
            return ShaclValidator.get().validate(s, new Union(profile, reference));
        });
        run("copy-kg", Math.max(10, warmup / 40), Math.max(20, runs / 40), i -> {
            Graph copy = GraphFactory.createDefaultGraph();
            whole.find().forEach(copy::add);
            profile.find().forEach(copy::add);
            ShaclValidator.get().validate(boundaryOnce, profile);
            return ShaclValidator.get().validate(shapesOnce, copy);
        });
        int threads = Runtime.getRuntime().availableProcessors();
        throughput("validator x" + threads, threads, runs, () -> validator.validate(profile));
    }

    static void run(String name, int warmup, int runs, Function<Integer, Object> task) {
        for (int i = 0; i < warmup; i++)
            task.apply(i);
        long[] ns = new long[runs];
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long s = System.nanoTime();
            task.apply(i);
            ns[i] = System.nanoTime() - s;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Arrays.sort(ns);
        System.out.printf(Locale.ROOT, "%-16s %8.2f %8.2f %8.2f %8.2f %10.0f%n", name, ms(ns, 0.50), ms(ns, 0.90), ms(ns, 0.99),
                Arrays.stream(ns).average().orElse(0) / 1e6, runs / seconds);
    }

    static void throughput(String name, int threads, int runs, java.util.concurrent.Callable<Object> task) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < runs / 2; i++)
            pool.submit(task).get();
        long start = System.nanoTime();
        List<Future<Object>> all = new ArrayList<>();
        for (int i = 0; i < runs; i++)
            all.add(pool.submit(task));
        for (Future<Object> f : all)
            f.get();
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "%-16s %8s %8s %8s %8s %10.0f%n", name, "-", "-", "-", "-", runs / seconds);
    }

    static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.floor(q * sorted.length))] / 1e6;
    }

    static String option(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++)
            if (args[i].equals(name))
                return args[i + 1];
        return fallback;
    }

    /** A realistic profile: an organisation with K AI systems (agents, RAG, physical AI) and measures. */
    static String profile(int systems) {
        StringBuilder t = new StringBuilder("""
                PREFIX aigb: <https://w3id.org/aigb/ontology#>
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX activity: <https://w3id.org/aigb/id/activity/>
                PREFIX aitype: <https://w3id.org/aigb/id/ai-type/>
                PREFIX users: <https://w3id.org/aigb/id/user-group/>
                PREFIX origin: <https://w3id.org/aigb/id/model-origin/>
                PREFIX note: <https://w3id.org/aigb/id/note/>
                PREFIX status: <https://w3id.org/aigb/id/measure-status/>
                PREFIX role: <https://w3id.org/aigb/id/role/>
                PREFIX orgkind: <https://w3id.org/aigb/id/organisation-kind/>
                PREFIX ex: <https://example.org/bench#>
                ex:org a org:Organization ; skos:prefLabel "ベンチ株式会社"@ja , "Bench Co."@en ;
                    aigb:corporateNumber "9234567890123" ; aigb:organisationKind orgkind:company ;
                    aigb:claimsRole role:AIDeveloper , role:AIProvider , role:AIBusinessUser ;
                    aigb:hasMeasure [ aigb:addresses note:P-2-i-human-judgment ; aigb:measureStatus status:implemented ;
                                      aigb:evidence "承認を要する"@ja ] ,
                                    [ aigb:addresses note:P-2-i-tool-whitelist ; aigb:measureStatus status:implemented ] ,
                                    [ aigb:addressesCode "P-5-i-least-privilege" ; aigb:measureStatus status:planned ] .
                """);
        for (int k = 0; k < systems; k++) {
            t.append("ex:org aigb:hasAISystem ex:s").append(k).append(" .\n");
            t.append("ex:s").append(k).append(" a aigb:AISystem ; skos:prefLabel \"システム").append(k).append("\"@ja , \"System ").append(k).append("\"@en ;\n")
                    .append("  aigb:hasActivity activity:fine-tuning , activity:rag-construction , activity:system-provision , activity:business-use ;\n")
                    .append("  aigb:hasAIType aitype:generative-ai , aitype:ai-agent ; aigb:isAdvancedAISystem false ;\n")
                    .append("  aigb:hasUserGroup users:business-customers , users:consumers ; aigb:processesPersonalData true ;\n")
                    .append("  aigb:usesModel [ aigb:modelOrigin origin:third-party ; aigb:modelDeveloper \"Lab\" ] ;\n")
                    .append("  aigb:actsOn [ skos:prefLabel \"CRM\"@en ] ;\n")
                    .append("  aigb:hasRagSource [ skos:prefLabel \"Manuals\"@en ; aigb:containsPersonalData false ] ;\n")
                    .append("  aigb:hasMeasure [ aigb:addresses note:P-6-i-rag-source-citation ; aigb:measureStatus status:implemented ] ,\n")
                    .append("                  [ aigb:addresses note:U-2-i-human-judgment ; aigb:measureStatus status:implemented ] .\n");
        }
        return t.toString();
    }
}
