package org.w3id.aigb.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.aigb.testing.TestKG;

/**
 * The README's registry walkthrough, run as written (with the packaged jar, in a fresh directory, on
 * a free port): an organisation and a reviewer are created, a profile is submitted with curl, the
 * history and checklist are read, the reviewer lists and annotates, version 1 is published and
 * version 2 is not, and the public SPARQL endpoint counts exactly one published version.
 */
class RegistryReadmeIT {
    private static final String START = "<!-- registry-walkthrough:start";
    private static final String END = "<!-- registry-walkthrough:end -->";

    @Test
    void theReadmesWalkthroughWorksAsWritten(@TempDir Path dir) throws Exception {
        String jar = System.getProperty("aigb.jar");
        Assumptions.assumeTrue(jar != null && Files.isRegularFile(Path.of(jar)), "needs the packaged jar");
        Assumptions.assumeTrue(new ProcessBuilder("curl", "--version").start().waitFor() == 0, "needs curl");
        String readme = Files.readString(TestKG.repo("README.md"));
        String block = readme.substring(readme.indexOf(START), readme.indexOf(END));
        String script = block.substring(block.indexOf("```sh\n") + 6, block.lastIndexOf("```"));
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin").toString();
        script = "set -e\nexport PATH=\"" + java + ":$PATH\"\ntrap 'kill $SERVER 2>/dev/null || true' EXIT\n"
                + script.replace("server/target/aigb.jar", Path.of(jar).toAbsolutePath().toString())
                        .replace("@data/examples/", "@" + TestKG.repo("data/examples").toAbsolutePath() + "/")
                        .replace("localhost:3030", "127.0.0.1:" + port)
                        .replace("java -jar " + Path.of(jar).toAbsolutePath() + " serve", "java -jar " + Path.of(jar).toAbsolutePath() + " serve --port " + port);
        Files.writeString(dir.resolve("walkthrough.sh"), script);
        Process p = new ProcessBuilder("bash", "walkthrough.sh").directory(dir.toFile()).redirectErrorStream(true).start();
        String out;
        try {
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "the walkthrough finishes");
            out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } finally {
            p.destroyForcibly();
        }
        assertEquals(0, p.exitValue(), out);
        assertTrue(out.contains("HTTP/1.1 201") && out.contains("Location: /submissions/sample-ai/1"), out);
        assertTrue(out.contains("\"versions\":[{\"organisation\":\"sample-ai\",\"version\":1"), out);
        assertTrue(out.contains("# チェックリスト：株式会社サンプルAIサービス"), out);
        assertTrue(out.contains("\"organisation\":{\"id\":\"sample-ai\""), "the reviewers' list: " + out);
        assertTrue(out.contains("\"status\":\"accepted\""), out);
        assertTrue(out.contains("\"published\":true"), out);
        assertTrue(out.contains("\n201\n"), "version 2 is stored: " + out);
        assertTrue(out.contains("published\r\n1\r\n"), "one published version at the public endpoint: " + out);
        assertTrue(Files.isDirectory(dir.resolve("aigb-store")), "the store the README's run command created");
    }
}
