package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.w3id.aigb.AigbException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps request bodies, per path: the profile endpoints ({@link #PROFILES}) and submissions
 * ({@code POST /submissions}) take profiles up to their own cap (5 MB by default), every other path (SPARQL) the general one (1 MB by default). A declared
 * Content-Length over the cap is refused before anything is read.
 * A body without a length (chunked) is read here through a counter that throws past the cap, then
 * handed on from memory ({@link BufferedRequest}): Fuseki itself caps only form bodies, and a stream
 * that silently truncated would let a cut-off body through.
 */
final class RequestSizeFilter implements Filter {
    /** The paths under this prefix are capped by the profile cap. */
    static final String PROFILES = "/profiles/";

    private final long maxBytes;
    private final long maxProfileBytes;

    RequestSizeFilter(long maxBytes, long maxProfileBytes) {
        this.maxBytes = maxBytes;
        this.maxProfileBytes = maxProfileBytes;
    }

    /** The cap for a request path: profiles (checked or submitted) get the profile cap. */
    long capFor(String path) {
        return path != null && (path.startsWith(PROFILES) || path.equals(ActionSubmissions.PATH)) ? maxProfileBytes : maxBytes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        // the decoded, normalised path (servlet path + path info), not the raw URI a client could dress up
        long cap = capFor(request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo()));
        try {
            long declared = request.getContentLengthLong();
            if (declared > cap)
                throw tooLarge(declared + " bytes", cap);
            if (declared < 0 && request.getHeader("Transfer-Encoding") != null)
                request = new BufferedRequest(request, readAtMost(request.getInputStream(), cap));
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The whole stream, or {@code TooLarge} as soon as it passes {@code max} bytes. */
    static byte[] readAtMost(InputStream in, long max) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0;) {
            total += n;
            if (total > max)
                throw tooLarge("more than " + max + " bytes", max);
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static AigbException.TooLarge tooLarge(String size, long maxBytes) {
        return new AigbException.TooLarge("request-too-large", "The request body (" + size + ") is over the limit of " + maxBytes + " bytes");
    }
}
