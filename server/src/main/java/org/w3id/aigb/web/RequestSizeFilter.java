package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Caps request bodies, per path, by the cap its {@link Route} declares: the profile endpoints take
 * profiles up to their own limit ({@link Limit#PROFILE_BYTES}, 5 MB by default), every other path
 * (SPARQL, and a path with no route) the general one ({@link Limit#REQUEST_BYTES}, 1 MB by default).
 * A declared Content-Length over the cap is refused before anything is read.
 * A body without a length (chunked) is read here through a counter that throws past the cap, then
 * handed on from memory ({@link BufferedRequest}): Fuseki itself caps only form bodies, and a stream
 * that silently truncated would let a cut-off body through.
 */
final class RequestSizeFilter implements Filter {
    private final Limits limits;
    private final Routes routes;

    RequestSizeFilter(Limits limits, Routes routes) {
        this.limits = limits;
        this.routes = routes;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        HttpServletResponse response = (HttpServletResponse) resp;
        Limit limit = routes.of(request).map(Route::bodyCap).orElse(Limit.REQUEST_BYTES);
        try {
            long declared = request.getContentLengthLong();
            if (declared > limits.get(limit))
                throw limits.exceeded(limit, "The request body (" + declared + " bytes) is too large");
            if (declared < 0 && request.getHeader("Transfer-Encoding") != null)
                request = new BufferedRequest(request, readAtMost(request.getInputStream(), limits, limit));
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The whole stream, or the limit's error as soon as it passes the limit. */
    static byte[] readAtMost(InputStream in, Limits limits, Limit limit) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        long total = 0;
        for (int n; (n = in.read(buffer)) >= 0;) {
            total += n;
            if (total > limits.get(limit))
                throw limits.exceeded(limit, "The request body (more than " + limits.get(limit) + " bytes) is too large");
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }
}
