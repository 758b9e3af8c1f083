package org.w3id.aigb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.w3id.aigb.Limits.Limit;

/** The one record of limits: its flags' values, units and the errors it makes. */
class LimitsTest {
    @Test
    void theTimeLimitIsInSecondsEverywhereWithAUnitAllowed() {
        assertEquals(10_000, Limits.parse(Limit.TIMEOUT, "10"));
        assertEquals(500, Limits.parse(Limit.TIMEOUT, "0.5"));
        assertEquals(500, Limits.parse(Limit.TIMEOUT, "500ms"));
        assertEquals(2_000, Limits.parse(Limit.TIMEOUT, "2s"));
        assertEquals(2_500, Limits.parse(Limit.TIMEOUT, " 2.5 S "));
        for (String bad : new String[] { "0", "-1", "x", "", "10min", "86401" })
            assertEquals("usage", assertThrows(AigbException.BadInput.class, () -> Limits.parse(Limit.TIMEOUT, bad), bad).code(), bad);
        assertEquals("10 s", Limit.TIMEOUT.unit().format(Limit.TIMEOUT.defaultValue()));
        assertEquals("0.5 s", Limit.TIMEOUT.unit().format(500));
    }

    @Test
    void sizesAndCountsAreWholePositiveNumbers() {
        assertEquals(4096, Limits.defaults().with(Limit.REQUEST_BYTES, "4096").requestBytes());
        assertThrows(AigbException.BadInput.class, () -> Limits.defaults().with(Limit.TRIPLES, "1.5"));
        assertThrows(AigbException.BadInput.class, () -> Limits.defaults().with(Limit.DEPTH, 0));
        assertEquals("5 MB", Limit.PROFILE_BYTES.unit().format(Limit.PROFILE_BYTES.defaultValue()));
    }

    @Test
    void changingOneLimitLeavesTheOthersAndTheDefaults() {
        Limits changed = Limits.defaults().with(Limit.DEPTH, 3);
        assertEquals(3, changed.depth());
        assertEquals(Limit.DEPTH.defaultValue(), Limits.defaults().depth());
        assertEquals(Limit.TRIPLES.defaultValue(), changed.triples());
    }

    @Test
    void everyLimitIsAClientErrorNamingItsFlagAndValue() {
        for (Limit limit : Limit.values()) {
            assertTrue(limit.status() >= 400 && limit.status() < 500, limit + " " + limit.status());
            assertTrue(limit.code().matches("[a-z]+(-[a-z]+)*"), limit.code());
            Limits.LimitExceeded e = Limits.defaults().exceeded(limit, "x");
            assertEquals(limit.code(), e.code());
            assertTrue(e.getMessage().contains("--" + limit.flag()) && e.getMessage().contains(limit.unit().format(limit.defaultValue())), e.getMessage());
        }
    }
}
