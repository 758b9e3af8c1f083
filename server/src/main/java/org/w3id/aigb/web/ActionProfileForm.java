package org.w3id.aigb.web;

import org.w3id.aigb.AigbException;
import org.w3id.aigb.render.ProfileFormPage;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/** {@code GET /profiles[?example=NAME]}: the form to check a profile in the browser, an example loaded if asked. */
final class ActionProfileForm extends PageServlet {
    static final String PATH = "/profiles";

    ActionProfileForm(Site site) {
        super(site);
    }

    @Override
    protected void get(HttpServletRequest request, HttpServletResponse response) {
        String example = request.getParameter("example");
        if (example != null && !site.exampleProfiles().containsKey(example))
            throw new AigbException.NotFound("no-such-example", "No example profile '" + example + "'; the examples are listed at " + PATH);
        Reply.html(response, ProfileFormPage.render(site.exampleProfiles(), example, site.config().limits().profileBytes()));
    }
}
