package org.w3id.aigb.web;

import org.w3id.aigb.format.Format;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of this HTTP API, {@code api/openapi.json}
 * of the repository, served as it is from the jar. It describes the server's code, not the data, so
 * it comes with the code even when the data is read from a checkout ({@code --dir}). Tests keep it
 * equal to the routes the server registers and check real answers against it.
 */
final class ActionOpenApi extends PageServlet {
    static final String PATH = "/openapi.json";
    private static final String RESOURCE = "openapi.json";

    private final JarFiles files = new JarFiles("aigb/api/");
    private final ComputedOnce description = new ComputedOnce(Format.JSON, () -> {
        byte[] body = files.get(RESOURCE);
        if (body == null)
            throw new IllegalStateException("The jar has no aigb/api/" + RESOURCE);
        return body;
    });

    ActionOpenApi(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        description.send(request, response);
    }
}
