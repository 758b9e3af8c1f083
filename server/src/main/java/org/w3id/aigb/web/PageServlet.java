package org.w3id.aigb.web;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Base of our pages: one {@link #get} per page, every exception answered by {@link HttpErrors}.
 * Which methods reach it (GET and HEAD) is its {@link Route}'s to say ({@link ReadOnlyFilter}).
 */
abstract class PageServlet extends HttpServlet {
    protected final transient Site site;

    PageServlet(Site site) {
        this.site = site;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
        try {
            get(request, response);
        } catch (RuntimeException e) {
            HttpErrors.send(request, response, e, RequestIds.next(response));
        }
    }

    protected abstract void get(HttpServletRequest request, HttpServletResponse response);
}
