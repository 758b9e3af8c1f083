package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3id.aigb.render.Html;
import org.w3id.aigb.testing.TestKG;

/**
 * What a reader sees of the source: every page (and the checklist) says which source it rests on,
 * that it is a draft, where the ministries publish the guideline and that it is not legal advice, all
 * read from the graph's source notice; a resource page shows its confidence and the source's own
 * words with where they are; the dataset page publishes the confidence figures per class.
 */
class SourcePagesTest {
    private static final String MIC = "https://www.soumu.go.jp/main_sosiki/kenkyu/ai_network/02ryutsu20_04000019.html";
    private static final String METI = "https://www.meti.go.jp/shingikai/mono_info_service/ai_shakai_jisso/index.html";
    private static TestServer s;

    @BeforeAll
    static void start() {
        s = TestServer.sharedDefault();
    }

    private static void assertNotice(String what, String html) {
        assertTrue(html.contains("令和7年度更新内容」（2026年3月12日）に依拠"), what + ": the source and its date");
        assertTrue(html.contains("the final wording of version 1.2 may differ"), what + ": that the deck is a draft");
        assertTrue(html.contains("href=\"" + MIC + "\"") && html.contains("href=\"" + METI + "\""), what + ": both ministries' pages");
        assertTrue(html.contains("法的助言ではありません") && html.contains("not legal advice"), what + ": not legal advice");
    }

    @Test
    void everyPageShowsTheSourceNoticeFromTheData() {
        for (String path : List.of("/", "/id/item/D-2-i", "/items", "/search?q=RAG", "/query/q64-confidence-by-class", "/dataset",
                "/ontology", "/profiles", "/id/item/no-such-item")) {
            HttpResponse<String> r = s.get(path, "text/html");
            assertTrue(TestServer.contentType(r).startsWith("text/html"), path + " " + TestServer.contentType(r));
            assertNotice(path + " (" + r.statusCode() + ")", r.body());
        }
    }

    @Test
    void theChecklistShowsTheSourceNoticeToo() throws Exception {
        byte[] profile = Files.readAllBytes(TestKG.repo("data/examples/profiles/company-y.ttl"));
        HttpRequest request = HttpRequest.newBuilder(URI.create(s.url("/profiles/obligations"))).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "text/turtle").header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofByteArray(profile)).build();
        HttpResponse<String> r = s.send(request);
        assertEquals(200, r.statusCode(), r.body());
        assertNotice("checklist", r.body());
    }

    @Test
    void aRenderingThreadOutsideARequestShowsNoNotice() {
        // The notice travels with the request's thread and is restored after it: nothing leaks.
        assertFalse(Html.page("t", null, "").contains("法的助言"));
    }

    @Test
    void aResourcePageShowsItsConfidenceAndTheSourcesWordsWithWhereTheyAre() {
        String item = s.get("/id/item/D-2-iii", "text/html").body();
        assertTrue(item.contains("確度 / confidence:") && item.contains("出典で確認済み"), "confidence");
        assertTrue(item.contains("<blockquote class=\"quote\" lang=\"ja\">「AI 開発時[←] D-2) iii. 適正利用に資する開発」</blockquote>"), item);
        assertTrue(item.contains("論点1「AI技術の動向の反映」／スライド：④ 留意すべき事項の追加(AI開発者)"), "the quote's locator");

        String downgraded = s.get("/id/item/U-2-i", "text/html").body();
        assertTrue(downgraded.contains("未確認（記憶に基づく）") && downgraded.contains("stage heading it is placed under"),
                "a downgraded item shows its confidence and why");

        String change = s.get("/id/change/CL-53", "text/html").body();
        assertTrue(change.contains("変更前 / before: 「遵守すべきである」") && change.contains("変更後 / after: 「参照することが望ましい」"), change);

        String agentic = s.get("/id/ai-type/agentic-ai", "text/html").body();
        assertTrue(agentic.contains("別表記 / also written:") && agentic.contains("エージェントックAI"), "the source's spelling is shown");
    }

    @Test
    void theDatasetPagePublishesTheConfidenceFiguresPerClass() {
        String html = s.get("/dataset", "text/html").body();
        assertTrue(html.contains("id=\"confidence\"") && html.contains("href=\"/query/q64-confidence-by-class\""), "the figures block");
        for (String column : List.of("quoted", "verified", "verifiedSecondary", "inferred", "fromMemory"))
            assertTrue(html.contains("<th>" + column + "</th>"), column);
        assertTrue(html.contains("all resources") && html.contains("Practice note"), "a row per class and the total");
    }
}
