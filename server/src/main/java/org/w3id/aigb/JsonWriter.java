package org.w3id.aigb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Deque;

import org.apache.jena.atlas.json.JsonValue;

/**
 * Writes compact JSON as it goes, to any {@link Appendable} (a buffered writer over a response):
 * an answer is never built whole in memory. The commas are its business; the caller opens and
 * closes objects and arrays and names members. Strings are escaped as {@link JsonText} does.
 */
public final class JsonWriter {
    private final Appendable out;
    /** Per open object or array: whether nothing has been written in it yet. */
    private final Deque<boolean[]> first = new ArrayDeque<>();
    private boolean afterName;

    public JsonWriter(Appendable out) {
        this.out = out;
    }

    public JsonWriter beginObject() {
        separate();
        write("{");
        first.push(new boolean[] { true });
        return this;
    }

    public JsonWriter endObject() {
        first.pop();
        write("}");
        return this;
    }

    public JsonWriter beginArray() {
        separate();
        write("[");
        first.push(new boolean[] { true });
        return this;
    }

    public JsonWriter endArray() {
        first.pop();
        write("]");
        return this;
    }

    /** Starts the next value of the open array on a new line (after its comma, if any). */
    public JsonWriter newLine() {
        separate();
        write("\n");
        afterName = true; // the separator is written: the value that follows adds none
        return this;
    }

    /** The name of the next member of the open object. */
    public JsonWriter name(String name) {
        separate();
        try {
            JsonText.string(out, name);
            out.append(':');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        afterName = true;
        return this;
    }

    public JsonWriter value(String s) {
        separate();
        try {
            if (s == null)
                out.append("null");
            else
                JsonText.string(out, s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    public JsonWriter value(long n) {
        separate();
        write(Long.toString(n));
        return this;
    }

    public JsonWriter value(boolean b) {
        separate();
        write(Boolean.toString(b));
        return this;
    }

    /** A value built as a Jena JSON value (small parts shared with other writers). */
    public JsonWriter value(JsonValue v) {
        separate();
        JsonText.write(out, v);
        return this;
    }

    /** {@code "name": "value"}, left out when the value is null. */
    public JsonWriter member(String name, String value) {
        return value == null ? this : name(name).value(value);
    }

    public JsonWriter member(String name, long value) {
        return name(name).value(value);
    }

    public JsonWriter member(String name, boolean value) {
        return name(name).value(value);
    }

    /** A comma before every value or member but the first of its object or array; none after a name. */
    private void separate() {
        if (afterName) {
            afterName = false;
            return;
        }
        boolean[] f = first.peek();
        if (f == null)
            return;
        if (!f[0])
            write(",");
        f[0] = false;
    }

    private void write(String s) {
        try {
            out.append(s);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
