package org.w3id.aigb.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;

/** Framing a profile as JSON-LD is bounded by its own limit, which can be raised like the others. */
class ProfileWriterTest {
    private static Graph profile(int names) {
        StringBuilder t = new StringBuilder("""
                PREFIX org: <http://www.w3.org/ns/org#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                <#org> a org:Organization ; skos:prefLabel "X"@en .
                """);
        for (int i = 0; i < names; i++)
            t.append("<#org> skos:altLabel \"name ").append(i).append("\"@en .\n");
        return new ProfileReader().read(new ByteArrayInputStream(t.toString().getBytes(StandardCharsets.UTF_8)), ProfileSyntax.TURTLE, "test");
    }

    @Test
    void aProfileOverTheFramingLimitIsRefusedWithItsFlagAndOneAtItIsFramed() {
        Graph g = profile(18); // 20 statements
        Limits.LimitExceeded e = assertThrows(Limits.LimitExceeded.class, () -> ProfileWriter.jsonLd(g, Limits.defaults().with(Limit.FRAMED_TRIPLES, 19)));
        assertEquals("too-many-statements", e.code());
        assertEquals(413, e.limit().status());
        assertTrue(e.getMessage().contains("--max-framed-triples") && e.getMessage().contains("text/turtle"), e.getMessage());
        ProfileWriter.Framed framed = ProfileWriter.jsonLd(g, Limits.defaults().with(Limit.FRAMED_TRIPLES, 20));
        assertEquals(0, framed.omitted());
        assertTrue(framed.json().contains("name 17"), framed.json());
    }
}
