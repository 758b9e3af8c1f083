package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@code serve} refuses bad flags with exit code 2 and one line naming the flag, before loading anything. */
class ServeCommandTest {
    @Test
    void badFlagsAreUsageErrors() {
        String[][] cases = {
                {"--port", "70000", "--port"}, {"--port", "x", "--port needs a number"}, {"--timeout", "0", "--timeout"},
                {"--base", "ftp://example.org", "--base"}, {"--max-request-bytes", "-1", "--max-request-bytes"},
                {"--bind", " ", "--bind"}};
        for (String[] c : cases) {
            MainTest.Run r = MainTest.run("serve", c[0], c[1]);
            assertEquals(Main.BAD_INPUT, r.code(), String.join(" ", c));
            assertTrue(r.err().contains(c[2]) && r.err().contains("usage"), r.err());
        }
        MainTest.Run extra = MainTest.run("serve", "now");
        assertEquals(Main.BAD_INPUT, extra.code());
    }

    @Test
    void aPortInUseIsABadInputNamingTheAddress(@org.junit.jupiter.api.io.TempDir java.nio.file.Path store) throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            MainTest.Run r = MainTest.run("serve", "--port", Integer.toString(taken.getLocalPort()), "--store", store.toString());
            assertEquals(Main.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("cannot-listen") && r.err().contains("127.0.0.1:" + taken.getLocalPort()), r.err());
        }
    }

    @Test
    void serveIsListedInTheHelp() {
        assertTrue(MainTest.run("help").out().contains("serve"));
    }
}
