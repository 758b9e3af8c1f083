package org.w3id.aigb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.graph.Sources;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.testing.TestKG;

/**
 * The JSON and Markdown answers say what the RDF answer says, and nothing more. For every conforming
 * example profile and obligation fixture, the facts of each answer are read out of it (the JSON's
 * members; the Markdown checklist's lines; the Turtle answer by SPARQL, over it and the guideline) and
 * compared: the roles, each applicable item's status and kinds of reason, the sentences of the reasons
 * (matched against the graph's templates filled with the RDF answer's own facts), what is undecided for
 * lack of which fact, the stages not reached, the notices, the declared reasons an item does not apply,
 * the Annex III areas, risks and sector documents, and the validation's warnings; and what the edition
 * says: the edition derived under, the marks of what its update added or changed (with the change
 * records), the roles it leaves open and the questions it left open, the risks' classifications. Each
 * profile is compared under every edition. So nothing the checklist says is decided outside the
 * derivation.
 */
class AnswersSayTheSameTest {
    private static ObligationEngine engine;

    static synchronized ObligationEngine engine() {
        if (engine == null)
            engine = ObligationEngine.create(Sources.classpath(), TestKG.get(), ProfileFixtures.validator());
        return engine;
    }

    /** Every profile compared, under every edition. */
    static Stream<Arguments> profilesUnderEditions() {
        return profiles().flatMap(p -> engine().editions().names().stream().map(e -> Arguments.of(p, e)));
    }

    static Stream<Path> profiles() {
        List<Path> out = new ArrayList<>();
        for (Path p : ProfileFixtures.files(ProfileFixtures.examples(), ".ttl"))
            if (!p.getFileName().toString().startsWith("invalid-") && !p.getFileName().toString().endsWith(".expected.ttl"))
                out.add(p);
        for (Path p : ProfileFixtures.files(ProfileFixtures.resource("obligation"), ".ttl"))
            if (!p.getFileName().toString().endsWith(".expected.ttl"))
                out.add(p);
        return out.stream();
    }

    /** What an answer says, as sets of short lines ("P-2-i gap", "P-2-i ai-type", …). */
    record Said(Set<String> roles, Set<String> statuses, Set<String> reasonKinds, Set<String> undecided, Set<String> stagesNotReached,
                Set<String> notices, Set<String> notApplicable, Set<String> information, Set<String> warnings, Set<String> edition,
                Set<String> updates, Set<String> undecidedRoles, Set<String> classifications) {
        static Said empty() {
            return new Said(new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(),
                    new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>(), new TreeSet<>());
        }
    }

    @ParameterizedTest(name = "{0} under {1}")
    @MethodSource("profilesUnderEditions")
    void theJsonAndTheMarkdownSayWhatTheRdfSays(Path profile, String edition) {
        ObligationEngine.Outcome o = engine().check(new ProfileReader().read(profile), engine().editions().named(edition));
        assertTrue(o.conforms(), profile + " conforms");
        Model rdf = ModelFactory.createModelForGraph(new Union(
                RDFParser.fromString(answer(o, Format.TTL)).lang(Lang.TURTLE).toGraph(), TestKG.get().dataset().asDatasetGraph().getDefaultGraph()));
        JsonObject json = JSON.parse(answer(o, Format.JSON));
        String md = answer(o, Format.MD);

        Said fromRdf = fromRdf(rdf);
        Said fromJson = fromJson(json);
        Said fromMarkdown = fromMarkdown(md, rdf);
        assertSays(fromRdf, fromJson, profile.getFileName() + " under " + edition + ": the JSON");
        assertSays(fromRdf, fromMarkdown, profile.getFileName() + " under " + edition + ": the Markdown");
        assertEquals(Set.of(edition), fromRdf.edition(), "the RDF answer records the edition derived under");
        assertFalse(fromRdf.statuses().isEmpty() && fromRdf.undecided().isEmpty() && fromRdf.notices().isEmpty(),
                "something applies or could not be decided, or the answer says why nothing does");

        // the sentences: each reason of the JSON and the Markdown is its kind's template filled with the RDF answer's facts
        Map<String, List<String[]>> sentences = jsonSentences(json);
        Map<String, List<String>> mdSentences = markdownReasons(md);
        for (QuerySolution r : select(rdf, """
                SELECT ?code ?kind ?ja ?en ?a WHERE {
                  ?a a aigb:Applicability ; aigb:applicableResource ?resource ; aigb:reasonKind ?k .
                  ?k skos:notation ?kind ; aigb:sentenceTemplate ?ja , ?en . FILTER (lang(?ja) = "ja" && lang(?en) = "en")
                  OPTIONAL { ?resource aigb:code ?c } BIND (COALESCE(?c, REPLACE(STR(?resource), "^.*/", "")) AS ?code) }""")) {
            String code = r.getLiteral("code").getString(), kind = r.getLiteral("kind").getString();
            String[] said = sentences.getOrDefault(code, List.of()).stream().filter(s -> s[0].equals(kind)).findFirst()
                    .orElseThrow(() -> new AssertionError(code + ": no " + kind + " reason in the JSON"));
            assertFilled(rdf, r.getResource("a").getURI(), r.getLiteral("ja").getString(), "ja", said[1], code);
            assertFilled(rdf, r.getResource("a").getURI(), r.getLiteral("en").getString(), "en", said[2], code);
            assertTrue(mdSentences.getOrDefault(code, List.of()).contains(said[1] + " / " + said[2]),
                    code + ": the Markdown gives the reason " + said[1] + " / " + said[2] + "; it gives " + mdSentences.get(code));
        }
    }

