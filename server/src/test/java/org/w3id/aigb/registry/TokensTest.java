package org.w3id.aigb.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Tokens: 256 random bits of secret, stored as a hash, checked against it. */
class TokensTest {
    @Test
    void aTokenHasAnIdAndA256BitSecretOfWhichOnlyTheHashIsKept() {
        Tokens.Issued t = Tokens.issue();
        Tokens.Presented p = Tokens.parse(t.token());
        assertEquals(t.id(), p.id());
        assertEquals(32, Base64.getUrlDecoder().decode(p.secret()).length, "256 bits");
        assertFalse(t.hash().contains(p.secret()));
        assertEquals(Tokens.hash(p.secret()), t.hash());
        assertTrue(Tokens.matches(p.secret(), t.hash()));
    }

    @Test
    void aWrongSecretAnUnknownIdAndAMalformedTokenAreRefused() {
        Tokens.Issued t = Tokens.issue();
        Tokens.Presented p = Tokens.parse(t.token());
        String other = Tokens.parse(Tokens.issue().token()).secret();
        assertFalse(Tokens.matches(other, t.hash()));
        assertFalse(Tokens.matches(p.secret(), null), "no stored hash (unknown id)");
        assertFalse(Tokens.matches(p.secret(), "zz"), "a damaged stored hash");
        for (String bad : new String[] {"", "aigb", t.token() + "=", t.token().replace("aigb.", "xyz."), t.token().substring(0, 30), "Bearer " + t.token()})
            assertNull(Tokens.parse(bad), bad);
    }

    @Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 1000; i++)
            assertTrue(seen.add(Tokens.issue().token()));
    }
}
