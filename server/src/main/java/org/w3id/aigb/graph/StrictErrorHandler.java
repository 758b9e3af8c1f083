package org.w3id.aigb.graph;

import org.apache.jena.riot.RiotParseException;
import org.apache.jena.riot.system.ErrorHandler;

/**
 * Turns every parser warning and error into a {@link RiotParseException} carrying its line and
 * column, and logs nothing: callers report it once, naming the file or request.
 */
public final class StrictErrorHandler implements ErrorHandler {
    public static final StrictErrorHandler INSTANCE = new StrictErrorHandler();

    private StrictErrorHandler() {}

    @Override
    public void warning(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    @Override
    public void error(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }

    @Override
    public void fatal(String message, long line, long col) {
        throw new RiotParseException(message, line, col);
    }
}