    /** The comparison covers every kind of fact: each occurs in the RDF answer of one of the profiles compared. */
    @org.junit.jupiter.api.Test
    void theProfilesComparedHaveEveryKindOfFact() {
        Map<String, java.util.function.Function<Said, Set<String>>> kinds = Map.ofEntries(Map.entry("warnings", Said::warnings),
                Map.entry("notices", Said::notices), Map.entry("stages not reached", Said::stagesNotReached),
                Map.entry("reasons not applicable", Said::notApplicable), Map.entry("information", Said::information),
                Map.entry("undecided", Said::undecided), Map.entry("statuses", Said::statuses), Map.entry("update marks", Said::updates),
                Map.entry("undecided roles", Said::undecidedRoles), Map.entry("classifications", Said::classifications));
        Map<String, Path> where = Map.ofEntries(Map.entry("warnings", ProfileFixtures.examples().resolve("company-g.ttl")),
                Map.entry("notices", ProfileFixtures.examples().resolve("private-traveller.ttl")),
                Map.entry("stages not reached", ProfileFixtures.examples().resolve("company-z.ttl")),
                Map.entry("reasons not applicable", ProfileFixtures.resource("obligation").resolve("measures.ttl")),
                Map.entry("information", ProfileFixtures.examples().resolve("annotated-example.ttl")),
                Map.entry("undecided", ProfileFixtures.examples().resolve("company-q.ttl")), Map.entry("statuses", ProfileFixtures.examples().resolve("company-q.ttl")),
                Map.entry("update marks", ProfileFixtures.examples().resolve("consumer-rag-assistant.ttl")),
                Map.entry("undecided roles", ProfileFixtures.examples().resolve("consumer-rag-assistant.ttl")),
                Map.entry("classifications", ProfileFixtures.examples().resolve("company-q.ttl")));
        // the roles left open are version 1.1's; everything else is shown under the current edition
        Map<String, String> under = Map.of("undecided roles", "v1.1");
        kinds.forEach((kind, get) -> {
            ObligationEngine.Outcome o = engine().check(new ProfileReader().read(where.get(kind)),
                    engine().editions().named(under.getOrDefault(kind, engine().editions().current().name())));
            Model rdf = ModelFactory.createModelForGraph(new Union(RDFParser.fromString(answer(o, Format.TTL)).lang(Lang.TURTLE).toGraph(),
                    TestKG.get().dataset().asDatasetGraph().getDefaultGraph()));
            assertFalse(get.apply(fromRdf(rdf)).isEmpty(), where.get(kind).getFileName() + " has " + kind);
        });
    }

