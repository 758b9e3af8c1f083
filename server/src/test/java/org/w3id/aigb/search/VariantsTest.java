package org.w3id.aigb.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.graph.Sources;

/** Language detection and the variant groups of {@code data/search/variants.tsv}. */
class VariantsTest {
    private static final Variants VARIANTS = SearchConfig.read(Sources.classpath()).variants();

    private static List<String> expansions(String query) {
        return VARIANTS.expand(query).stream().flatMap(g -> g.expansions().stream()).map(Variants.Expansion::text).toList();
    }

    @Test
    void theScriptTellsTheLanguage() {
        assertEquals(Lang.JA, Lang.detect("RAGの出典"));
        assertEquals(Lang.JA, Lang.detect("ハルシネーション"));
        assertEquals(Lang.EN, Lang.detect("least privilege"));
    }

    @Test
    void aVariantBringsItsGroupAcrossLanguages() {
        assertTrue(expansions("least privilege").contains("最小権限"));
        assertTrue(expansions("最小権限の設定").contains("least privilege"));
        assertTrue(expansions("ハルシネイション").contains("ハルシネーション"));
    }

    @Test
    void aMatchInsideALongerMatchOfAnotherGroupIsIgnored() {
        List<String> e = expansions("事後学習");
        assertTrue(e.contains("post-training"), e.toString());
        assertTrue(!e.contains("machine learning"), "学習 inside 事後学習 does not expand: " + e);
    }

    @Test
    void englishVariantsMatchWholeWordsOnly() {
        assertTrue(expansions("ragged").isEmpty(), "RAG inside another word");
        assertTrue(expansions("RAGの出典").contains("検索拡張生成"), "RAG next to Japanese");
    }
}
