package org.w3id.aigb.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** Base of our GET-only pages: one {@link #get} per page, every exception answered by {@link HttpErrors}. */
abstract class PageServlet extends HttpServlet {
    protected final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        String method = request.getMethod();
        if (method.equals("OPTIONS")) {
            response.setHeader("Allow", "GET, HEAD, OPTIONS");
            response.setStatus(200);
            return;
        }
        try {
            if (!method.equals("GET") && !method.equals("HEAD"))
                throw new Refused.MethodNotAllowed(method, request.getRequestURI(), "GET, HEAD");
            get(request, response);
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
        }
    }

    protected abstract void get(HttpServletRequest request, HttpServletResponse response);
}