    /** Each kind of fact, compared on its own, so that a failure names it. */
    private static void assertSays(Said rdf, Said other, String what) {
        java.lang.reflect.RecordComponent[] parts = Said.class.getRecordComponents();
        for (java.lang.reflect.RecordComponent part : parts)
            try {
                assertEquals(part.getAccessor().invoke(rdf), part.getAccessor().invoke(other), what + " says the " + part.getName() + " the RDF says");
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
    }

    // ---- the RDF answer ------------------------------------------------------------------------------

    private static Said fromRdf(Model m) {
        Said s = Said.empty();
        String code = "OPTIONAL { ?resource aigb:code ?c } BIND (COALESCE(?c, REPLACE(STR(?resource), \"^.*/\", \"\")) AS ?code)";
        for (QuerySolution r : select(m, "SELECT ?role WHERE { ?r a aigb:OrganisationRole ; aigb:ofRole/aigb:code ?role }"))
            s.roles().add(r.getLiteral("role").getString());
        for (QuerySolution r : select(m, "SELECT ?code ?status WHERE { ?a a aigb:Applicability ; aigb:applicableResource ?resource ;"
                + " aigb:obligationStatus/skos:notation ?status . " + code + " }"))
            s.statuses().add(r.getLiteral("code").getString() + " " + r.getLiteral("status").getString());
        for (QuerySolution r : select(m, "SELECT ?code ?kind WHERE { ?a a aigb:Applicability ; aigb:applicableResource ?resource ;"
                + " aigb:reasonKind/skos:notation ?kind . " + code + " }"))
            s.reasonKinds().add(r.getLiteral("code").getString() + " " + r.getLiteral("kind").getString());
        for (QuerySolution r : select(m, "SELECT ?code ?fact WHERE { ?u a aigb:UndecidedApplicability ; aigb:applicableResource ?resource ;"
                + " aigb:missingFact ?f . BIND (CONCAT(\"aigb:\", STRAFTER(STR(?f), \"#\")) AS ?fact) " + code + " }"))
            s.undecided().add(r.getLiteral("code").getString() + " " + r.getLiteral("fact").getString());
        for (QuerySolution r : select(m, "SELECT ?role ?code WHERE { ?x a aigb:StageNotReached ; aigb:throughRole/aigb:ofRole/aigb:code ?role ;"
                + " aigb:unreachedStage ?resource . " + code + " }"))
            s.stagesNotReached().add(r.getLiteral("role").getString() + " " + r.getLiteral("code").getString());
        for (QuerySolution r : select(m, "SELECT ?notice WHERE { ?d a aigb:ObligationDerivation ; aigb:notice/skos:notation ?notice }"))
            s.notices().add(r.getLiteral("notice").getString());
        for (QuerySolution r : select(m, "SELECT ?code ?reason WHERE { ?a a aigb:Applicability ; aigb:applicableResource ?resource ;"
                + " aigb:declaredMeasure/aigb:notApplicableReason ?reason . FILTER (lang(?reason) = \"ja\") " + code + " }"))
            s.notApplicable().add(r.getLiteral("code").getString() + " " + r.getLiteral("reason").getString());
        for (QuerySolution r : select(m, "SELECT ?x WHERE { { ?e a aigb:RiskBasedEmphasis ; aigb:annexIIIArea ?resource . " + code
                + " BIND (CONCAT(\"annex-iii \", ?code) AS ?x) } UNION { ?e a aigb:AssociatedRisk ; aigb:riskNote ?resource . " + code
                + " BIND (CONCAT(\"risk \", ?code) AS ?x) } UNION { ?e a aigb:SectorGuidanceMatch ; aigb:sectorGuidance/aigb:guidanceDocument ?resource . "
                + code + " BIND (CONCAT(\"document \", ?code) AS ?x) } }"))
            s.information().add(r.getLiteral("x").getString());
        for (QuerySolution r : select(m, "SELECT ?message WHERE { ?report sh:result ?r . ?r sh:resultSeverity ?sev ; sh:resultMessage ?message ."
                + " FILTER (?sev != sh:Violation && lang(?message) = \"ja\") }"))
            s.warnings().add(r.getLiteral("message").getString());
        // what the edition says: the edition, the marks of its update, the roles it leaves open, the risks' classifications
        String codeOf = "OPTIONAL { ?%1$s aigb:code ?%1$sc } BIND (COALESCE(?%1$sc, REPLACE(STR(?%1$s), \"^.*/\", \"\")) AS ?%1$sCode)";
        for (QuerySolution r : select(m, "SELECT ?eCode WHERE { ?d a aigb:ObligationDerivation ; aigb:underEdition ?e . " + codeOf.formatted("e") + " }"))
            s.edition().add(r.getLiteral("eCode").getString());
        for (QuerySolution r : select(m, "SELECT ?x WHERE { ?result aigb:updatedBy ?change . " + codeOf.formatted("change")
                + " { ?result aigb:applicableResource ?resource . " + code + " BIND (?code AS ?about) }"
                + " UNION { ?result aigb:annexIIIArea ?resource . " + code + " BIND (CONCAT(\"annex-iii \", ?code) AS ?about) }"
                + " UNION { ?result aigb:riskNote ?resource . " + code + " BIND (CONCAT(\"risk \", ?code) AS ?about) }"
                + " UNION { ?result aigb:sectorGuidance/aigb:guidanceDocument ?resource . " + code + " BIND (CONCAT(\"document \", ?code) AS ?about) }"
                + " BIND (CONCAT(?about, \" \", ?changeCode) AS ?x) }"))
            s.updates().add(r.getLiteral("x").getString());
        for (QuerySolution r : select(m, "SELECT ?roleCode ?qCode WHERE { ?u a aigb:UndecidedRole ; aigb:possibleRole ?role ; aigb:openQuestion ?q . "
                + codeOf.formatted("role") + " " + codeOf.formatted("q") + " }"))
            s.undecidedRoles().add(r.getLiteral("roleCode").getString() + " " + r.getLiteral("qCode").getString());
        for (QuerySolution r : select(m, "SELECT ?code ?qCode WHERE { ?u a aigb:UndecidedApplicability ; aigb:applicableResource ?resource ;"
                + " aigb:throughUndecidedRole/aigb:openQuestion ?q . " + code + " " + codeOf.formatted("q") + " }"))
            s.undecided().add(r.getLiteral("code").getString() + " open " + r.getLiteral("qCode").getString());
        for (QuerySolution r : select(m, "SELECT ?code ?kCode WHERE { ?x a aigb:AssociatedRisk ; aigb:riskNote ?resource ; aigb:classifiedAs ?k . "
                + code + " " + codeOf.formatted("k") + " }"))
            s.classifications().add(r.getLiteral("code").getString() + " " + r.getLiteral("kCode").getString());
        return s;
    }

    /**
     * Checks that {@code said} is {@code template} with each {@code {property}} replaced by the names of
     * the RDF answer's values of it (in some order: the test does not decide the order, the guideline's
     * numbering does), joined by the language's separator, "—" for none.
     */
    private static void assertFilled(Model m, String applicability, String template, String lang, String said, String code) {
        Matcher placeholders = Pattern.compile("\\{([A-Za-z]+)(\\|code)?}").matcher(template);
        List<String> pieces = new ArrayList<>();
        List<List<String>> slots = new ArrayList<>();
        int at = 0;
        while (placeholders.find()) {
            pieces.add(template.substring(at, placeholders.start()));
            slots.add(names(m, applicability, placeholders.group(1), placeholders.group(2) != null, lang));
            at = placeholders.end();
        }
        pieces.add(template.substring(at));
        Set<String> candidates = new TreeSet<>();
        fill(pieces, slots, 0, new StringBuilder(), lang.equals("ja") ? "、" : ", ", candidates);
        assertTrue(candidates.contains(said), code + ": \"" + said + "\" is not the template \"" + template + "\" filled with the RDF answer's facts: "
                + candidates.stream().limit(3).toList());
    }

    /** Every way of filling the slots from {@code i} on (the names of a slot in any order). */
    private static void fill(List<String> pieces, List<List<String>> slots, int i, StringBuilder done, String separator, Set<String> out) {
        if (i == slots.size()) {
            out.add(done + pieces.get(i));
            return;
        }
        for (String joined : orders(slots.get(i), separator)) {
            int length = done.length();
            done.append(pieces.get(i)).append(joined);
            fill(pieces, slots, i + 1, done, separator, out);
            done.setLength(length);
        }
    }

    private static List<String> orders(List<String> names, String separator) {
        if (names.isEmpty())
            return List.of("—");
        if (names.size() == 1)
            return List.of(names.get(0));
        List<String> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            List<String> rest = new ArrayList<>(names);
            String first = rest.remove(k);
            for (String tail : orders(rest, separator))
                out.add(first + separator + tail);
        }
        return out;
    }

