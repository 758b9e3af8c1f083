package org.w3id.aigb;

import java.util.List;

/**
 * The one exception family of aigb. Each carries a stable kebab-case {@link #code()} that the
 * HTTP layer and the command line both show, so the README documents every error once.
 * Thrown anywhere; mapped to an HTTP status or an exit code in exactly one place each
 * ({@code web.HttpErrors}, {@code cli.Main}).
 */
public class AigbException extends RuntimeException {
    private final String code;

    public AigbException(String code, String message) {
        this(code, message, null);
    }

    public AigbException(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** Stable kebab-case identifier of the error, e.g. {@code parse-error}. */
    public String code() {
        return code;
    }

    /** The request or the input is wrong: unparseable, empty, an unknown option. */
    public static class BadInput extends AigbException {
        private final long line;
        private final long column;

        public BadInput(String code, String message) {
            this(code, message, -1, -1);
        }

        public BadInput(String code, String message, long line, long column) {
            super(code, message);
            this.line = line;
            this.column = column;
        }

        /** Line of a parse error, or -1 when unknown. */
        public long line() {
            return line;
        }

        /** Column of a parse error, or -1 when unknown. */
        public long column() {
            return column;
        }
    }

    /** The command line was used wrongly: an unknown option, a missing argument (the command's usage is shown with it). */
    public static class Usage extends BadInput {
        public Usage(String message) {
            super("usage", message);
        }
    }

    /** A named thing (file, query, resource) does not exist. */
    public static class NotFound extends AigbException {
        public NotFound(String code, String message) {
            super(code, message);
        }
    }

    /** The input is over a size limit. */
    public static class TooLarge extends AigbException {
        public TooLarge(String code, String message) {
            super(code, message);
        }
    }

    /** No format we write matches what the client accepts (HTTP 406). */
    public static class NotAcceptable extends AigbException {
        private final List<String> available;

        public NotAcceptable(String message, List<String> available) {
            super("not-acceptable", message);
            this.available = List.copyOf(available);
        }

        /** The media types that are offered, for the client to choose from. */
        public List<String> available() {
            return available;
        }
    }

    /** The input's media type or format is not one we read. */
    public static class UnsupportedMediaType extends AigbException {
        public UnsupportedMediaType(String code, String message) {
            super(code, message);
        }
    }

    /** No credentials, or credentials that are not valid (unknown, wrong or revoked token). */
    public static class Unauthorized extends AigbException {
        private final boolean credentialsGiven;

        public Unauthorized(String code, String message, boolean credentialsGiven) {
            super(code, message);
            this.credentialsGiven = credentialsGiven;
        }

        /** Whether the request presented credentials (that were refused) or none at all. */
        public boolean credentialsGiven() {
            return credentialsGiven;
        }
    }

    /** Valid credentials that do not allow the operation (a reviewer submitting, a submitter listing all). */
    public static class Forbidden extends AigbException {
        public Forbidden(String code, String message) {
            super(code, message);
        }
    }

    /** The request conflicts with the current state (an operation a concurrent one overtook). */
    public static class Conflict extends AigbException {
        public Conflict(String code, String message) {
            super(code, message);
        }
    }

    /** Well-formed input that cannot be accepted as it is (a profile of another organisation, a reused idempotency key). */
    public static class Unprocessable extends AigbException {
        public Unprocessable(String code, String message) {
            super(code, message);
        }
    }

    /** A service the request needs (the registry's store) is not answering. */
    public static class Unavailable extends AigbException {
        public Unavailable(String code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }

    /**
     * A query asks for what this service never does, such as a federated query ({@code SERVICE}):
     * refused before it runs (HTTP 422; on the command line, exit 2).
     */
    public static class QueryRefused extends Unprocessable {
        public QueryRefused(String message) {
            super("query-refused", message);
        }
    }

    /**
     * What the request needs is still being built (the search index, the profile validator, at
     * start-up): HTTP 503 with {@code Retry-After}; asking again shortly succeeds. Expected in the
     * first seconds, so not logged, unlike the other kinds of unavailability.
     */
    public static class NotReady extends Unavailable {
        public NotReady(String message) {
            super("not-ready", message, null);
        }
    }
}
