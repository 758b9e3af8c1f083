package org.w3id.aigb.web;

import org.w3id.aigb.AigbException;

/** Requests the service refuses by policy (it is read-only): mapped to 405 or 403 by {@link HttpErrors}. */
public final class Refused {
    private Refused() {}

    /** The method is not one this path accepts (405, with an {@code Allow} header). */
    public static class MethodNotAllowed extends AigbException {
        private final String allow;

        public MethodNotAllowed(String method, String path, String allow) {
            this(method + " is not allowed on " + path + " (allowed: " + allow + ")", allow);
        }

        /** A path that takes some writes (the registry's), with its own message. */
        public MethodNotAllowed(String message, String allow) {
            super("method-not-allowed", message);
            this.allow = allow;
        }

        public String allow() {
            return allow;
        }
    }

    /** The request asks for an operation the service never performs, such as SPARQL Update (403). */
    public static class Forbidden extends AigbException.Forbidden {
        public Forbidden(String code, String message) {
            super(code, message);
        }
    }
}