    /**
     * The names (or codes) of an applicability's values of a property, as the RDF answer and the guideline
     * give them: a guideline resource by its rdfs:label, a profile's node by its skos:prefLabel (else its
     * rdfs:label), the first of several; a derived role by its role's. Read for all applicabilities at once.
     */
    private static List<String> names(Model m, String applicability, String property, boolean codes, String lang) {
        Map<String, Set<String>> all = NAMES.computeIfAbsent(m, k -> new LinkedHashMap<>()).computeIfAbsent((codes ? "code" : lang), k -> {
            Map<String, Set<String>> out = new LinkedHashMap<>();
            String label = codes ? "COALESCE(?c, REPLACE(STR(?v), \"^.*/\", \"\"))" : "?l";
            for (QuerySolution r : select(m, "SELECT ?a ?p ?v (MIN(?n) AS ?name) WHERE { ?a a aigb:Applicability ; ?p ?value ."
                    + " FILTER (STRSTARTS(STR(?p), STR(aigb:))) OPTIONAL { ?value aigb:ofRole ?role } BIND (COALESCE(?role, ?value) AS ?v)"
                    + " OPTIONAL { ?v aigb:code ?c } OPTIONAL { ?v rdfs:label ?rl FILTER (lang(?rl) = \"" + lang + "\") }"
                    + " OPTIONAL { ?v skos:prefLabel ?pl FILTER (lang(?pl) = \"" + lang + "\") }"
                    + " BIND (COALESCE(IF(STRSTARTS(STR(?v), \"https://w3id.org/aigb/\"), ?rl, ?pl), ?rl, ?pl) AS ?l)"
                    + " BIND (" + label + " AS ?n) } GROUP BY ?a ?p ?v"))
                if (r.contains("name"))
                    out.computeIfAbsent(r.getResource("a").getURI() + " " + r.getResource("p").getLocalName(), x -> new TreeSet<>())
                            .add(r.getLiteral("name").getString());
            return out;
        });
        return new ArrayList<>(all.getOrDefault(applicability + " " + property, Set.of()));
    }

