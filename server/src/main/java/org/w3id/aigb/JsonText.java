package org.w3id.aigb;

import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON text of a Jena JSON value, compact (no spaces or line breaks), keys in insertion order: the
 * one way our JSON answers are written. Jena's own writer goes through {@code IndentedWriter} one
 * character at a time, which was a fifth of the time of an obligations answer.
 */
public final class JsonText {
    private JsonText() {}

    public static String compact(JsonValue value) {
        StringBuilder sb = new StringBuilder(1024);
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, JsonValue value) {
        if (value.isObject()) {
            sb.append('{');
            boolean first = true;
            for (Map.Entry<String, JsonValue> e : ((JsonObject) value).entrySet()) {
                if (!first)
                    sb.append(',');
                first = false;
                string(sb, e.getKey());
                sb.append(':');
                append(sb, e.getValue());
            }
            sb.append('}');
        } else if (value.isArray()) {
            sb.append('[');
            JsonArray array = (JsonArray) value;
            for (int i = 0; i < array.size(); i++) {
                if (i > 0)
                    sb.append(',');
                append(sb, array.get(i));
            }
            sb.append(']');
        } else if (value.isString()) {
            string(sb, value.getAsString().value());
        } else {
            sb.append(value); // number, boolean, null: Jena's own text for them
        }
    }

    /** A JSON string; U+2028 and U+2029 escaped too, so the text is also safe inside a script. */
    private static void string(StringBuilder sb, String s) {
        sb.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> {
                    if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029')
                        sb.append(String.format("\\u%04x", (int) c));
                    else
                        sb.append(c);
                }
            }
        }
        sb.append('"');
    }
}
