package org.w3id.aigb.web;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3id.aigb.AigbException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request whose body has already been read (within the size cap) into memory. Form parameters
 * are parsed from that copy, since the container can no longer read the consumed stream.
 */
final class BufferedRequest extends HttpServletRequestWrapper {
    private final byte[] body;
    private Map<String, String[]> parameters;

    BufferedRequest(HttpServletRequest request, byte[] body) {
        super(request);
        this.body = body;
    }

    @Override
    public int getContentLength() {
        return body.length;
    }

    @Override
    public long getContentLengthLong() {
        return body.length;
    }

    @Override
    public ServletInputStream getInputStream() {
        ByteArrayInputStream in = new ByteArrayInputStream(body);
        return new ServletInputStream() {
            @Override
            public int read() {
                return in.read();
            }

            @Override
            public int read(byte[] b, int off, int len) {
                return in.read(b, off, len);
            }

            @Override
            public boolean isFinished() {
                return in.available() == 0;
            }

            @Override
            public boolean isReady() {
                return true;
            }

            @Override
            public void setReadListener(ReadListener listener) {
                throw new IllegalStateException("synchronous reads only");
            }
        };
    }

    @Override
    public BufferedReader getReader() {
        return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8));
    }

    @Override
    public String getParameter(String name) {
        String[] values = parameters().get(name);
        return values == null ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
        return Collections.unmodifiableMap(parameters());
    }

    @Override
    public Enumeration<String> getParameterNames() {
        return Collections.enumeration(parameters().keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
        return parameters().get(name);
    }

    private synchronized Map<String, String[]> parameters() {
        if (parameters == null) {
            Map<String, List<String>> all = new LinkedHashMap<>();
            decode(getQueryString(), all);
            String type = getContentType();
            if (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded"))
                decode(new String(body, StandardCharsets.UTF_8), all);
            parameters = new LinkedHashMap<>();
            all.forEach((k, v) -> parameters.put(k, v.toArray(String[]::new)));
        }
        return parameters;
    }

    private static void decode(String encoded, Map<String, List<String>> into) {
        if (encoded == null || encoded.isEmpty())
            return;
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty())
                continue;
            int eq = pair.indexOf('=');
            try {
                String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
                String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
                into.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
            } catch (IllegalArgumentException e) {
                throw new AigbException.BadInput("bad-form", "Malformed form encoding: " + e.getMessage());
            }
        }
    }
}
