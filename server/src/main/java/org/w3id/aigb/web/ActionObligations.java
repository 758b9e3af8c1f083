package org.w3id.aigb.web;

import java.util.function.Supplier;

import org.apache.jena.graph.Graph;
import org.w3id.aigb.Limits;
import org.w3id.aigb.format.Format;
import org.w3id.aigb.obligation.ObligationEngine;
import org.w3id.aigb.render.ObligationWriter;
import org.w3id.aigb.render.RenderTarget.Language;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code POST /profiles/obligations}: which guideline items apply to the organisation of the profile
 * in the body, and why. The same inputs and input safety as {@code /profiles/validate}
 * ({@link ActionProfile}); the profile is validated first, and one that does not conform gets its
 * violations (a 200: findings are not errors). The answer by {@code Accept}: JSON (default),
 * {@code text/markdown} or {@code text/html} (the checklist), {@code text/turtle} or
 * {@code application/ld+json} (the derivation as RDF, with PROV), or {@code text/csv} (the checklist
 * as one table). The parameter {@code lang} ({@code ja}, {@code en}; in the query string or the form)
 * writes the HTML and Markdown checklists in one language, for printing; both by default. The answer is
 * written as it is rendered, never held whole. {@code ?edition=v1.1} derives under another edition;
 * {@code ?changes=true} answers what the update changed ({@link EditionParameters}).
 */
final class ActionObligations extends ActionProfile {
    static final String PATH = "/profiles/obligations";

    private final transient Supplier<ObligationEngine> engine;

    /** {@code engine} may wait for start-up to finish building it. */
    ActionObligations(Supplier<ObligationEngine> engine, Limits limits) {
        super(limits);
        this.engine = engine;
    }

    @Override
    void respond(Graph profile, HttpServletRequest request, HttpServletResponse response) {
        ObligationEngine obligations = engine.get();
        Format format = Negotiation.byAccept(request, response, ObligationWriter.FORMATS).format();
        String lang = request.getParameter("lang");
        Language language = lang == null || lang.isBlank() ? Language.BOTH : Language.of(lang);
        // derived in full first: a failure (the time limit) is still an error status, not a cut-off answer
        if (EditionParameters.changes(request)) {
            ObligationEngine.Compared compared = obligations.compare(profile);
            Reply.stream(response, format.mediaType(), out -> {
                ObligationWriter writer = ObligationWriter.forChanges(out, format, false, true, language);
                writer.write(SOURCE, compared);
                writer.finish();
            });
            return;
        }
        ObligationEngine.Outcome outcome = obligations.check(profile, EditionParameters.edition(request, obligations));
        Reply.stream(response, format.mediaType(), out -> {
            ObligationWriter writer = new ObligationWriter(out, format, false, true, language);
            writer.write(new ObligationWriter.Entry(SOURCE, outcome));
            writer.finish();
        });
    }
}
