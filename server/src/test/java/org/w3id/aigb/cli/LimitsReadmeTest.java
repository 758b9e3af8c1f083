package org.w3id.aigb.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits.Limit;
import org.w3id.aigb.testing.TestKG;

/**
 * The README's table of limits is the code's: each limit with its default, flag, error code, HTTP
 * status and the commands that apply it. On a mismatch the message is the table to paste.
 */
class LimitsReadmeTest {
    static String table() {
        StringBuilder sb = new StringBuilder("| limit | default | flag | error code | HTTP | commands |\n|---|---|---|---|---|---|\n");
        for (Limit l : Limit.values())
            sb.append("| ").append(l.what()).append(" | ").append(l.unit().format(l.defaultValue())).append(" | `--").append(l.flag())
                    .append(l.unit() == org.w3id.aigb.Limits.Unit.SECONDS ? " SECONDS" : " N").append("` | `").append(l.code()).append("` | ")
                    .append(l.status()).append(" | ")
                    .append(Main.commandsApplying(l).stream().map(c -> "`" + c + "`").collect(Collectors.joining(", "))).append(" |\n");
        return sb.toString();
    }

    @Test
    void theReadmeTableOfLimitsIsGeneratedFromTheCode() throws Exception {
        String readme = Files.readString(TestKG.repo("README.md"));
        Matcher m = Pattern.compile("<!-- limits:start[^>]*-->\\R(.*?)<!-- limits:end -->", Pattern.DOTALL).matcher(readme);
        assertTrue(m.find(), "README.md has no <!-- limits:start --> ... <!-- limits:end --> block");
        assertEquals(table(), m.group(1).replace("\r\n", "\n"));
    }
}
