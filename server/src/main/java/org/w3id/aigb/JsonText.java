package org.w3id.aigb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * JSON text of a Jena JSON value, compact (no spaces or line breaks), keys in insertion order: the
 * one way our JSON answers are written ({@link JsonWriter} streams with the same escaping). Jena's
 * own writer goes through {@code IndentedWriter} one character at a time, which was a fifth of the
 * time of an obligations answer.
 */
public final class JsonText {
    private JsonText() {}

    public static String compact(JsonValue value) {
        StringBuilder sb = new StringBuilder(1024);
        write(sb, value);
        return sb.toString();
    }

    /** Appends {@code value} as compact JSON. */
    public static void write(Appendable out, JsonValue value) {
        try {
            append(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void append(Appendable sb, JsonValue value) throws IOException {
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
            sb.append(value.toString()); // number, boolean, null: Jena's own text for them
        }
    }

    /** A JSON string; U+2028 and U+2029 escaped too, so the text is also safe inside a script. */
    static void string(Appendable sb, String s) throws IOException {
        sb.append('"');
        int run = 0; // start of the run of characters that need no escape, appended at once
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String escape = switch (c) {
                case '"' -> "\\\"";
                case '\\' -> "\\\\";
                case '\n' -> "\\n";
                case '\r' -> "\\r";
                case '\t' -> "\\t";
                case '\b' -> "\\b";
                case '\f' -> "\\f";
                default -> c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029' ? String.format("\\u%04x", (int) c) : null;
            };
            if (escape != null) {
                sb.append(s, run, i).append(escape);
                run = i + 1;
            }
        }
        sb.append(s, run, s.length()).append('"');
    }
}
