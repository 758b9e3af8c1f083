package org.w3id.aigb.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Escaping and link safety: every page goes through these two functions. */
class HtmlTest {
    @Test
    void escapesTheFiveSpecialCharacters() {
        assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", Html.esc("<a href=\"x\" title='y'>&</a>"));
        assertEquals("", Html.esc(null));
        assertEquals("人間中心", Html.esc("人間中心"));
    }

    @Test
    void onlyHttpAndRootRelativeTargetsBecomeLinks() {
        assertEquals("<a href=\"/id/item/P-2-i\">P-2-i</a>", Html.link("/id/item/P-2-i", "P-2-i"));
        assertEquals("<a href=\"https://example.org/?a=1&amp;b=2\">x</a>", Html.link("https://example.org/?a=1&b=2", "x"));
        assertEquals("x", Html.link("javascript:alert(1)", "x"));
        assertEquals("x", Html.link("//evil.example/", "x"));
        assertEquals("&lt;b&gt;", Html.link("data:text/html,<b>", "<b>"));
    }

    @Test
    void ourIrisLinkToTheirPagesOnThisHost() {
        assertEquals("/id/item/P-2-i", Links.href("https://w3id.org/aigb/id/item/P-2-i"));
        assertEquals("/ontology#ActorItem", Links.href("https://w3id.org/aigb/ontology#ActorItem"));
        assertEquals("/ontology", Links.href("https://w3id.org/aigb/ontology"));
        assertEquals(null, Links.href("urn:isbn:123"));
    }
}
