package org.w3id.aigb.web;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.obligation.Editions;
import org.w3id.aigb.obligation.ObligationEngine;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The edition parameters of {@code POST /profiles/obligations}: {@code edition} (a short name such as
 * {@code v1.1}; the current edition when absent; an unknown one is a 400 naming the choices) and
 * {@code changes} ({@code true}: what the update changed, compared with the edition it revises;
 * {@code false} or absent: the checklist). Given in the query string or as form fields.
 */
final class EditionParameters {
    private EditionParameters() {}

    /** Whether the request asks for what the update changed; with {@code edition} as well it is a 400. */
    static boolean changes(HttpServletRequest request) {
        String value = request.getParameter("changes");
        if (value == null || value.equals("false"))
            return false;
        if (!value.equals("true"))
            throw new AigbException.BadInput("bad-parameter", "changes must be true or false, not '" + value + "'");
        if (request.getParameter("edition") != null)
            throw new AigbException.BadInput("bad-parameter", "changes=true compares the current edition with the one it revises: leave out edition");
        return true;
    }

    /** The edition asked for, or the current one. */
    static Editions.Edition edition(HttpServletRequest request, ObligationEngine engine) {
        String name = request.getParameter("edition");
        return name == null ? engine.editions().current() : engine.editions().named(name);
    }
}