    /** The names read, by answer and language (or "code"), then by "applicability property". */
    private static final Map<Model, Map<String, Map<String, Set<String>>>> NAMES = java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    // ---- the JSON answer -----------------------------------------------------------------------------

    private static Said fromJson(JsonObject o) {
        Said s = Said.empty();
        for (JsonValue r : o.get("roles").getAsArray())
            s.roles().add(str(r, "code"));
        for (JsonObject item : items(o)) {
            String code = str(item, "code");
            s.statuses().add(code + " " + str(item, "status"));
            for (JsonValue r : item.get("reasons").getAsArray())
                s.reasonKinds().add(code + " " + str(r, "kind"));
            for (JsonValue m : item.get("measures").getAsArray())
                if (m.getAsObject().hasKey("notApplicableReason") && m.getAsObject().get("notApplicableReason").getAsObject().hasKey("ja"))
                    s.notApplicable().add(code + " " + m.getAsObject().get("notApplicableReason").getAsObject().getString("ja"));
        }
        for (JsonValue u : o.get("undecided").getAsArray())
            for (JsonValue f : u.getAsObject().get("missingFacts").getAsArray())
                s.undecided().add(str(u, "code") + " " + str(f, "code"));
        JsonObject info = o.get("information").getAsObject();
        for (JsonValue st : info.get("stagesNotReached").getAsArray())
            s.stagesNotReached().add(str(st, "role") + " " + str(st.getAsObject().get("stage"), "code"));
        for (JsonValue n : o.get("notices").getAsArray())
            s.notices().add(str(n, "code"));
        for (JsonValue e : info.get("riskBasedApproach").getAsObject().get("systems").getAsArray())
            s.information().add("annex-iii " + str(e.getAsObject().get("area"), "code"));
        for (JsonValue r : info.get("risks").getAsArray())
            s.information().add("risk " + str(r, "code"));
        for (JsonValue g : info.get("sectorGuidance").getAsArray())
            s.information().add("document " + str(g, "code"));
        for (JsonValue r : o.get("validation").getAsObject().get("results").getAsArray())
            if (!str(r, "severity").equals("Violation"))
                s.warnings().add(r.getAsObject().get("message").getAsObject().getString("ja"));
        s.edition().add(str(o.get("edition"), "code"));
        for (JsonObject item : items(o))
            updates(s, str(item, "code"), item);
        for (JsonValue u : o.get("undecided").getAsArray()) {
            updates(s, str(u, "code"), u.getAsObject());
            if (u.getAsObject().hasKey("openQuestions"))
                for (JsonValue q : u.getAsObject().get("openQuestions").getAsArray())
                    s.undecided().add(str(u, "code") + " open " + str(q, "code"));
        }
        for (JsonValue e : info.get("riskBasedApproach").getAsObject().get("systems").getAsArray())
            updates(s, "annex-iii " + str(e.getAsObject().get("area"), "code"), e.getAsObject());
        for (JsonValue r : info.get("risks").getAsArray()) {
            updates(s, "risk " + str(r, "code"), r.getAsObject());
            if (r.getAsObject().hasKey("classifications"))
                for (JsonValue k : r.getAsObject().get("classifications").getAsArray())
                    s.classifications().add(str(r, "code") + " " + str(k, "code"));
        }
        for (JsonValue g : info.get("sectorGuidance").getAsArray())
            updates(s, "document " + str(g, "code"), g.getAsObject());
        for (JsonValue r : o.get("undecidedRoles").getAsArray())
            for (JsonValue q : r.getAsObject().get("openQuestions").getAsArray())
                s.undecidedRoles().add(str(r, "code") + " " + str(q, "code"));
        return s;
    }

