package org.w3id.aigb.web;

import java.util.Map;

import org.w3id.aigb.render.ItemsPage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /items}: the actor-specific items by role and lifecycle stage. */
final class ActionItems extends PageServlet {
    ActionItems(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        Reply.html(response, ItemsPage.render(site.service("items-by-role-and-stage", Map.of())));
    }
}
