package org.w3id.aigb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonNull;
import org.apache.jena.atlas.json.JsonNumber;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.Test;

class JsonTextTest {
    @Test
    void compactTextParsesBackToTheSameValueWithKeysInOrder() {
        JsonObject o = new JsonObject();
        o.put("zeta", 1);
        o.put("quote", "a \"b\" \\ c\nd\te\u0001\u2028 日本語 é </script>");
        o.put("number", JsonNumber.value(2.5));
        o.put("flag", true);
        o.put("none", JsonNull.instance);
        JsonArray array = new JsonArray();
        array.add(o);
        array.add(new JsonArray());
        array.add(new JsonObject());

        String text = JsonText.compact(array);
        assertEquals(array, JSON.parseAny(text));
        assertFalse(text.contains("\n") || text.contains("\u2028") || text.contains("\u0001"), text);
        assertEquals("[{\"zeta\":1,\"quote\":", text.substring(0, 19));
        assertEquals("[],{}]", text.substring(text.length() - 6));
    }
}
