package org.w3id.aigb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.profile.ProfileFixtures;
import org.w3id.aigb.profile.ProfileReader;
import org.w3id.aigb.render.RenderTarget.Language;
import org.w3id.aigb.testing.TestKG;
import org.w3id.aigb.web.Csv;

/**
 * What the update changed, in every format, says what its RDF answer says: for every conforming example
 * profile, the differences of the JSON, the CSV and the Markdown (their kind, what they are about and the
 * change records they cite) are those of the Turtle answer, read by SPARQL; the Markdown and HTML in one
 * language are in that language.
 */
class ChangesAnswersTest {
    static Stream<Path> profiles() {
        return ProfileFixtures.files(ProfileFixtures.examples(), ".ttl").stream()
                .filter(p -> !p.getFileName().toString().startsWith("invalid-") && !p.getFileName().toString().endsWith(".expected.ttl"));
    }

    static String answer(ObligationEngine.Compared c, Format format, Language language) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ObligationWriter w = ObligationWriter.forChanges(out, format, false, false, language);
        w.write("test", c);
        w.finish();
        return out.toString(StandardCharsets.UTF_8);
    }

    static ObligationEngine.Compared compare(Path profile) {
        ObligationEngine.Compared c = AnswersSayTheSameTest.engine().compare(new ProfileReader().read(profile));
        assertTrue(c.conforms(), profile + " conforms");
        return c;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("profiles")
    void theJsonTheCsvAndTheMarkdownListTheDifferencesOfTheRdf(Path profile) {
        ObligationEngine.Compared c = compare(profile);
        Model rdf = ModelFactory.createModelForGraph(RDFParser.fromString(answer(c, Format.TTL, Language.BOTH)).lang(Lang.TURTLE).toGraph());
        List<String> expected = new ArrayList<>();
        for (QuerySolution r : select(rdf, TestKG.get().dataset().getDefaultModel(), """
                SELECT ?kind ?code (GROUP_CONCAT(DISTINCT ?cl; separator=" ") AS ?changes) WHERE {
                  ?line a aigb:EditionDifference ; aigb:differenceKind ?k ; aigb:differenceOf ?resource .
                  ?k skos:notation ?kind .
                  OPTIONAL { ?resource aigb:code ?c } BIND (COALESCE(?c, REPLACE(STR(?resource), "^.*/", "")) AS ?code)
                  OPTIONAL { ?line aigb:dueToChange/aigb:code ?cl } }
                GROUP BY ?line ?kind ?code"""))
            expected.add(r.getLiteral("kind").getString() + " " + r.getLiteral("code").getString() + " " + sorted(r.getLiteral("changes").getString()));
        expected.sort(null);

        JsonObject json = JSON.parse(answer(c, Format.JSON, Language.BOTH));
        List<String> fromJson = new ArrayList<>();
        for (JsonValue d : json.get("differences").getAsArray()) {
            List<String> codes = new ArrayList<>();
            d.getAsObject().get("changeRecords").getAsArray().forEach(x -> codes.add(x.getAsObject().getString("code")));
            fromJson.add(d.getAsObject().getString("kind") + " " + d.getAsObject().getString("code") + " " + sorted(String.join(" ", codes)));
        }
        fromJson.sort(null);
        assertEquals(expected, fromJson, profile.getFileName() + ": the JSON");

        List<List<String>> rows = Csv.parse(answer(c, Format.CSV, Language.BOTH));
        assertEquals(ChangesCsv.COLUMNS, rows.get(0));
        List<String> fromCsv = new ArrayList<>();
        int kind = ChangesCsv.COLUMNS.indexOf("kind"), code = ChangesCsv.COLUMNS.indexOf("code"), changes = ChangesCsv.COLUMNS.indexOf("change_records");
        for (List<String> row : rows.subList(1, rows.size()))
            fromCsv.add(row.get(kind) + " " + row.get(code) + " " + sorted(row.get(changes)));
        fromCsv.sort(null);
        assertEquals(expected, fromCsv, profile.getFileName() + ": the CSV");

        // the Markdown: a table row per difference, each citing its change records
        String md = answer(c, Format.MD, Language.BOTH);
        List<String> tableRows = md.lines().filter(l -> l.startsWith("| ") && !l.startsWith("| 違い / Difference")).toList();
        assertEquals(expected.size(), tableRows.size(), profile.getFileName() + ": the Markdown's rows\n" + md);
        assertTrue(md.contains("違い / Differences: " + expected.size()), md);
    }

    @Test
    void inOneLanguageTheChangesAreInThatLanguage() {
        ObligationEngine.Compared c = compare(ProfileFixtures.examples().resolve("consumer-rag-assistant.ttl"));
        String en = answer(c, Format.MD, Language.EN), ja = answer(c, Format.MD, Language.JA);
        assertTrue(en.contains("What the update changed") && en.contains("AI Guidelines for Business, version 1.1 → AI Guidelines for Business, version 1.2"), en);
        assertTrue(en.contains("| Moved in（undecided before） | P-6-i-rag-source-citation | Introducing RAG |"), en);
        assertFalse(en.contains("主体") || en.contains("移動により適用"), "English only");
        assertTrue(ja.contains("更新で変わったこと") && !ja.contains("What the update changed") && !ja.contains("Moved in"), "Japanese only");
        String html = answer(c, Format.HTML, Language.EN);
        assertTrue(html.contains("<html lang=\"en\">") && html.contains("<title>What the update changed"), "the page's language and title");
        // (the footer, when a source notice is shown, cites the source documents by their Japanese titles with the English beside them)
        String body = html.contains("<footer") ? html.substring(0, html.indexOf("<footer")) : html;
        assertTrue(body.contains("<a href=\"https://w3id.org/aigb/id/change/CL-40\">CL-40</a>") && !body.contains("class=\"en\""), "linked, English only");
    }

    private static String sorted(String codes) {
        return String.join(" ", Stream.of(codes.split(" ")).filter(s -> !s.isEmpty()).sorted().toList());
    }

    private static List<QuerySolution> select(Model answer, Model guideline, String query) {
        Model m = ModelFactory.createUnion(answer, guideline);
        try (QueryExecution x = QueryExecution.create().query(TestKG.prologue() + query).model(m).build()) {
            List<QuerySolution> out = new ArrayList<>();
            x.execSelect().forEachRemaining(out::add);
            return out;
        }
    }
}
