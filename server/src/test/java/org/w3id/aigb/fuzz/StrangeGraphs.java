package org.w3id.aigb.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.SplittableRandom;

import org.w3id.aigb.Limits;

/**
 * Profiles that parse, made up from scratch, each with some strangeness the examples do not have:
 * many AI systems with random activities and AI types, systems as blank nodes, cycles (units that
 * contain each other, a system that is its own provider), language tags with regions or none, names
 * with control and bidi characters, ill-typed literals, long RDF lists, several organisations,
 * measures for random items and notes (also on things that are not items), statements about
 * the guideline's own resources, and a long base (every resource of the profile a long IRI, named in
 * a few bytes).
 */
final class StrangeGraphs {
    private static final String PREFIXES = """
            PREFIX aigb: <https://w3id.org/aigb/ontology#>
            PREFIX org: <http://www.w3.org/ns/org#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            PREFIX activity: <https://w3id.org/aigb/id/activity/>
            PREFIX aitype: <https://w3id.org/aigb/id/ai-type/>
            PREFIX role: <https://w3id.org/aigb/id/role/>
            PREFIX item: <https://w3id.org/aigb/id/item/>
            PREFIX note: <https://w3id.org/aigb/id/note/>
            PREFIX status: <https://w3id.org/aigb/id/measure-status/>
            PREFIX users: <https://w3id.org/aigb/id/user-group/>
            PREFIX orgkind: <https://w3id.org/aigb/id/organisation-kind/>
            PREFIX sector: <https://w3id.org/aigb/id/sector/>
            """;
    private static final String[] ACTIVITIES = { "data-collection-and-preprocessing", "pre-training", "post-training", "fine-tuning",
            "alignment-tuning", "model-verification", "api-specification", "api-integration", "rag-construction", "system-provision",
            "operation-and-monitoring", "business-use", "code-generation-assisted-development", "private-use", "no-such-activity" };
    private static final String[] AI_TYPES = { "conventional-ai", "generative-ai", "text-generation-ai", "code-generation-ai", "ai-agent", "agentic-ai",
            "physical-ai", "advanced-ai-system", "no-such-type" };
    private static final String[] ITEMS = { "item:P-2-i", "item:U-2-i", "item:D-2-i", "item:P-6-i", "note:P-2-i-tool-whitelist",
            "note:U-2-i-code-generation-maintainability", "note:P-4-i-physical-ai-device-data", "item:C-1", "item:X-9-ix", "role:AIProvider" };
    private static final String[] STATUSES = { "status:implemented", "status:planned", "status:not-applicable", "status:unknown" };
    private static final String[] LANGS = { "@ja", "@en", "@ja-JP", "@en-GB", "@fr", "@x-private", "", "^^xsd:string" };
    private static final String[] NAMES = { "名前", "Name", "\\u202E反転\\u202C", "NUL\\u0000", "\\t\\ttabs\\n\\nlines", "\"quoted\"", "&lt;b&gt;", "😀名" };

    private StrangeGraphs() {}

    static byte[] make(SplittableRandom r, Limits limits) {
        StringBuilder t = new StringBuilder(PREFIXES);
        int orgs = r.nextInt(10) == 0 ? 2 : 1;
        for (int o = 0; o < orgs; o++)
            t.append("<#org").append(o).append("> a org:Organization ; skos:prefLabel ").append(name(r)).append(" ; aigb:organisationKind orgkind:")
                    .append(r.nextBoolean() ? "company" : "local-government").append(" ; aigb:sector sector:finance-insurance")
                    .append(r.nextBoolean() ? " ; aigb:claimsRole role:AIBusinessUser" : "").append(" .\n");
        int systems = r.nextInt(16) == 0 ? 20 + r.nextInt(30) : 1 + r.nextInt(6);
        for (int i = 0; i < systems; i++) {
            String sys = r.nextInt(6) == 0 ? "_:b" + i : "<#s" + i + ">";
            t.append("<#org0> aigb:hasAISystem ").append(sys).append(" .\n").append(sys).append(" a aigb:AISystem ; skos:prefLabel ").append(name(r));
            int acts = r.nextInt(5);
            for (int a = 0; a <= acts; a++)
                t.append(" ; aigb:hasActivity activity:").append(ACTIVITIES[r.nextInt(ACTIVITIES.length)]);
            for (int a = r.nextInt(3); a > 0; a--)
                t.append(" ; aigb:hasAIType aitype:").append(AI_TYPES[r.nextInt(AI_TYPES.length)]);
            if (r.nextInt(4) == 0)
                t.append(" ; aigb:hasUserGroup users:").append(r.nextBoolean() ? "consumers" : "business-customers");
            if (r.nextInt(4) == 0)
                t.append(" ; aigb:actsOn ").append(r.nextBoolean() ? sys : "[ skos:prefLabel \"tool\"@en ]"); // itself, once in a while
            if (r.nextInt(5) == 0)
                t.append(" ; aigb:hasPhysicalActuation ").append(r.nextBoolean() ? "true" : "\"maybe\"^^xsd:boolean");
            if (r.nextInt(5) == 0)
                t.append(" ; aigb:isAdvancedAISystem ").append(r.nextBoolean());
            if (r.nextInt(6) == 0)
                t.append(" ; aigb:systemProvider ").append(r.nextBoolean() ? "<#org0>" : sys);
            for (int m = r.nextInt(3); m > 0; m--)
                t.append(" ; aigb:hasMeasure [ a aigb:DeclaredMeasure ; aigb:addresses ").append(ITEMS[r.nextInt(ITEMS.length)])
                        .append(" ; aigb:measureStatus ").append(STATUSES[r.nextInt(STATUSES.length)])
                        .append(r.nextBoolean() ? " ; aigb:notApplicableReason " + name(r) : "")
                        .append(r.nextBoolean() ? " ; aigb:evidence " + name(r) : "").append(" ]");
            t.append(" .\n");
        }
        switch (r.nextInt(9)) {
            case 0 -> t.append("<#u1> org:hasUnit <#u2> . <#u2> org:hasUnit <#u1> . <#org0> org:hasUnit <#u1> .\n");
            case 1 -> t.append("<#org0> rdfs:seeAlso ( ").append("1 ".repeat(1 + r.nextInt(3000))).append(") .\n");
            case 2 -> t.append("item:P-2-i skos:prefLabel \"hijacked\"@en .\n");
            case 3 -> t.append("<#org0> aigb:corporateNumber \"").append(1_000_000_000_000L + r.nextLong(8_999_999_999_999L)).append("\" .\n");
            case 4 -> t.append("<#org0> skos:prefLabel ").append(langs(r)).append(" .\n");
            case 5 -> t.append("<#org0> aigb:hasAISystem \"not a node\" .\n");
            case 6 -> t.append("<#s0> skos:prefLabel \"").append("長".repeat(Math.max(1, limits.literalChars() - r.nextInt(2)))).append("\"@ja .\n");
            case 7 -> t.insert(0, "BASE <http://example.org/" + "b".repeat(100 + r.nextInt(limits.literalChars() - 150)) + "/>\n"); // every <#…> long
            default -> { }
        }
        return t.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String name(SplittableRandom r) {
        return "\"" + NAMES[r.nextInt(NAMES.length)] + "\"" + LANGS[r.nextInt(LANGS.length)];
    }

    private static String langs(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + r.nextInt(60);
        for (int i = 0; i < n; i++)
            sb.append(i > 0 ? " , " : "").append("\"名").append(i).append("\"@x-l").append(i);
        return sb.toString();
    }
}