    /** The change records a JSON object's {@code updatedBy} names, as "about CL-nn". */
    private static void updates(Said s, String about, JsonObject o) {
        if (o.hasKey("updatedBy"))
            for (JsonValue c : o.get("updatedBy").getAsArray())
                s.updates().add(about + " " + str(c, "code"));
    }

    /** Every item of the JSON, notes included. */
    private static List<JsonObject> items(JsonObject o) {
        List<JsonObject> out = new ArrayList<>();
        for (JsonValue item : o.get("items").getAsArray()) {
            out.add(item.getAsObject());
            if (item.getAsObject().hasKey("notes"))
                item.getAsObject().get("notes").getAsArray().forEach(n -> out.add(n.getAsObject()));
        }
        return out;
    }

    /** Code → its reasons as {kind, ja, en}. */
    private static Map<String, List<String[]>> jsonSentences(JsonObject o) {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (JsonObject item : items(o))
            for (JsonValue r : item.get("reasons").getAsArray()) {
                JsonObject text = r.getAsObject().get("text").getAsObject();
                out.computeIfAbsent(str(item, "code"), k -> new ArrayList<>()).add(new String[] { str(r, "kind"), text.getString("ja"), text.getString("en") });
            }
        return out;
    }

    private static String str(JsonValue o, String key) {
        return o.getAsObject().getString(key);
    }

    // ---- the Markdown answer ---------------------------------------------------------------------------

    private static final Pattern ITEM = Pattern.compile("^\\s*- \\[[ x]] \\*\\*([^*]+)\\*\\* .* — \\*([^*]+)\\*.*$");
    private static final Pattern REASON = Pattern.compile("^\\s*- 理由 / why: (.*)$");
    private static final Pattern NA_REASON = Pattern.compile("^\\s*- 該当しない理由 / why not applicable: (.*)$");
    private static final Pattern MARK = Pattern.compile(" — \\*\\*更新で追加・変更 / new or changed by the update\\*\\* \\(([^)]*)\\)$");
    private static final String UNDECIDED_ROLE = "（判定できない / undecided）", LEFT_OPEN = "  - この版では定まっていない / left open by this edition: ",
            ROLE_LEFT_OPEN = "この版では主体が定まっていない / the role is left open by this edition: ", MISSING = "欠けている事実 / missing: ",
            CLASSIFICATION = " — 分類 / classification: ";

