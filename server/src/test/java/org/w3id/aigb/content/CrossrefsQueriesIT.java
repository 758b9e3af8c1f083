package org.w3id.aigb.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** The crossrefs questions answered by the packaged jar, as a user runs them: {@code java -jar aigb.jar query q4x-...}. */
class CrossrefsQueriesIT {
    record Result(int code, String out) {}

    static Result runJar(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(java, "-jar", System.getProperty("aigb.jar")));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the jar did not finish");
        return new Result(p.exitValue(), out);
    }

    @Test
    void whichItemsCorrespondToArticle14() throws Exception {
        Result r = runJar("query", "q40-items-for-eu-ai-act-art-14", "--format", "csv");
        assertEquals(0, r.code());
        List<String> subjects = r.out().lines().skip(1).map(l -> l.substring(0, l.indexOf(','))).sorted().toList();
        assertEquals(List.of("https://w3id.org/aigb/id/item/P-2-i", "https://w3id.org/aigb/id/item/U-2-i",
                "https://w3id.org/aigb/id/principle/C-3-2"), subjects);
    }

    @Test
    void whichHiroshimaPrincipleConcernsContentAuthentication() throws Exception {
        Result r = runJar("query", "q41-hiroshima-principle-content-authentication", "--format", "csv");
        assertEquals(0, r.code());
        List<String> rows = r.out().lines().skip(1).toList();
        assertEquals(1, rows.size(), r.out());
        assertTrue(rows.get(0).startsWith("https://w3id.org/aigb/id/hiroshima-principle/2D-7,2D-7,7,"), rows.get(0));
    }
}
