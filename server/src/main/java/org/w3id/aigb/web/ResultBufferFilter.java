package org.w3id.aigb.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import org.w3id.aigb.Limits;
import org.w3id.aigb.Limits.Limit;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * The answers of the Fuseki endpoints ({@code /kg/sparql}, {@code /kg/data}) are written into a
 * buffer and sent whole, with their length, once complete. Fuseki streams a SELECT's rows as the
 * query is evaluated, so a query that timed out or failed after the first response buffer had been
 * sent ended as a 200 with a cut-off, invalid body; buffered, the same failure is an error status
 * with a message. The buffer is bounded by {@link Limits#resultBytes()}: a larger answer is refused
 * ({@code result-too-large}, 422) rather than held in memory (the dumps at {@code /dumps/} serve the
 * whole graph). The evaluation time is bounded by the query time limit as before.
 */
final class ResultBufferFilter implements Filter {
    private final Limits limits;

    ResultBufferFilter(Limits limits) {
        this.limits = limits;
    }

    @Override
    public void doFilter(ServletRequest req, ServletResponse resp, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) req;
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        if (!path.startsWith(AigbServer.DATASET + "/") && !path.equals(AigbServer.DATASET)) {
            chain.doFilter(req, resp);
            return;
        }
        Buffered buffered = new Buffered((HttpServletResponse) resp, limits);
        chain.doFilter(req, buffered);
        buffered.send();
    }

    /** A response whose body is kept until {@link #send()}: nothing reaches the client before that. */
    private static final class Buffered extends HttpServletResponseWrapper {
        private final Limits limits;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
        private ServletOutputStream stream;
        private PrintWriter writer;

        Buffered(HttpServletResponse response, Limits limits) {
            super(response);
            this.limits = limits;
        }

        @Override
        public ServletOutputStream getOutputStream() {
            if (stream == null)
                stream = new ServletOutputStream() {
                    @Override
                    public void write(int b) {
                        make(1);
                        body.write(b);
                    }

                    @Override
                    public void write(byte[] b, int off, int len) {
                        make(len);
                        body.write(b, off, len);
                    }

                    @Override
                    public boolean isReady() {
                        return true;
                    }

                    @Override
                    public void setWriteListener(WriteListener listener) {
                        throw new IllegalStateException("synchronous writes only");
                    }
                };
            return stream;
        }

        @Override
        public PrintWriter getWriter() {
            if (writer == null) {
                String encoding = getCharacterEncoding();
                Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
                writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
            }
            return writer;
        }

        private void make(int more) {
            if (body.size() + (long) more > limits.resultBytes())
                throw limits.exceeded(Limit.RESULT_BYTES, "The answer is larger than the limit; ask for less (LIMIT, fewer variables), or use the dumps at /dumps/ for the whole graph");
        }

        @Override
        public boolean isCommitted() {
            return false; // until send(): an error can still replace what was written
        }

        @Override
        public void flushBuffer() {
            if (writer != null)
                writer.flush();
        }

        @Override
        public void resetBuffer() {
            writer = null;
            body.reset();
        }

        @Override
        public void reset() {
            resetBuffer();
            super.reset();
        }

        @Override
        public void setContentLength(int len) {
            // the length is the buffer's, set when it is sent
        }

        @Override
        public void setContentLengthLong(long len) {
            // as above
        }

        @Override
        public void setBufferSize(int size) {
            // the whole answer is buffered here
        }

        void send() throws IOException {
            if (writer != null)
                writer.flush();
            HttpServletResponse response = (HttpServletResponse) getResponse();
            if (response.isCommitted())
                return; // the container answered already (sendError)
            response.setContentLengthLong(body.size());
            body.writeTo(response.getOutputStream());
        }
    }
}