    private static Said fromMarkdown(String md, Model rdf) {
        Map<String, String> statusByLabel = new LinkedHashMap<>();
        for (QuerySolution r : select(rdf, "SELECT ?label ?code WHERE { ?s a aigb:ObligationStatus ; skos:notation ?code ; rdfs:label ?ja , ?en ."
                + " FILTER (lang(?ja) = \"ja\" && lang(?en) = \"en\") BIND (CONCAT(?ja, \" \", ?en) AS ?label) }"))
            statusByLabel.put(r.getLiteral("label").getString(), r.getLiteral("code").getString());
        Map<String, String> codeByLabel = labels(rdf);
        Said s = Said.empty();
        String section = "", item = null, undecidedRole = null;
        List<String> lines = md.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String full = lines.get(i);
            // the mark of what the update added or changed ends a line: read, then set aside
            Matcher mark = MARK.matcher(full);
            List<String> changes = mark.find() ? List.of(mark.group(1).split(", ")) : List.of();
            String line = changes.isEmpty() ? full : full.substring(0, mark.start());
            if (line.contains("に基づく。 / Under the "))
                s.edition().add(codeByLabel.getOrDefault(line.substring(0, line.indexOf("に基づく。")), "?" + line));
            if (line.startsWith("## ") || line.startsWith("**") && line.endsWith("**") || line.startsWith("**")) {
                section = line;
                item = null;
            }
            Matcher m;
            if ((m = ITEM.matcher(line)).matches()) {
                item = m.group(1);
                s.statuses().add(item + " " + statusByLabel.getOrDefault(m.group(2), m.group(2)));
                for (String c : changes)
                    s.updates().add(item + " " + c);
            } else if (item != null && REASON.matcher(line).matches()) {
                // which kind of reason the line gives, its sentence shows (checked against the templates below); here, they are counted
                s.reasonKinds().add(item + " #" + countReasons(s, item));
            } else if (item != null && (m = NA_REASON.matcher(line)).matches()) {
                s.notApplicable().add(item + " " + unescape(m.group(1)));
            } else if (section.startsWith("## 主体") && line.startsWith("- **")) {
                String role = codeByLabel.getOrDefault(line.substring(4, line.indexOf("**", 4)), "?" + line);
                undecidedRole = line.contains(UNDECIDED_ROLE) ? role : null;
                if (undecidedRole == null)
                    s.roles().add(role);
            } else if (section.startsWith("## 主体") && undecidedRole != null && line.startsWith(LEFT_OPEN)) {
                String question = line.substring(LEFT_OPEN.length());
                s.undecidedRoles().add(undecidedRole + " " + codeByLabel.getOrDefault(question, "?" + question));
            } else if (section.startsWith("## 判定できない事項") && (line.startsWith("- " + MISSING) || line.startsWith("- " + ROLE_LEFT_OPEN))) {
                List<String> facts = new ArrayList<>();
                String missing = line.contains(MISSING) ? line.substring(line.indexOf(MISSING)) : "";
                Matcher f = Pattern.compile("`([^`]+)`").matcher(missing);
                while (f.find())
                    facts.add(f.group(1));
                if (line.startsWith("- " + ROLE_LEFT_OPEN)) {
                    String open = line.substring(2 + ROLE_LEFT_OPEN.length(), line.contains("; " + MISSING) ? line.indexOf("; " + MISSING) : line.lastIndexOf(" — "));
                    for (String question : open.split("; "))
                        facts.add("open " + codeByLabel.getOrDefault(question, "?" + question));
                }
                for (String code : lines.get(i + 1).strip().substring(2).split(", "))
                    facts.forEach(fact -> s.undecided().add(code + " " + fact));
            } else if (section.startsWith("## 判定できない事項") && line.startsWith("  - ") && !changes.isEmpty()) {
                for (String c : changes)
                    s.updates().add(line.strip().substring(2) + " " + c);
            } else if (section.startsWith("**活動が及ばない段階") && line.startsWith("- ")) {
                String[] parts = line.substring(2).split(": ", 2);
                s.stagesNotReached().add(codeByLabel.getOrDefault(parts[0], "?" + parts[0]) + " " + codeByLabel.getOrDefault(parts[1], "?" + parts[1]));
            } else if (line.startsWith("> ") && !line.equals(">")) {
                codeByLabel.entrySet().stream().filter(e -> e.getKey().equals(line.substring(2))).forEach(e -> s.notices().add(e.getValue()));
            } else if (section.startsWith("**EU AI法") && line.startsWith("- ")) {
                String area = "annex-iii " + codeByLabel.getOrDefault(line.substring(line.indexOf(": ") + 2), "?" + line);
                s.information().add(area);
                changes.forEach(c -> s.updates().add(area + " " + c));
            } else if (section.startsWith("**AIの種類に関係するリスク") && line.startsWith("- ")) {
                String note = line.contains(CLASSIFICATION) ? line.substring(0, line.indexOf(CLASSIFICATION)) : line;
                String code = codeByLabel.getOrDefault(note.substring(2, note.lastIndexOf(" (")), "?" + line);
                s.information().add("risk " + code);
                changes.forEach(c -> s.updates().add("risk " + code + " " + c));
                if (line.contains(CLASSIFICATION)) {
                    String classification = line.substring(line.indexOf(CLASSIFICATION) + CLASSIFICATION.length());
                    s.classifications().add(code + " " + codeByLabel.getOrDefault(classification, "?" + classification));
                }
            } else if (section.startsWith("**分野別の参考文書") && line.startsWith("- ")) {
                String document = codeByLabel.keySet().stream().filter(l -> line.startsWith("- " + l + "（")).findFirst().orElse("?" + line);
                String about = "document " + codeByLabel.getOrDefault(document, document);
                s.information().add(about);
                changes.forEach(c -> s.updates().add(about + " " + c));
            } else if (section.startsWith("## 検証の注意") && line.startsWith("- ")) {
                String message = unescape(line.substring(2));
                s.warnings().add(message.substring(0, message.indexOf(" / ")));
            }
        }
        // the kinds of reason: as many lines as the RDF gives kinds (which kind each is, the sentences show)
        Set<String> kinds = new TreeSet<>();
        Map<String, Integer> perItem = new LinkedHashMap<>();
        s.reasonKinds().forEach(k -> perItem.merge(k.substring(0, k.indexOf(" #")), 1, Integer::sum));
        Map<String, List<String>> rdfKinds = new LinkedHashMap<>();
        for (QuerySolution r : select(rdf, "SELECT ?code ?kind WHERE { ?a a aigb:Applicability ; aigb:applicableResource ?resource ;"
                + " aigb:reasonKind/skos:notation ?kind . OPTIONAL { ?resource aigb:code ?c } BIND (COALESCE(?c, REPLACE(STR(?resource), \"^.*/\", \"\")) AS ?code) }"))
            rdfKinds.computeIfAbsent(r.getLiteral("code").getString(), k -> new ArrayList<>()).add(r.getLiteral("kind").getString());
        perItem.forEach((code, n) -> {
            List<String> k = rdfKinds.getOrDefault(code, List.of());
            if (k.size() == n)
                k.forEach(x -> kinds.add(code + " " + x));
            else
                kinds.add(code + " " + n + " reasons");
        });
        s.reasonKinds().clear();
        s.reasonKinds().addAll(kinds);
        return s;
    }

    private static int countReasons(Said s, String item) {
        return (int) s.reasonKinds().stream().filter(k -> k.startsWith(item + " #")).count() + 1;
    }

    /** Code → its "理由 / why" lines, as "ja / en". */
    private static Map<String, List<String>> markdownReasons(String md) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        String item = null;
        for (String line : md.lines().toList()) {
            Matcher m;
            if ((m = ITEM.matcher(line)).matches())
                item = m.group(1);
            else if (item != null && (m = REASON.matcher(line)).matches())
                out.computeIfAbsent(item, k -> new ArrayList<>()).add(unescape(m.group(1)));
        }
        return out;
    }

    /** "ja / en" labels of the guideline's roles, stages, areas, risk notes, documents, editions, open questions, risk classifications and notices (the texts of the notices), to their codes. */
    private static Map<String, String> labels(Model m) {
        Map<String, String> out = new LinkedHashMap<>();
        for (QuerySolution r : select(m, "SELECT ?label ?code WHERE { { ?x a aigb:Role } UNION { ?x a aigb:LifecycleStage } UNION { ?x a aigb:RiskNote }"
                + " UNION { ?x a aigb:ReferenceDocument } UNION { ?e aigb:annexIIIArea ?x } UNION { ?x a aigb:Edition } UNION { ?x a aigb:OpenRoleQuestion }"
                + " UNION { ?x a aigb:RiskClassification } ?x rdfs:label ?ja , ?en . FILTER (lang(?ja) = \"ja\" && lang(?en) = \"en\")"
                + " OPTIONAL { ?x aigb:code ?c } BIND (COALESCE(?c, REPLACE(STR(?x), \"^.*/\", \"\")) AS ?code)"
                + " VALUES ?both { true false } BIND (IF(?both, CONCAT(?ja, \" / \", ?en), ?ja) AS ?label) }"))
            out.putIfAbsent(r.getLiteral("label").getString(), r.getLiteral("code").getString());
        for (QuerySolution r : select(m, "SELECT ?label ?code WHERE { ?x a aigb:ChecklistNotice ; skos:notation ?code ; aigb:sentenceTemplate ?label }"))
            out.put(r.getLiteral("label").getString(), r.getLiteral("code").getString());
        return out;
    }

    private static String unescape(String md) {
        return md.replaceAll("\\\\([\\\\`*_\\[\\]<>|#])", "$1");
    }

    // ---- helpers ---------------------------------------------------------------------------------------

    private static String answer(ObligationEngine.Outcome o, Format format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter w = new ObligationWriter(out, format, false, false);
        w.write(new ObligationWriter.Entry("test", o));
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    private static List<QuerySolution> select(Model m, String query) {
        try (QueryExecution x = QueryExecution.create().query(TestKG.prologue() + "PREFIX sh: <http://www.w3.org/ns/shacl#>\n" + query).model(m).build()) {
            List<QuerySolution> out = new ArrayList<>();
            x.execSelect().forEachRemaining(out::add);
            return out;
        }
    }
}
