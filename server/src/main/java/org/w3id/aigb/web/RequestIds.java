package org.w3id.aigb.web;

import org.apache.jena.fuseki.servlets.ActionExecLib;

import jakarta.servlet.http.HttpServletResponse;

/** Request ids shared with Fuseki's own actions (one sequence, sent as the Fuseki-Request-ID header). */
final class RequestIds {
    private RequestIds() {}

    static long next(HttpServletResponse response) {
        return ActionExecLib.allocRequestId(null, response);
    }
}
